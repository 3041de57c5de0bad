//! `letters`: C++23's `std::generator` example. Prints the 26 letters from 'a', each
//! followed by a space, then a newline, as the talk's program does.

use clap::Parser;
use step02_generator::letters::letters;

/// An endless generator of letters, of which we take 26.
#[derive(Parser)]
#[command(version, about)]
struct Cli {}

fn main() -> std::process::ExitCode {
    let Cli {} = coro_cli::parse();
    coro_cli::run(|out| {
        // ANCHOR: main
        for letter in letters('a').take(26) {
            write!(out, "{letter} ")?;
        }
        writeln!(out)
        // ANCHOR_END: main
    })
}
