//! The C++ counterpart, `cpp/zapping.cpp`: for every show, the same transcript and the
//! same trace as the Rust binary, byte for byte, and no leak where its coroutines are
//! destroyed while suspended.

use cpp_parity::CppProgram;
use std::path::Path;
use std::process::Command;

fn cpp() -> Option<CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp/zapping.cpp");
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
}

fn rust() -> Command {
    Command::new(env!("CARGO_BIN_EXE_step08-zapping"))
}

/// Every show, with its defaults and with other settings: the arguments, the number of
/// lines the transcript has, and a line it must contain.
const SHOWS: [(&[&str], usize, &str); 10] = [
    (&[], 8, "0:07 electronic: Front 242 -> No Shuffle"),
    (
        &["zap", "--careless"],
        14,
        "  electronic: \"Front 242 -> No Shuffle\" lost, never handed over",
    ),
    (&["zap", "--rounds", "3"], 5, "zap: over at 0:07"),
    (&["join"], 10, "0:09 rap: off air"),
    (
        &["join", "--songs", "6"],
        16,
        "join: both shows over at 0:42",
    ),
    (&["select"], 5, "0:03 electronic: off air"),
    (
        &["select", "--songs", "3"],
        8,
        "select: rap ended first, at 0:09",
    ),
    (&["timeout"], 11, "1:00 electronic: off air"),
    (&["stream"], 8, "0:21 electronic: Underworld -> Born Slippy"),
    (
        &["stream", "--songs", "6"],
        14,
        "stream: both ended at 0:42",
    ),
];

#[test]
fn every_show_prints_what_the_cpp_program_prints() {
    let Some(cpp) = cpp() else {
        return;
    };
    for (args, lines, line) in SHOWS {
        let shown =
            cpp_parity::assert_same_stdout(rust().args(args), cpp.command().args(args));
        assert_eq!(shown.lines().count(), lines, "{args:?}: {shown}");
        assert!(shown.lines().any(|l| l == line), "{args:?}: {shown}");
        assert!(
            shown.starts_with(&format!("{}: ", args.first().unwrap_or(&"zap"))),
            "{args:?}: {shown}"
        );
    }
}

#[test]
fn every_show_traces_what_the_cpp_program_traces() {
    let Some(cpp) = cpp() else {
        return;
    };
    for (args, lines, _) in SHOWS {
        // --trace at the end here, first for the C++: both take it anywhere.
        let trace = cpp_parity::assert_same_stdout(
            rust().args(args).arg("--trace"),
            cpp.command().arg("--trace").args(args),
        );
        let printed = trace
            .lines()
            .filter(|l| l.starts_with("caller print "))
            .count();
        assert_eq!(printed, lines, "{args:?}: {trace}");
        // Both coroutines start in the order the race (or the join) polls them.
        let electronic = "listener resume electronic\n\
             electronic holds \"Front 242 -> No Shuffle at minute 7\"\nelectronic suspend\n";
        let start = if args == ["timeout"] {
            electronic.to_string()
        } else {
            "listener resume rap\n\
             rap holds \"Public Enemy -> Fight The Power at minute 3\"\nrap suspend\n"
                .to_string()
                + electronic
        };
        assert!(trace.contains(&start), "{args:?}: {trace}");
    }
}

#[test]
fn a_destroyed_wait_is_a_trace_event_then_its_destructors() {
    let Some(cpp) = cpp() else {
        return;
    };
    let trace = cpp_parity::assert_same_stdout(
        rust().args(["zap", "--careless", "--rounds", "1", "--trace"]),
        cpp.command()
            .args(["zap", "--careless", "--rounds", "1", "--trace"]),
    );
    assert!(
        trace.ends_with(
            "listener destroy electronic\n\
             caller print \"  electronic: \\\"Front 242 -> No Shuffle\\\" lost, never handed over\"\n\
             caller print \"zap: over at 0:03\"\n"
        ),
        "{trace}"
    );
}

#[test]
fn the_cpp_frames_destroyed_while_suspended_free_everything() {
    let Some(cpp) = cpp() else {
        return;
    };
    let runs: [&[&str]; 4] = [
        &["zap", "--careless"],
        &["select"],
        &["timeout"],
        &["zap", "--trace"],
    ];
    for args in runs {
        cpp.assert_memcheck_clean(args, None);
    }
}
