//! The C++ counterparts in `cpp/`: the same transcript as the Rust binary, and what
//! symmetric transfer does to the stack, with g++ at -O0 and -O2 and, where it is
//! installed, with clang++ at -O0 and -O2.

mod common;

use common::deepest;
use cpp_parity::CppProgram;
use std::path::{Path, PathBuf};

fn source(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp").join(name)
}

fn cpp(name: &str) -> Option<CppProgram> {
    cpp_parity::compile(source(name), env!("CARGO_TARGET_TMPDIR"))
}

/// clang++ under its plain name, or the versioned name Debian installs (`clang-16`).
const CLANG: [&str; 2] = ["clang++", "clang++-16"];

/// [`cpp_parity::GXX_FLAGS`] at another optimization level.
fn flags(level: &str) -> [&str; 4] {
    ["-std=c++20", level, "-Wall", "-Werror"]
}

/// `stack_depth MODE N`, on its 256 KiB stack: the deepest stack it reports, or `None` if
/// it died of SIGSEGV, which is how a C++ stack overflow ends (no core file is left).
fn deepest_stack(cpp: &CppProgram, mode: &str, n: u64) -> Option<usize> {
    let path = cpp.command().get_program().to_owned();
    let output = step07_continuation::overflow::without_core_dump(path.as_ref())
        .args([mode, &n.to_string()])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    if output.status.success() {
        let (summary, bytes) = deepest(text.trim_end());
        let total = n * n.saturating_sub(1) / 2;
        let expected = format!("{mode}: {n} tasks awaited, total {total}, deepest stack");
        assert_eq!(summary, expected);
        return Some(bytes);
    }
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&output.status),
        Some(11),
        "{} {mode} {n}: SIGSEGV",
        path.display()
    );
    assert_eq!(text, "");
    None
}

#[test]
fn the_transcript_is_what_the_cpp_coroutines_print() {
    let Some(cpp) = cpp("continuation.cpp") else {
        return;
    };
    let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step07-continuation"));
    let shown = cpp_parity::assert_same_stdout(&mut rust, &mut cpp.command());
    assert_eq!(shown.lines().count(), 13);
}

#[test]
fn the_trace_is_what_the_cpp_coroutines_trace() {
    let Some(cpp) = cpp("continuation.cpp") else {
        return;
    };
    for rust_args in [&["--trace"][..], &["transcript", "--trace"]] {
        let mut rust =
            std::process::Command::new(env!("CARGO_BIN_EXE_step07-continuation"));
        let trace = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().arg("--trace"),
        );
        // Both queue inner at its spawn and outer where inner's end wakes it.
        assert!(
            trace.contains("outer create inner\nexecutor queue inner\n")
                && trace.contains("inner transfer outer\nexecutor queue outer\n"),
            "{rust_args:?}: {trace}"
        );
    }
}

// ANCHOR: cpp_stack
#[test]
fn in_cpp_at_o2_symmetric_transfer_keeps_the_stack_flat_and_nested_resume_overflows() {
    let Some(gxx) = cpp("stack_depth.cpp") else {
        return;
    };
    let flat = deepest_stack(&gxx, "transfer", 10);
    assert!(flat.is_some());
    assert_eq!(deepest_stack(&gxx, "transfer", 1_000_000), flat);

    assert!(deepest_stack(&gxx, "nested", 1000).unwrap() >= 1000 * 8);
    assert_eq!(deepest_stack(&gxx, "nested", 1_000_000), None);
}

#[test]
fn with_gxx_at_o0_symmetric_transfer_grows_the_stack() {
    let source = source("stack_depth.cpp");
    let out = env!("CARGO_TARGET_TMPDIR");
    let Some(gxx) = cpp_parity::compile_with(&["g++"], &flags("-O0"), source, out) else {
        return;
    };
    // g++ 12.2, as measured for the book: no sibling calls at -O0, so no jump either.
    assert!(deepest_stack(&gxx, "transfer", 1000).unwrap() >= 1000 * 8);
    assert_eq!(
        deepest_stack(&gxx, "transfer", 1_000_000),
        None,
        "this g++ keeps the stack flat at -O0: the book's table needs a new row"
    );
}

// ANCHOR_END: cpp_stack

// ANCHOR: clang_stack
#[test]
fn with_clang_symmetric_transfer_keeps_the_stack_flat_at_o0_and_o2() {
    for level in ["-O0", "-O2"] {
        let source = source("stack_depth.cpp");
        let out = env!("CARGO_TARGET_TMPDIR");
        let Some(clang) = cpp_parity::compile_with(&CLANG, &flags(level), source, out)
        else {
            return;
        };
        let flat = deepest_stack(&clang, "transfer", 10);
        assert!(flat.is_some());
        assert_eq!(
            deepest_stack(&clang, "transfer", 1_000_000),
            flat,
            "{level}"
        );

        // The same program resumed inside await_suspend: clang cannot help that.
        assert!(deepest_stack(&clang, "nested", 100).unwrap() >= 100 * 8);
        assert_eq!(deepest_stack(&clang, "nested", 1_000_000), None, "{level}");
    }
}
// ANCHOR_END: clang_stack

#[test]
fn the_cpp_programs_that_do_not_overflow_are_valgrind_clean() {
    let runs: [(&str, &[&str]); 3] = [
        ("continuation.cpp", &[]),
        ("stack_depth.cpp", &["transfer", "1000"]),
        ("stack_depth.cpp", &["nested", "100"]),
    ];
    for (program, args) in runs {
        let Some(cpp) = cpp(program) else {
            return;
        };
        cpp.assert_memcheck_clean(args, None);
    }
}
