//! `cargo xtask ci`: everything CI checks, in order, stopping at the first failure.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::Result;
use tool_shell::output::{output_kind, say, verdict};
use tool_shell::process::Cmd;

/// One stage of CI, by a short name for the summary line: a cargo command (its arguments,
/// as typed), or one of our commands, run in this process and shown as `cargo xtask <name>`.
enum Stage {
    Cargo(&'static str, &'static str),
    Xtask(&'static str, fn(&Path) -> Result<()>),
}

/// The stages, in order: the cheap ones first, so a formatting slip fails in a second.
/// Adding a stage is adding a line.
const STAGES: &[Stage] = &[
    Stage::Cargo("fmt", "fmt --all --check"),
    Stage::Cargo("clippy", "clippy --workspace --all-targets --locked -- -D warnings"),
    // Doctests included: they are how a `compile_fail` listing proves it does not compile.
    Stage::Cargo("test", "test --workspace --locked"),
    // After the tests, whose build it reuses: one small crate of starters and solutions.
    Stage::Xtask("exercise --check", crate::exercise::check),
    // Every variant of the cost benchmark runs and sums right (its own release build).
    Stage::Xtask("bench --quick", bench_harness::quick),
    // The pictures checked against the programs, then every page in headless Chromium.
    Stage::Xtask("book --check-in-browser", |root| crate::book::run(root, false, true, true)),
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
        let (name, outcome) = match stage {
            Stage::Cargo(name, args) => (name, Cmd::cargo(args.split_whitespace()).dir(root).run()),
            Stage::Xtask(name, run) => {
                (name, say(format_args!("$ cargo xtask {name}")).and_then(|()| run(root)))
            }
        };
        times.push((*name, started.elapsed()));
        match outcome {
            Err(err) if output_kind(&err).is_some() => return Err(err),
            Err(err) => {
                // A stage whose output was closed under it fails too: then this line
                // fails, and the closed output is what is reported.
                say(format_args!("\nci: {} (failed)", summary(&times)))?;
                return Err(err.context(format!("ci stopped at stage `{name}`")));
            }
            Ok(()) => {}
        }
    }
    say(format_args!("\nci: {} (all passed)", summary(&times)))
}

fn summary(times: &[(&str, Duration)]) -> String {
    let times = times.iter().map(|(name, time)| format!("{name} {:.1}s", time.as_secs_f64()));
    times.collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests;
