//! `step06-nested`: an outer coroutine calls an inner one, in one of four ways. With no
//! arguments it plays the talk's example, the outer awaiting inner(3).

use clap::Parser;
use step06_nested::{Level, Mode};

/// The deepest chain: an await chain this deep still fits easily on the main thread's
/// stack, since each poll nests one call per level.
const MAX_DEPTH: u32 = 1000;
/// The most steps the inner may take; with the deepest chain in `loop` mode, every level
/// writes a line per step, so this keeps the output to about a million lines.
const MAX_STEPS: u32 = 1000;
/// The most resumes `--stop-after` may name (it may exceed the resumes a chain needs).
const MAX_STOP_AFTER: u32 = 1_000_000;

/// A coroutine that calls another: forgotten, looped over, awaited, or awaited through a
/// stack that resumes the innermost directly. Each line says who runs; the caller marks
/// each resume.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    /// How the outer calls the inner.
    #[arg(long, value_enum, default_value_t = Mode::Await)]
    mode: Mode,
    /// How many calls deep the inner sits below the outer, from 1 to 1000 (1: the outer
    /// calls the inner; more puts middles in between).
    #[arg(long, default_value_t = 1, value_parser = coro_cli::number(1..=MAX_DEPTH), allow_negative_numbers = true)]
    depth: u32,
    /// How many steps the inner takes, suspending after each, from 0 to 1000.
    #[arg(long, default_value_t = 3, value_parser = coro_cli::count(MAX_STEPS), allow_negative_numbers = true)]
    inner_steps: u32,
    /// Stop after N resumes, from 0 to 1000000, and drop the outer while it is suspended.
    #[arg(long, value_name = "N", value_parser = coro_cli::count(MAX_STOP_AFTER), allow_negative_numbers = true)]
    stop_after: Option<u32>,
    /// Print the size of each level's frame in the talk's chain, awaited ("frame outer: N
    /// bytes", then "frame inner: M bytes"), instead of running it.
    #[arg(long, conflicts_with_all = ["mode", "depth", "inner_steps", "stop_after", "trace"])]
    frame_size: bool,
    #[command(flatten)]
    trace: coro_cli::trace::Flag,
}

fn main() -> std::process::ExitCode {
    let cli: Cli = coro_cli::parse();
    if cli.frame_size {
        return coro_cli::run(|out| {
            for (level, bytes) in step06_nested::awaited::frame_sizes() {
                writeln!(out, "frame {}: {bytes} bytes", level.actor())?;
            }
            Ok(())
        });
    }
    let outer = Level::outer(cli.depth, cli.inner_steps);
    coro_cli::run(|out| {
        coro_cli::trace::shown(cli.trace, out, |out| {
            step06_nested::run(cli.mode, outer, cli.stop_after, out)
        })
    })
}
