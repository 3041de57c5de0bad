//! `step02-generator`: the radio station as a generator. With no arguments it prints
//! what the talk's program prints; for any settings it prints what step 1 prints.

use clap::Parser;
use std::io::{self, Write};
use step01_function::cli::RadioArgs;
use step02_generator::{radio, radio_station};

/// The radio station as a coroutine: one song per resume.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    #[command(flatten)]
    radio: RadioArgs,
    /// Print the size of the coroutine's frame ("frame: N bytes") instead of playing.
    #[arg(long, conflicts_with_all = ["style", "songs", "trace"])]
    frame_size: bool,
    #[command(flatten)]
    trace: coro_cli::trace::Flag,
}

fn main() -> std::process::ExitCode {
    let Cli {
        radio,
        frame_size,
        trace,
    } = coro_cli::parse();
    if frame_size {
        return coro_cli::run(|out| {
            writeln!(out, "frame: {} bytes", radio::frame_size())
        });
    }
    coro_cli::run(|out| coro_cli::trace::shown(trace, out, |out| listen(radio, out)))
}

// ANCHOR: main
/// The talk's `main`: ask for the next song until there is none, print each one.
fn listen(settings: RadioArgs, out: &mut dyn Write) -> io::Result<()> {
    let mut radio = radio_station(settings.style, settings.songs);
    while radio.next_song() {
        if let Some(song) = radio.value() {
            writeln!(out, "{song}")?;
        }
    }
    Ok(())
}
// ANCHOR_END: main
