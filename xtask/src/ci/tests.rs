use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};

#[test]
fn stages_run_in_order_and_stop_at_the_first_failure() {
    // fn pointers capture nothing, so each stage reports through its own counter.
    static FIRST: AtomicUsize = AtomicUsize::new(0);
    static AFTER: AtomicUsize = AtomicUsize::new(0);
    let stages = [
        Stage::Xtask("first", |_| {
            FIRST.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }),
        Stage::Cargo("bogus", "no-such-xtask-subcommand --flag"),
        Stage::Xtask("after", |_| {
            AFTER.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }),
    ];
    let err = run_stages(&stages, &crate::workspace::root()).unwrap_err();
    let err = format!("{err:#}");
    assert!(
        err.starts_with(
            "ci stopped at stage `bogus`: `cargo no-such-xtask-subcommand --flag` failed ("
        ),
        "{err}"
    );
    assert_eq!(FIRST.load(Ordering::SeqCst), 1);
    assert_eq!(AFTER.load(Ordering::SeqCst), 0);
}

#[test]
fn an_output_that_fails_stops_the_stages_and_is_reported_as_it_is() {
    static AFTER: AtomicUsize = AtomicUsize::new(0);
    let stages = [
        Stage::Xtask("reader-left", |_| {
            Err(tool_shell::output::Output(std::io::ErrorKind::BrokenPipe.into()).into())
        }),
        Stage::Xtask("after", |_| {
            AFTER.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }),
    ];
    let err = run_stages(&stages, Path::new(".")).unwrap_err();
    assert_eq!(output_kind(&err), Some(std::io::ErrorKind::BrokenPipe));
    assert_eq!(AFTER.load(Ordering::SeqCst), 0);
    // What `run` makes of it: ci did not pass (see `output::verdict`).
    assert_eq!(output_kind(&verdict(Err(err), "ci").unwrap_err()), None);
}

#[test]
fn all_stages_passing_is_success() {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let count = |_: &Path| {
        RUNS.fetch_add(1, Ordering::SeqCst);
        Ok(())
    };
    let stages = [Stage::Xtask("a", count), Stage::Xtask("b", count)];
    assert!(run_stages(&stages, Path::new(".")).is_ok());
    assert_eq!(RUNS.load(Ordering::SeqCst), 2);
}

#[test]
fn the_stages_are_the_documented_commands_in_order() {
    let shown: Vec<String> = STAGES
        .iter()
        .map(|stage| match stage {
            Stage::Cargo(_, args) => Cmd::cargo(args.split_whitespace()).to_string(),
            Stage::Xtask(name, _) => format!("cargo xtask {name}"),
        })
        .collect();
    assert_eq!(
        shown,
        [
            "cargo fmt --all --check",
            "cargo clippy --workspace --all-targets --locked -- -D warnings",
            "cargo test --workspace --locked",
            "cargo xtask exercise --check",
            "cargo xtask bench --quick",
            "cargo xtask book --check-in-browser",
        ]
    );
}

#[test]
fn the_summary_gives_seconds_per_stage() {
    let times = [("fmt", Duration::from_millis(420)), ("test", Duration::from_secs(31))];
    assert_eq!(summary(&times), "fmt 0.4s, test 31.0s");
}
