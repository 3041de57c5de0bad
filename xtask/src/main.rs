//! The project's commands, run as `cargo xtask <command>` from anywhere in the workspace:
//!
//! - `book [--open]`: build the mdBook in `book/` into `target/book`, refusing a missing
//!   include or anchor, inline (unverified) Rust, an unlisted chapter or a broken link;
//! - `tour`: run every step's binary in order, each under its chapter's title;
//! - `ci`: everything CI checks, in order, stopping at the first failure;
//! - `exercise`: the workshop: `list`, `start`, run one exercise with `--hint` and
//!   `--solution` to help, and `--check` that every exercise can be finished;
//! - `bench [--quick | --workshop]`: what a suspension costs, Rust beside C++, written into
//!   the book's cost chapter.
//!
//! It is the project's tooling, not part of what the book teaches: nothing here is about
//! coroutines. Like rust-analyzer's xtask it is one binary with few dependencies, so that
//! `cargo xtask` works on a fresh clone with nothing installed but Rust.

mod bench;
mod book;
mod ci;
mod exercise;
mod run;
mod tour;

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// `cargo xtask`: the command line.
#[derive(Parser, Debug)]
// No subcommand is a usage error like any other; clap's default (the help, on standard
// error) would be cut to its first line by `coro_cli::parse` and say nothing useful.
#[command(
    name = "xtask",
    bin_name = "cargo xtask",
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
    },
    /// Run every step's binary in order, each under its chapter's title
    Tour,
    /// Run everything CI checks: fmt, clippy, tests, exercises, bench --quick, book; stop at the
    /// first failure
    Ci,
    /// The workshop: list, start, or run an exercise (N.M) with --hint or --solution
    Exercise(exercise::Args),
    /// Measure what a suspension costs, Rust beside C++, and write it into the book
    Bench(bench::Args),
}

/// A failure worth one line after `error: `; the exit code is 1.
#[derive(Debug, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Error {
    fn from(message: String) -> Self {
        Error(message)
    }
}

/// Every command returns this; `main` turns `Err` into one line and exit code 1.
pub type Result<T, E = Error> = std::result::Result<T, E>;

fn main() -> ExitCode {
    // Bad usage: one line, exit code 2, like every binary in the workspace.
    let cli: Cli = coro_cli::parse();
    let root = project_root();
    let outcome = match cli.command {
        Command::Book { open } => book::run(&root, open),
        Command::Tour => tour::run(&root),
        Command::Ci => ci::run(&root),
        Command::Exercise(args) => exercise::run(&root, args),
        Command::Bench(args) => bench::run(&root, args),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, whatever directory `cargo xtask` was typed in: cargo may be run from
/// a subdirectory, but every path the commands use is relative to the root.
fn project_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}
