//! `step09-stackful`: stackful coroutines. With no arguments, step 2's radio show (the
//! talk's seven rap songs), from a coroutine with a stack of its own; `nested` plays
//! step 6's program with the inner as a plain function.

use clap::{Parser, Subcommand};
use step01_function::cli::RadioArgs;
use step09_stackful::{nested, radio_station};

/// Step 6's bounds: the deepest chain, and the most steps the inner takes.
const MAX_DEPTH: u32 = 1000;
const MAX_STEPS: u32 = 1000;

/// Coroutines with a stack of their own, on corosensei.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    #[command(subcommand)]
    show: Option<Show>,
    /// Print one line per event of the coroutine machinery (resume, yield, suspend, …)
    /// instead of the show
    #[arg(long, global = true)]
    trace: bool,
}

#[derive(Subcommand)]
enum Show {
    /// Step 2's radio: one song per resume (the default, with the talk's settings)
    Radio(RadioArgs),
    /// Step 6's program: the outer calls the inner, a plain function that suspends the
    /// whole stack
    Nested {
        /// How many calls deep the inner sits below the outer, from 1 to 1000
        #[arg(long, default_value_t = 1, value_parser = coro_cli::number(1..=MAX_DEPTH), allow_negative_numbers = true)]
        depth: u32,
        /// How many steps the inner takes, suspending after each, from 0 to 1000
        #[arg(long, default_value_t = 3, value_parser = coro_cli::count(MAX_STEPS), allow_negative_numbers = true)]
        inner_steps: u32,
    },
}

fn main() -> std::process::ExitCode {
    let Cli { show, trace } = coro_cli::parse();
    let show = show.unwrap_or(Show::Radio(RadioArgs {
        style: Default::default(),
        songs: 7,
    }));
    let trace = coro_cli::trace::Flag { trace };
    coro_cli::run(|out| {
        coro_cli::trace::shown(trace, out, |out| match show {
            Show::Radio(settings) => {
                let mut radio = radio_station(settings.style, settings.songs);
                while radio.next_song() {
                    if let Some(song) = radio.value() {
                        writeln!(out, "{song}")?;
                    }
                }
                Ok(())
            }
            Show::Nested { depth, inner_steps } => {
                nested::run(depth, inner_steps, out).map(drop)
            }
        })
    })
}
