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
}

fn main() -> std::process::ExitCode {
    let Cli { radio } = coro_cli::parse();
    coro_cli::run(|out| radio_station(radio.style, radio.songs, out))
}
