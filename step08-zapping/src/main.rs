//! `step08-zapping`: a listener zapping between two stations. With no arguments, the
//! zapping show; `join`, `select`, `timeout` and `stream` play the others. `cpp/zapping.cpp`
//! prints the same for the same arguments.

use clap::{Parser, Subcommand};
use step08_zapping::play;
use step08_zapping::shows::{self, MAX_SONGS};

/// A listener zapping between a rap station (a song every 3 minutes) and an electronic
/// one (every 7), all in one task.
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
    /// Each round, race the two stations for their next song; keep the first (the
    /// default show, with 6 rounds)
    Zap {
        /// How many rounds, from 1 to 6
        #[arg(
            long,
            default_value_t = MAX_SONGS,
            value_parser = coro_cli::number(1..=MAX_SONGS),
            allow_negative_numbers = true
        )]
        rounds: u32,
        /// Wait for songs in a way that is not cancel-safe, and lose some
        #[arg(long)]
        careless: bool,
    },
    /// Both shows to their end, interleaved
    Join(Songs),
    /// The two shows raced: the first to end wins, the other is dropped mid-show
    Select(Songs),
    /// Electronic until the top of the hour: a select against a timer
    Timeout,
    /// The stations as streams, merged
    Stream(Songs),
}

/// `--songs N`; each show has its own default.
#[derive(clap::Args)]
struct Songs {
    /// Songs per station, from 1 to 6 [default: 1 for select, 3 for join and stream]
    #[arg(
        long,
        value_parser = coro_cli::number(1..=MAX_SONGS),
        allow_negative_numbers = true
    )]
    songs: Option<u32>,
}

fn main() -> std::process::ExitCode {
    let Cli { show, trace } = coro_cli::parse();
    let show = show.unwrap_or(Show::Zap {
        rounds: MAX_SONGS,
        careless: false,
    });
    coro_cli::run(|out| {
        coro_cli::trace::shown(trace.into(), out, |out| {
            let lines = transcript(show);
            if trace.trace {
                return Ok(()); // each line was a `caller print` event as it was said
            }
            lines.iter().try_for_each(|line| writeln!(out, "{line}"))
        })
    })
}

fn transcript(show: Show) -> Vec<String> {
    match show {
        Show::Zap { rounds, careless } => {
            play(|clock, said| shows::zap(clock, said, rounds, careless))
        }
        Show::Join(Songs { songs }) => {
            play(|clock, said| shows::join(clock, said, songs.unwrap_or(3)))
        }
        Show::Select(Songs { songs }) => {
            play(|clock, said| shows::select(clock, said, songs.unwrap_or(1)))
        }
        Show::Timeout => play(shows::timeout),
        Show::Stream(Songs { songs }) => {
            play(|clock, said| shows::stream(clock, said, songs.unwrap_or(3)))
        }
    }
}
