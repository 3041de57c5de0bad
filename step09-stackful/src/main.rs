//! `step09-stackful`: stackful coroutines. With no arguments, step 2's radio show (the
//! talk's seven rap songs), from a coroutine with a stack of its own; `nested` plays
//! step 6's program with the inner as a plain function; `price` measures the memory a
//! stack of one's own costs, against step 2's stackless radio.

use clap::{Parser, Subcommand};
use step01_function::cli::RadioArgs;
use step09_stackful::{nested, price, radio_station};

/// Step 6's bounds: the deepest chain, and the most steps the inner takes.
const MAX_DEPTH: u32 = 1000;
const MAX_STEPS: u32 = 1000;
/// `price`'s bounds: each stackful station maps two areas (its stack and its guard page),
/// and Linux allows a process about 65 000.
const MAX_STATIONS: u32 = 10_000;
/// A stack from corosensei's smallest (4 KiB) to 64 MiB, in KiB.
const STACK_KIB: std::ops::RangeInclusive<u32> = 4..=65_536;
/// The deepest `overflow` goes.
const MAX_LEVELS: u32 = 1_000_000;

/// Coroutines with a stack of their own, on corosensei.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    #[command(subcommand)]
    show: Option<Show>,
    #[command(flatten)]
    trace: coro_cli::trace::GlobalFlag,
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
    /// The price of a stack: what a stackful radio reserves and touches, against step 2's
    /// stackless radio, with N of each alive at once (Linux: read from /proc)
    Price {
        /// How many radios of each kind are alive at once, from 1 to 10000
        #[arg(long, default_value_t = 1000, value_parser = coro_cli::number(1..=MAX_STATIONS), allow_negative_numbers = true)]
        stations: u32,
        /// The stack each stackful radio asks for, in KiB, from 4 to 65536
        #[arg(long, value_name = "KIB", default_value_t = 1024, value_parser = coro_cli::number(STACK_KIB), allow_negative_numbers = true)]
        stack_kib: u32,
    },
    /// Recurse LEVELS deep in a coroutine on a stack of --stack-kib KiB, one line per
    /// level; too deep for the stack, the guard page ends the process with SIGSEGV
    #[command(hide = true)]
    Overflow {
        /// How deep to recurse, from 1 to 1000000
        #[arg(default_value_t = MAX_LEVELS, value_parser = coro_cli::number(1..=MAX_LEVELS), allow_negative_numbers = true)]
        levels: u32,
        /// The coroutine's stack, in KiB, from 4 to 65536
        #[arg(long, value_name = "KIB", default_value_t = 16, value_parser = coro_cli::number(STACK_KIB), allow_negative_numbers = true)]
        stack_kib: u32,
    },
}

fn main() -> std::process::ExitCode {
    let Cli { show, trace } = coro_cli::parse();
    let show = show.unwrap_or(Show::Radio(RadioArgs {
        style: Default::default(),
        songs: 7,
    }));
    // Measured before anything is written: a measurement that fails is not a failed write.
    if let Show::Price {
        stations,
        stack_kib,
    } = show
    {
        return match price::measure(stations as usize, kib(stack_kib)) {
            Ok(measured) => coro_cli::run(|out| price::report(&measured, out)),
            Err(err) => {
                coro_cli::complain(format_args!("cannot measure the price: {err}"));
                std::process::ExitCode::FAILURE
            }
        };
    }
    coro_cli::run(|out| {
        coro_cli::trace::shown(trace.into(), out, |out| match show {
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
            // Measured and printed above.
            Show::Price { .. } => Ok(()),
            Show::Overflow { levels, stack_kib } => {
                price::overflow(kib(stack_kib), levels, out)
            }
        })
    })
}

/// KiB as bytes.
fn kib(kib: u32) -> usize {
    kib as usize * 1024
}
