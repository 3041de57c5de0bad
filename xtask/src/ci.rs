//! `cargo xtask ci`: everything CI checks, in order, stopping at the first failure.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::output::{say, verdict};
use crate::run::Cargo;
use crate::{Kind, Result};

/// One stage of CI: a cargo command, or work done in this process.
pub struct Stage {
    /// Short name for the summary line.
    name: &'static str,
    action: Action,
}

enum Action {
    Cargo(&'static [&'static str]),
    InProcess(fn(&Path) -> Result<()>),
}

impl Stage {
    const fn cargo(name: &'static str, args: &'static [&'static str]) -> Self {
        Stage {
            name,
            action: Action::Cargo(args),
        }
    }

    const fn in_process(name: &'static str, run: fn(&Path) -> Result<()>) -> Self {
        Stage {
            name,
            action: Action::InProcess(run),
        }
    }

    fn run(&self, root: &Path) -> Result<()> {
        match self.action {
            Action::Cargo(args) => Cargo::new(args).run(root),
            Action::InProcess(run) => {
                // Shown like the others, as the command that would do the same thing alone.
                say(format_args!("$ cargo xtask {}", self.name))?;
                run(root)
            }
        }
    }
}

/// The stages, in order: the cheap ones first, so a formatting slip fails in a second.
/// Adding a stage is adding a line.
const STAGES: &[Stage] = &[
    Stage::cargo("fmt", &["fmt", "--all", "--check"]),
    Stage::cargo(
        "clippy",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
    ),
    // Doctests included: they are how a `compile_fail` listing proves it does not compile.
    Stage::cargo("test", &["test", "--workspace", "--locked"]),
    // After the tests, whose build it reuses: one small crate of starters and solutions.
    Stage::in_process("exercise --check", crate::exercise::check),
    // Every variant of the cost benchmark runs and sums right (its own release build).
    Stage::in_process("bench --quick", crate::bench::quick),
    Stage::in_process("book", |root| crate::book::run(root, false)),
];

/// Runs every stage from the workspace `root`. If the output's reader leaves, ci stops
/// and fails (exit code 1, see [`verdict`]): it cannot report, so it cannot pass.
pub fn run(root: &Path) -> Result<()> {
    verdict(run_stages(STAGES, root), "ci")
}

/// Runs `stages` in order; prints one summary line with each finished stage's time, then
/// fails naming the stage and its command if one failed. An output that failed stops it
/// as it is: there is no summary to print, and `main` must see the kind of error.
fn run_stages(stages: &[Stage], root: &Path) -> Result<()> {
    let mut times = Vec::new();
    for stage in stages {
        let started = Instant::now();
        let outcome = stage.run(root);
        times.push((stage.name, started.elapsed()));
        match outcome {
            Err(err) if matches!(err.kind(), Kind::Output(_)) => return Err(err),
            Err(err) => {
                // A stage whose output was closed under it fails too: then this line
                // fails, and the closed output is what is reported.
                say(format_args!("\nci: {} (failed)", summary(&times)))?;
                return Err(format!("ci stopped at stage `{}`: {err}", stage.name).into());
            }
            Ok(()) => {}
        }
    }
    say(format_args!("\nci: {} (all passed)", summary(&times)))
}

fn summary(times: &[(&str, Duration)]) -> String {
    times
        .iter()
        .map(|(name, time)| format!("{name} {:.1}s", time.as_secs_f64()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn stages_run_in_order_and_stop_at_the_first_failure() {
        // fn pointers capture nothing, so each stage reports through its own counter.
        static FIRST: AtomicUsize = AtomicUsize::new(0);
        static AFTER: AtomicUsize = AtomicUsize::new(0);
        let stages = [
            Stage::in_process("first", |_| {
                FIRST.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }),
            Stage::cargo("bogus", &["no-such-xtask-subcommand", "--flag"]),
            Stage::in_process("after", |_| {
                AFTER.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }),
        ];
        let err = run_stages(&stages, Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_err();
        assert!(
            err.0.starts_with(
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
            Stage::in_process("reader-left", |_| {
                Err(crate::Error::output(std::io::ErrorKind::BrokenPipe.into()))
            }),
            Stage::in_process("after", |_| {
                AFTER.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }),
        ];
        let err = run_stages(&stages, Path::new(".")).unwrap_err();
        assert_eq!(err.kind(), Kind::Output(std::io::ErrorKind::BrokenPipe));
        assert_eq!(AFTER.load(Ordering::SeqCst), 0);
        // What `run` makes of it: ci did not pass (see `output::verdict`).
        assert_eq!(verdict(Err(err), "ci").unwrap_err().kind(), Kind::Failed);
    }

    #[test]
    fn all_stages_passing_is_success() {
        static RUNS: AtomicUsize = AtomicUsize::new(0);
        let count = |_: &Path| {
            RUNS.fetch_add(1, Ordering::SeqCst);
            Ok(())
        };
        let stages = [Stage::in_process("a", count), Stage::in_process("b", count)];
        assert_eq!(run_stages(&stages, Path::new(".")), Ok(()));
        assert_eq!(RUNS.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn the_stages_are_the_documented_commands_in_order() {
        let shown: Vec<String> = STAGES
            .iter()
            .map(|stage| match stage.action {
                Action::Cargo(args) => Cargo::new(args).to_string(),
                Action::InProcess(_) => format!("cargo xtask {}", stage.name),
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
                "cargo xtask book",
            ]
        );
    }

    #[test]
    fn the_summary_gives_seconds_per_stage() {
        let times = [
            ("fmt", Duration::from_millis(420)),
            ("test", Duration::from_secs(31)),
        ];
        assert_eq!(summary(&times), "fmt 0.4s, test 31.0s");
    }
}
