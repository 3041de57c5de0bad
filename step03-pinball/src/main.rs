//! `step03-pinball`: the coroutine and I take turns at one pinball table, and after
//! `--turns` turns the coroutine loses. With no arguments it prints what the talk's
//! program prints.

use clap::Parser;
use step03_pinball::{DEFAULT_TURNS, MAX_TURNS};

/// A pinball game against a coroutine that yields nothing: async/.await as co_await.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version, about)]
struct Cli {
    /// How many turns the coroutine plays before it loses, from 0 to 1000000.
    #[arg(long, default_value_t = DEFAULT_TURNS, value_parser = coro_cli::count(MAX_TURNS), allow_negative_numbers = true)]
    turns: u32,
    /// Print the size of the coroutine's frame ("frame: N bytes") instead of playing.
    #[arg(long, conflicts_with_all = ["turns", "trace"])]
    frame_size: bool,
    #[command(flatten)]
    trace: coro_cli::trace::Flag,
}

fn main() -> std::process::ExitCode {
    let cli: Cli = coro_cli::parse();
    coro_cli::run(|out| {
        coro_cli::trace::shown(cli.trace, out, |out| {
            if cli.frame_size {
                writeln!(out, "frame: {} bytes", step03_pinball::frame::frame_size())
            } else {
                step03_pinball::play_game(cli.turns, out)
            }
        })
    })
}
