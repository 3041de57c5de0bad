//! `letters`: C++23's `std::generator` example. Prints the 26 letters from 'a', each
//! followed by a space, then a newline, as the talk's program does.

use clap::Parser;
use std::io::{self, Write};
use step02_generator::letters::letters;

/// An endless generator of letters, of which we take 26.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {}

fn main() -> std::process::ExitCode {
    let Cli {} = coro_cli::parse();
    coro_cli::run(alphabet)
}

// ANCHOR: main
/// Takes the first 26 of an endless sequence: the generator never runs past them.
fn alphabet(out: &mut dyn Write) -> io::Result<()> {
    for letter in letters('a').take(26) {
        write!(out, "{letter} ")?;
    }
    writeln!(out)
}
// ANCHOR_END: main
