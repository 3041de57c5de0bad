//! The C++ counterparts in `cpp/`: the same transcript as the Rust binary, and what
//! symmetric transfer does to the stack at -O2.

mod common;

use common::deepest;
use std::path::Path;

fn cpp(name: &str) -> Option<cpp_parity::CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp").join(name);
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
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

// ANCHOR: cpp_stack
#[test]
fn in_cpp_at_o2_symmetric_transfer_keeps_the_stack_flat_and_nested_resume_overflows() {
    let Some(cpp) = cpp("stack_depth.cpp") else {
        return;
    };
    let run = |mode: &str, n: &str| cpp.command().args([mode, n]).output().unwrap();
    let text = |output: &std::process::Output| String::from_utf8(output.stdout.clone()).unwrap();
    let ten = run("transfer", "10");
    let million = run("transfer", "1000000");
    assert!(million.status.success());
    let (flat_ten, flat_million) = (text(&ten), text(&million));
    assert_eq!(
        deepest(flat_million.trim_end()).0,
        "transfer: 1000000 tasks awaited, total 499999500000, deepest stack"
    );
    assert_eq!(
        deepest(flat_million.trim_end()).1,
        deepest(flat_ten.trim_end()).1
    );

    let nested = run("nested", "1000");
    assert!(nested.status.success());
    assert!(deepest(text(&nested).trim_end()).1 >= 1000 * 8);
    let path = cpp.command().get_program().to_owned();
    let overflow = step07_continuation::overflow::without_core_dump(path.as_ref())
        .args(["nested", "1000000"])
        .output()
        .unwrap();
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&overflow.status),
        Some(11),
        "SIGSEGV"
    );
    assert_eq!(text(&overflow), "");
}
// ANCHOR_END: cpp_stack

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
