//! The C++ counterpart, `cpp/stackful.cpp`: the same radio and the same nested program on
//! POSIX ucontext, with the same transcript and the same trace as the Rust binary, byte
//! for byte; the same input refused; and memcheck-clean across its stack switches.

use cpp_parity::CppProgram;
use std::path::Path;
use std::process::Command;

fn cpp() -> Option<CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp/stackful.cpp");
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
}

fn rust() -> Command {
    Command::new(env!("CARGO_BIN_EXE_step09-stackful"))
}

/// One show: its arguments, the lines its transcript has, one line it must contain (or
/// none, for an empty show), and how many resumes it takes.
struct Show {
    args: &'static [&'static str],
    lines: usize,
    line: Option<&'static str>,
    resumes: usize,
}

/// A radio of `songs` songs: one resume per song, and one more that finds the end.
const fn radio(args: &'static [&'static str], songs: usize, line: &'static str) -> Show {
    let line = if songs == 0 { None } else { Some(line) };
    Show {
        args,
        lines: songs,
        line,
        resumes: songs + 1,
    }
}

/// Step 6's program, the inner `depth` calls down taking `steps` steps: a resume per
/// step and per level, and the first; a line for each resume, each step, the inner's
/// end, and three for each level above the inner (starts, its child done, done).
const fn nested(
    args: &'static [&'static str],
    depth: usize,
    steps: usize,
    line: &'static str,
) -> Show {
    Show {
        args,
        lines: 4 * depth + 2 * steps + 2,
        line: Some(line),
        resumes: depth + steps + 1,
    }
}

const SHOWS: [Show; 7] = [
    radio(&[], 7, "Beastie Boys -> Sabotage"),
    radio(&["radio", "--songs", "0"], 0, ""),
    radio(
        &["radio", "--style", "electronic", "--songs", "12"],
        12,
        "The Neon Judgement -> Tomorrow in the papers",
    ),
    nested(&["nested"], 1, 3, "outer: starts, calls inner(3)"),
    nested(
        &["nested", "--depth", "2", "--inner-steps", "1"],
        2,
        1,
        "middle 1: inner is done, suspends",
    ),
    nested(
        &["nested", "--depth", "1000"],
        1000,
        3,
        "middle 999: starts, calls inner(3)",
    ),
    nested(
        &["nested", "--inner-steps", "0"],
        1,
        0,
        "outer: starts, calls inner(0)",
    ),
];

/// The coroutine a show's caller creates, resumes and destroys.
fn actor(show: &Show) -> &'static str {
    match show.args.first() {
        Some(&"nested") => "outer",
        _ => "radio",
    }
}

#[test]
fn every_show_prints_what_the_cpp_program_prints() {
    let Some(cpp) = cpp() else {
        return;
    };
    for show in SHOWS {
        let args = show.args;
        let shown =
            cpp_parity::assert_same_stdout(rust().args(args), cpp.command().args(args));
        assert_eq!(shown.lines().count(), show.lines, "{args:?}: {shown}");
        if let Some(line) = show.line {
            assert!(shown.lines().any(|l| l == line), "{args:?}: {shown}");
        }
        if actor(&show) == "outer" {
            let last = format!("caller: resume {}\nouter: done\n", show.resumes);
            assert!(shown.ends_with(&last), "{args:?}: {shown}");
        }
    }
}

#[test]
fn every_show_traces_what_the_cpp_program_traces() {
    let Some(cpp) = cpp() else {
        return;
    };
    for show in SHOWS {
        let args = show.args;
        // --trace at the end here, first for the C++: both take it anywhere.
        let trace = cpp_parity::assert_same_stdout(
            rust().args(args).arg("--trace"),
            cpp.command().arg("--trace").args(args),
        );
        let count =
            |wanted: &dyn Fn(&str) -> bool| trace.lines().filter(|l| wanted(l)).count();
        let actor = actor(&show);
        assert_eq!(
            count(&|l| l.starts_with("caller print ")),
            show.lines,
            "{args:?}"
        );
        let resume = format!("caller resume {actor}");
        assert_eq!(count(&|l| l == resume), show.resumes, "{args:?}: {trace}");
        // Every resume but the last ends at a suspension: a yield, or a suspend however
        // deep it was made; the last one at the outer's (the radio's) return.
        let suspended =
            count(&|l| l.starts_with("radio yield ") || l.ends_with(" suspend caller"));
        assert_eq!(suspended, show.resumes - 1, "{args:?}: {trace}");
        assert_eq!(
            count(&|l| l.contains(" holds ")),
            show.resumes - 1,
            "{args:?}"
        );
        let (first, last) = (
            format!("caller create {actor}\n"),
            format!("caller destroy {actor}\n"),
        );
        assert!(trace.starts_with(&first), "{args:?}: {trace}");
        assert!(
            trace.ends_with(&format!("{actor} return\n{last}")),
            "{args:?}: {trace}"
        );
    }
}

#[test]
fn an_empty_radio_is_created_resumed_once_and_destroyed() {
    let Some(cpp) = cpp() else {
        return;
    };
    let args = ["radio", "--songs", "0", "--trace"];
    let trace =
        cpp_parity::assert_same_stdout(rust().args(args), cpp.command().args(args));
    assert_eq!(
        trace,
        "caller create radio\ncaller resume radio\nradio return\ncaller destroy radio\n"
    );
}

#[test]
fn a_thousand_plain_calls_deep_the_chain_is_named_level_by_level() {
    let Some(cpp) = cpp() else {
        return;
    };
    let args = ["nested", "--depth", "1000", "--trace"];
    let trace =
        cpp_parity::assert_same_stdout(rust().args(args), cpp.command().args(args));
    for call in [
        "outer call middle1",
        "middle998 call middle999",
        "middle999 call inner",
    ] {
        assert_eq!(trace.lines().filter(|l| *l == call).count(), 1, "{call}");
    }
    assert_eq!(
        trace.lines().filter(|l| l.ends_with(" call inner")).count(),
        1
    );
    assert_eq!(trace.lines().filter(|l| l.contains(" call ")).count(), 1000);
}

#[test]
fn both_refuse_the_same_input_with_exit_code_2() {
    let Some(cpp) = cpp() else {
        return;
    };
    let refused: [&[&str]; 10] = [
        &["tv"],
        &["radio", "--style", "jazz"],
        &["radio", "--songs", "-1"],
        &["radio", "--songs", "1000001"],
        &["radio", "--songs", "05"],
        &["radio", "--depth", "2"],
        &["nested", "--depth", "0"],
        &["nested", "--depth", "1001"],
        &["nested", "--inner-steps", "1001"],
        &["nested", "--style", "rap"],
    ];
    for args in refused {
        let rust_run = rust().args(args).output().expect("run the Rust binary");
        let cpp_run = cpp
            .command()
            .args(args)
            .output()
            .expect("run the C++ program");
        assert_eq!(rust_run.status.code(), Some(2), "rust {args:?}");
        assert_eq!(cpp_run.status.code(), Some(2), "c++ {args:?}");
        assert!(
            rust_run.stdout.is_empty() && cpp_run.stdout.is_empty(),
            "{args:?}"
        );
        let usage = String::from_utf8_lossy(&cpp_run.stderr);
        assert!(usage.starts_with("usage: stackful "), "{args:?}: {usage}");
        assert_eq!(usage.lines().count(), 1, "{args:?}: {usage}");
    }
}

#[test]
fn the_cpp_stack_switches_are_memcheck_clean() {
    let Some(cpp) = cpp() else {
        return;
    };
    // Memcheck follows the stack pointer from the caller's stack to a fiber's mmap'd one
    // and back; the C++ registers each fiber stack with it (VALGRIND_STACK_REGISTER) so
    // that a switch is not taken for a frame of a hundred gigabytes.
    let runs: [&[&str]; 4] = [
        &["radio"],
        &["radio", "--style", "electronic", "--trace"],
        &["nested", "--depth", "5"],
        &["nested", "--depth", "5", "--trace"],
    ];
    for args in runs {
        cpp.assert_memcheck_clean(args, None);
    }
}
