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
mod output;
mod run;
mod tour;

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// `cargo xtask`: the command line.
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

/// A failure worth one line after `error: `, and what kind it is: the kind decides the
/// exit code ([`output::exit_code`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Error(String, Kind);

/// What went wrong, as far as the exit code cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A command or a check failed: exit code 1.
    Failed,
    /// Usage that clap cannot see (it depends on which word came first): exit code 2.
    Usage,
    /// Writing to standard output failed this way; the message is the `io::Error`'s.
    Output(std::io::ErrorKind),
}

impl Error {
    /// Bad usage, refused with the `--help` pointer and exit code 2.
    pub fn usage(message: &str) -> Self {
        Error(message.to_owned(), Kind::Usage)
    }

    /// Standard output failed: a reader that left, or a device that is full.
    pub fn output(err: std::io::Error) -> Self {
        Error(err.to_string(), Kind::Output(err.kind()))
    }

    /// What went wrong, for the exit code.
    pub fn kind(&self) -> Kind {
        self.1
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Error {
    fn from(message: String) -> Self {
        Error(message, Kind::Failed)
    }
}

/// Every command returns this; `main` turns `Err` into its line and exit code.
pub type Result<T, E = Error> = std::result::Result<T, E>;

fn main() -> ExitCode {
    // Bad usage: at most three lines, exit code 2, like every binary in the workspace;
    // `--help` and `--version` into an output that fails: exit code 1.
    let cli: Cli = coro_cli::parse();
    let root = project_root();
    let outcome = match cli.command {
        Command::Book { open } => book::run(&root, open),
        Command::Tour => tour::run(&root),
        Command::Ci => ci::run(&root),
        Command::Exercise(args) => exercise::run(&root, args),
        Command::Bench(args) => bench::run(&root, args),
    };
    output::exit_code(outcome)
}

/// The workspace root, whatever directory `cargo xtask` was typed in: cargo may be run from
/// a subdirectory, but every path the commands use is relative to the root.
fn project_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}
