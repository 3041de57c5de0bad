//! `step01-function`: plays the whole show in one function call. With no arguments it
//! prints what the talk's program prints (seven rap songs).

use clap::Parser;
use step01_function::{cli::RadioArgs, radio_station};

/// The radio station as a plain function: every song at once.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    #[command(flatten)]
    radio: RadioArgs,
    #[command(flatten)]
    trace: coro_cli::trace::Flag,
}

fn main() -> std::process::ExitCode {
    let Cli { radio, trace } = coro_cli::parse();
    coro_cli::run(|out| {
        coro_cli::trace::shown(trace, out, |out| {
            radio_station(radio.style, radio.songs, out)
        })
    })
}
