//! `step05-awaiter`: the radio, scored song by song; the coroutine reports each score
//! when it goes on. With no arguments it prints what the talk's program prints (seven rap
//! songs, each scored 10).

use clap::Parser;
use clap::builder::TypedValueParser;
use std::io;
use step01_function::cli::RadioArgs;
use step05_awaiter::{Score, play, play_interactively, station};

/// The radio station with a custom awaiter: each song's score goes back into the coroutine.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    #[command(flatten)]
    radio: RadioArgs,
    /// The score the listener gives every song, from 0 to 10.
    #[arg(
        long,
        default_value_t = Score::MAX,
        value_parser = coro_cli::count(Score::MAX.points().into()).try_map(Score::try_from),
        allow_negative_numbers = true,
        conflicts_with = "interactive",
    )]
    score: Score,
    /// Ask for each song's score on standard input (the questions go to standard error)
    /// and print the average at the end.
    #[arg(long)]
    interactive: bool,
    /// Print the size of the coroutine's frame ("frame: N bytes") instead of playing.
    #[arg(long, conflicts_with_all = ["style", "songs", "score", "interactive", "trace"])]
    frame_size: bool,
    #[command(flatten)]
    trace: coro_cli::trace::Flag,
}

fn main() -> std::process::ExitCode {
    let Cli {
        radio,
        score,
        interactive,
        frame_size,
        trace,
    } = coro_cli::parse();
    if frame_size {
        return coro_cli::run(|out| {
            writeln!(out, "frame: {} bytes", station::frame_size())
        });
    }
    if interactive {
        let (mut answers, mut questions) = (io::stdin().lock(), io::stderr().lock());
        coro_cli::run(|out| {
            coro_cli::trace::shown(trace, out, |out| {
                play_interactively(
                    radio.style,
                    radio.songs,
                    &mut answers,
                    out,
                    &mut questions,
                )
            })
        })
    } else {
        coro_cli::run(|out| {
            coro_cli::trace::shown(trace, out, |out| {
                play(radio.style, radio.songs, score, out)
            })
        })
    }
}
