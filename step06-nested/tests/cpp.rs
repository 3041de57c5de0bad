//! Parity with the two C++ programs in `cpp/`: the explicit loop, and the awaitable task
//! whose resume walks the `mSub` handles; and, where valgrind is installed, what it says
//! about them.

mod common;

use common::TALKS_EXAMPLE;
use std::path::Path;

fn cpp(file: &str) -> Option<cpp_parity::CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp").join(file);
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
}

/// Chains to compare: (depth, inner steps, stop after).
const CHAINS: [(u32, u32, Option<u32>); 7] = [
    (1, 3, None),
    (1, 0, None),
    (2, 1, None),
    (3, 2, Some(2)),
    (10, 5, Some(7)),
    (10, 4, Some(0)),
    (100, 3, None),
];

/// The Rust binary's arguments for a chain.
fn rust_args(
    mode: &str,
    (depth, steps, stop_after): (u32, u32, Option<u32>),
) -> Vec<String> {
    let mut args = vec![
        "--mode".to_string(),
        mode.to_string(),
        "--depth".to_string(),
        depth.to_string(),
        "--inner-steps".to_string(),
        steps.to_string(),
    ];
    if let Some(resumes) = stop_after {
        args.extend(["--stop-after".to_string(), resumes.to_string()]);
    }
    args
}

/// The C++ programs' positional arguments for a chain (no stop: -1, which never comes).
fn cpp_args((depth, steps, stop_after): (u32, u32, Option<u32>)) -> [String; 3] {
    let stop = stop_after.map_or(-1, i64::from);
    [depth.to_string(), steps.to_string(), stop.to_string()]
}

fn rust(args: &[String]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_step06-nested"));
    command.args(args);
    command
}

#[test]
fn the_explicit_loop_prints_what_the_cpp_loop_prints() {
    let Some(cpp) = cpp("explicit_loop.cpp") else {
        return;
    };
    cpp_parity::assert_same_stdout(
        &mut rust(&rust_args("loop", (1, 3, None))),
        &mut cpp.command(),
    );
    for chain in CHAINS {
        let shown = cpp_parity::assert_same_stdout(
            &mut rust(&rust_args("loop", chain)),
            cpp.command().args(cpp_args(chain)),
        );
        assert!(shown.starts_with("caller: "), "{chain:?}");
    }
}

#[test]
fn await_and_stack_print_what_the_cpp_msub_walk_prints() {
    let Some(cpp) = cpp("awaitable.cpp") else {
        return;
    };
    let talk = cpp_parity::assert_same_stdout(&mut rust(&[]), &mut cpp.command());
    assert_eq!(talk, TALKS_EXAMPLE);
    for mode in ["await", "stack"] {
        for chain in CHAINS {
            let (depth, steps, stop_after) = chain;
            let shown = cpp_parity::assert_same_stdout(
                &mut rust(&rust_args(mode, chain)),
                cpp.command().arg("await").args(cpp_args(chain)),
            );
            let resumes = stop_after.unwrap_or(depth + steps + 1);
            assert_eq!(
                shown.matches("caller: resume").count() as u32,
                resumes,
                "{chain:?}"
            );
        }
    }
}

#[test]
fn forgot_prints_what_the_cpp_call_without_co_await_prints() {
    let Some(cpp) = cpp("awaitable.cpp") else {
        return;
    };
    for chain in CHAINS {
        let shown = cpp_parity::assert_same_stdout(
            &mut rust(&rust_args("forgot", chain)),
            cpp.command().arg("forgot").args(cpp_args(chain)),
        );
        assert!(!shown.contains("inner:"), "{chain:?}");
    }
}

/// Chains whose traces are compared: the talk's, a middle and a stop, a deep one stopped.
const TRACED: [(u32, u32, Option<u32>); 3] =
    [(1, 3, None), (3, 2, Some(2)), (10, 1, Some(7))];

#[test]
fn every_mode_traces_what_its_cpp_program_traces() {
    let (Some(awaitable), Some(explicit_loop)) =
        (cpp("awaitable.cpp"), cpp("explicit_loop.cpp"))
    else {
        return;
    };
    for chain in TRACED {
        let cpp_args = cpp_args(chain);
        for (mode, cpp, cpp_mode) in [
            ("await", &awaitable, Some("await")),
            ("stack", &awaitable, Some("await")),
            ("forgot", &awaitable, Some("forgot")),
            ("loop", &explicit_loop, None),
        ] {
            let mut rust_args = rust_args(mode, chain);
            rust_args.push("--trace".to_string());
            let mut cpp = cpp.command();
            cpp.arg("--trace").args(cpp_mode).args(&cpp_args);
            let shown = cpp_parity::assert_same_stdout(&mut rust(&rust_args), &mut cpp);
            assert!(
                shown.starts_with("caller create outer\n"),
                "{mode} {chain:?}"
            );
            assert!(
                shown.ends_with("caller destroy outer\n"),
                "{mode} {chain:?}"
            );
        }
    }
}

#[test]
fn the_cpp_chain_reports_the_size_of_each_frame_too() {
    let Some(cpp) = cpp("awaitable.cpp") else {
        return;
    };
    let output = cpp.command().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    // Not equal to Rust's: the two compilers lay out different frames.
    let levels: Vec<String> = common::frame_lines(&output.stdout)
        .into_iter()
        .map(|(level, _)| level)
        .collect();
    assert_eq!(levels, ["outer", "inner"]);
}

#[test]
fn the_cpp_chains_are_valgrind_clean() {
    // Each way of calling, run to its end and dropped mid-run, a few levels deep; and the
    // frames of the default chain, destroyed before they run.
    let runs: [(&str, &[&str]); 6] = [
        ("awaitable.cpp", &["--frame-size"]),
        ("awaitable.cpp", &["await", "10", "3"]),
        ("awaitable.cpp", &["await", "10", "3", "5"]),
        ("awaitable.cpp", &["forgot", "3", "2"]),
        ("explicit_loop.cpp", &["10", "3"]),
        ("explicit_loop.cpp", &["10", "3", "2"]),
    ];
    for (program, args) in runs {
        let Some(cpp) = cpp(program) else {
            return;
        };
        cpp.assert_memcheck_clean(args, None);
    }
}
