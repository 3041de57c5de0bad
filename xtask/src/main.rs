//! The project's commands, run as `cargo xtask <command>` from anywhere in the workspace
//! (`book`, `tour`, `ci`, `exercise`, `bench`: see [`Command`] and each command's module).
//!
//! It is the project's tooling, not part of what the book teaches: nothing here is about
//! coroutines. Like rust-analyzer's xtask it is one binary with few dependencies, so that
//! `cargo xtask` works on a fresh clone with nothing installed but Rust.

mod book;
mod ci;
mod exercise;
mod output;
mod tour;
mod workspace;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
// No subcommand is a usage error like any other ("requires a subcommand", then the
// `--help` pointer). clap's alternative prints the whole help on standard error as an
// error, which `coro_cli::parse` would cut to its first lines: the about text, no error.
#[command(
    name = "xtask",
    bin_name = "cargo xtask",
    version,
    about = "The project's commands",
    arg_required_else_help = false
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// One subcommand each; the doc comments are the `--help` text.
#[derive(Subcommand, Debug)]
enum Command {
    /// Build the book into target/book after checking its includes, listings and links
    Book {
        /// Open index.html in a browser afterwards (if `xdg-open` or `open` is available)
        #[arg(long)]
        open: bool,
        /// Then load every page in headless Chromium (tools/book-browser): console errors,
        /// images, the resume stepper, search; screenshots into target/book-screens
        #[arg(long)]
        check_in_browser: bool,
    },
    /// Run every step's binary in order, each under its chapter's title
    Tour,
    /// Run everything CI checks: fmt, clippy, tests, exercises, bench --quick, the book in a
    /// browser; stop at the first failure
    Ci,
    /// The workshop: list, start, run an exercise (N.M) with --hint or --solution, or reset one
    Exercise(exercise::Args),
    /// Measure what a suspension costs, Rust beside C++, and write it into the book
    Bench(bench_harness::Args),
}

/// Every command returns this; `main` turns `Err` into its line and exit code by its type
/// ([`output::exit_code`]): 1, 2 for a [`Usage`], `coro_cli`'s rule for a
/// [`tool_shell::output::Output`].
pub use anyhow::{Context, Result, bail, ensure};

/// Usage that clap cannot see (it depends on which word came first): refused with the
/// `--help` pointer and exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(pub &'static str);

fn main() -> ExitCode {
    // Bad usage: at most three lines, exit code 2, like every binary in the workspace;
    // `--help` and `--version` into an output that fails: exit code 1.
    let cli: Cli = coro_cli::parse();
    let root = workspace::root();
    let outcome = match cli.command {
        Command::Book { open, check_in_browser } => book::run(&root, open, false, check_in_browser),
        Command::Tour => tour::run(&root),
        Command::Ci => ci::run(&root),
        Command::Exercise(args) => exercise::run(&root, args),
        Command::Bench(args) => bench_harness::run(&root, args),
    };
    output::exit_code(outcome)
}
