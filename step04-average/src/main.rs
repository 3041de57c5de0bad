//! `step04-average`: the average of the numbers on the command line, one number per
//! resume. With no arguments it prints what the talk's program prints.

use clap::Parser;
use std::process::ExitCode;
use step04_average::{Numbers, TALKS_NUMBERS, coroutine, print_average};

/// An average computed by a coroutine, one number per resume.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    /// Whole numbers from -2147483648 to 2147483647.
    #[arg(default_values_t = TALKS_NUMBERS, allow_negative_numbers = true,
          value_parser = coro_cli::number(i32::MIN..=i32::MAX))]
    numbers: Vec<i32>,
    /// Print the size of the coroutine's frame ("frame: N bytes") instead of averaging.
    #[arg(long, conflicts_with_all = ["numbers", "trace"])]
    frame_size: bool,
    #[command(flatten)]
    trace: coro_cli::trace::Flag,
}

fn main() -> ExitCode {
    let Cli {
        numbers,
        frame_size,
        trace,
    } = coro_cli::parse();
    if frame_size {
        return coro_cli::run(|out| {
            writeln!(out, "frame: {} bytes", coroutine::frame_size())
        });
    }
    // No arguments means the talk's numbers, so clap never hands over an empty list; the
    // library refuses one all the same, and this is how the binary would say so.
    let numbers = match Numbers::new(numbers) {
        Ok(numbers) => numbers,
        Err(no_numbers) => return coro_cli::refuse(no_numbers),
    };
    coro_cli::run(|out| {
        coro_cli::trace::shown(trace, out, |out| print_average(numbers, out))
    })
}
