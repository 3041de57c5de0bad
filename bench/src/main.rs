//! `coro-bench`: runs the cost benchmark's workload once, for `cargo xtask bench`.
//!
//! - `coro-bench list`: one line per variant: name, depth (`-` if flat), frame bytes,
//!   what it is, the C++ program it is timed against, and the bytes it touches (`-` if
//!   not measured), separated by tabs;
//! - `coro-bench sum VARIANT N`: the sum of 0..N through that variant (`all`: every
//!   variant, one `name sum` line each). Callgrind counts this command at two N.

use clap::{Parser, Subcommand};
use coro_bench::{VARIANTS, Variant, variant};
use std::io::{self, Write};

/// The cost benchmark's workload, once.
#[derive(Parser)]
// No subcommand is a usage error like any other (clap would print its help instead).
#[command(name = env!("CARGO_BIN_NAME"), version, arg_required_else_help = false)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every variant: name, depth, frame bytes, what it is, its C++, bytes touched
    /// (tab-separated)
    List,
    /// The sum of 0..N through VARIANT (or `all`)
    Sum {
        /// A name from `list`, or `all`
        #[arg(value_parser = pick)]
        variant: Pick,
        /// How many numbers to hand out (1 to 10^9: the sum must fit in 64 bits)
        #[arg(value_parser = coro_cli::number(1..=1_000_000_000_u64))]
        n: u64,
    },
}

/// What `sum` runs.
#[derive(Clone, Copy)]
enum Pick {
    All,
    One(&'static Variant),
}

/// An unknown name is refused with the list of known ones.
fn pick(name: &str) -> Result<Pick, String> {
    if name == "all" {
        return Ok(Pick::All);
    }
    variant(name).map(Pick::One).ok_or_else(|| {
        let names: Vec<&str> = VARIANTS.iter().map(|v| v.name).collect();
        format!(
            "unknown variant (expected all or one of {})",
            names.join(", ")
        )
    })
}

fn main() -> std::process::ExitCode {
    let cli: Cli = coro_cli::parse();
    coro_cli::run(|out| match cli.command {
        Command::List => list(out),
        Command::Sum {
            variant: Pick::One(v),
            n,
        } => writeln!(out, "{}", (v.sum)(n)),
        Command::Sum {
            variant: Pick::All,
            n,
        } => VARIANTS
            .iter()
            .try_for_each(|v| writeln!(out, "{} {}", v.name, (v.sum)(n))),
    })
}

fn list(out: &mut dyn Write) -> io::Result<()> {
    for v in VARIANTS {
        let depth = v.depth.map_or("-".to_string(), |d| d.to_string());
        let touched = (v.touched_bytes)().map_or("-".to_string(), |t| t.to_string());
        writeln!(
            out,
            "{}\t{depth}\t{}\t{}\t{}\t{touched}",
            v.name,
            (v.frame_bytes)(),
            v.what,
            v.against
        )?;
    }
    Ok(())
}
