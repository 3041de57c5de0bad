//! The benchmark harness behind `cargo xtask bench`: what a suspension costs, measured side
//! by side with C++, written where the book's "What a suspension costs" chapter includes it.
//! xtask parses the command line into [`Args`] and calls [`run`]; `cargo xtask ci` calls
//! [`quick`]. Every path is from the workspace root it is given.
//!
//! The workload and its variants live in the `coro-bench` crate (`bench/`); the C++
//! programs they are timed against in `bench/cpp/`: the generator (`generator_sum.cpp`),
//! and for the select the `when_any` (`when_any_sum.cpp`); beside the stackful rows, their
//! C++ counterpart on ucontext (`ucontext_sum.cpp`). Here is only the measuring:
//!
//! 1. build both: `coro-bench` and its divan benchmark in the bench profile, each C++
//!    program with g++ and again with clang++ where it is installed (`build.rs`);
//! 2. run every variant and C++ program once and check its sum against n(n-1)/2 (`check.rs`);
//! 3. time them: the C++ programs and the divan benchmark in turns, each variant's ratio to
//!    its C++ program taken within each turn, the median over the turns (`measure.rs`);
//! 4. count instructions per resume under callgrind, as the difference between two n;
//! 5. print the table and the plot; write them into `book/src/cost/` (`report.rs`, `plot.rs`).
//!
//! `--quick` (a CI stage) does all of it small and writes nothing; `--workshop` times the
//! workshop itself instead: cold builds and an edit-then-run (`timings.rs`); `--echo` the
//! talk's teaser: step 7's tokio echo server against asio's and a blocking one (`echo.rs`).

mod build;
mod check;
mod divan;
mod echo;
mod host;
mod measure;
mod plot;
mod report;
#[cfg(test)]
mod tests;
mod timings;

use std::path::Path;
use std::time::Instant;

use anyhow::Result;
use tool_shell::output::say;
use tool_shell::process::Cmd;

/// `cargo xtask bench`'s flags (its `--help` is the subcommand's, in xtask).
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Check every variant runs and sums right, time them briefly, write nothing (CI)
    #[arg(long, conflicts_with_all = ["workshop", "runs"])]
    quick: bool,
    /// Time the workshop instead: cold builds of the steps, the book and the bench, and an
    /// edit-then-run of step 2 (several minutes)
    #[arg(long, conflicts_with = "runs")]
    workshop: bool,
    /// Measure echo servers instead: step 7's tokio server, the talk's asio program and a
    /// blocking C server, on loopback, every byte checked (a minute or so)
    #[arg(long, conflicts_with_all = ["quick", "workshop"])]
    echo: bool,
    /// Turns of C++ then Rust whose median is kept (5 to 99); with --echo, turns of every
    /// server under every load
    #[arg(long, value_parser = coro_cli::number(5..=99_u32))]
    runs: Option<u32>,
}

/// How big a measurement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Numbers handed out per timed run (and the smaller callgrind run).
    pub n: u64,
    /// Alternating turns of C++ and Rust.
    pub runs: u32,
    /// Samples per variant per turn (divan's, and the C++ program's own).
    pub samples: u32,
    /// Variants counted under callgrind: all, or only these and the C++ programs.
    pub callgrind_only: Option<&'static [&'static str]>,
    /// Whether the results go into the book.
    pub write: bool,
}

impl Plan {
    /// The real measurement: what the book shows.
    pub const FULL: Plan =
        Plan { n: 10_000, runs: 5, samples: 100, callgrind_only: None, write: true };

    /// Every variant checked and timed once, small; one Rust variant per C++ program under
    /// callgrind, to see that the counting works. Numbers printed, not kept.
    pub const QUICK: Plan = Plan {
        n: 1_000,
        runs: 1,
        samples: 5,
        callgrind_only: Some(&["genawaiter-rc", "plain-1", "callstack-1", "stackful", "select"]),
        write: false,
    };
}

/// `cargo xtask bench` with these flags, from the workspace `root`: measures and writes the
/// results into the book, or with `--quick` checks and writes nothing, or times the workshop
/// (`--workshop`) or the echo servers (`--echo`).
pub fn run(root: &Path, args: Args) -> Result<()> {
    if args.workshop {
        return timings::run(root);
    }
    if args.echo {
        let turns = args.runs.unwrap_or(echo::Plan::FULL.turns);
        return echo::run(root, echo::Plan { turns, ..echo::Plan::FULL });
    }
    if args.quick {
        // A check like ci: a reader that leaves before the end is not a pass.
        return tool_shell::output::verdict(quick(root), "bench --quick");
    }
    measure_and_report(root, Plan { runs: args.runs.unwrap_or(Plan::FULL.runs), ..Plan::FULL })
}

/// The `bench --quick` stage of `cargo xtask ci`.
pub fn quick(root: &Path) -> Result<()> {
    measure_and_report(root, Plan::QUICK)?;
    // The echo servers too: that they build and echo every byte right.
    echo::run(root, echo::Plan::QUICK)
}

fn measure_and_report(root: &Path, plan: Plan) -> Result<()> {
    let started = Instant::now();
    let built = build::build(root)?;
    let setup = host::setup(root, &built, plan)?;
    say(setup.join("\n"))?;
    let variants = check::parse_list(&Cmd::new(&built.coro_bench).arg("list").read()?)?;
    check::sums(&built, &variants, plan.n)?;
    let results = measure::measure(&built, &variants, plan)?;
    let table = report::table(&results);
    say(format_args!("\n{table}\n{}", plot::ascii(&results)))?;
    if built.clang.is_none() {
        // Said again under the numbers, where a reader of the log looks.
        say("*** SKIPPED: the clang rows: no clang++ (said above, at the build) ***")?;
    }
    if plan.write {
        let results_file = report::results_file(&setup, &results, &table);
        let files = [
            (report::RESULTS, results_file),
            (report::SVG, plot::svg(&results)),
            (report::BARS, plot::bars(&results)),
        ];
        report::write(root, &files)?;
    } else {
        say(format_args!(
            "quick: {} run, {} samples each: the numbers say little; nothing written",
            plan.runs, plan.samples
        ))?;
    }
    say(format_args!("bench: {:.1}s", started.elapsed().as_secs_f64()))
}
