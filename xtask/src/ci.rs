//! `cargo xtask ci`: everything CI checks, in order, stopping at the first failure.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::Result;
use crate::output::{output_kind, say, verdict};
use crate::process::Cmd;

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
            Action::Cargo(args) => Cmd::cargo(args).dir(root).run(),
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
            Err(err) if output_kind(&err).is_some() => return Err(err),
            Err(err) => {
                // A stage whose output was closed under it fails too: then this line
                // fails, and the closed output is what is reported.
                say(format_args!("\nci: {} (failed)", summary(&times)))?;
                return Err(err.context(format!("ci stopped at stage `{}`", stage.name)));
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
mod tests;
