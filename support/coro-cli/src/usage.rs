//! Parsing the command line, and what a user sees when it is wrong.

use crate::output::{complain_raw, write_stdout};
use std::ffi::OsString;

/// Exit code for input the program refuses (the same code clap uses).
pub const USAGE_ERROR: u8 = 2;

/// The last line of every usage error.
pub const HELP_POINTER: &str = "For more information, try '--help'.";

/// Parses the command line into `T`; on a bad argument prints at most three lines and
/// exits with 2. `--help` and `--version` print in full and exit with 0, or with 1 if
/// standard output fails.
pub fn parse<T: clap::Parser>() -> T {
    parse_from(std::env::args_os()).unwrap_or_else(|code| std::process::exit(code.into()))
}

/// [`parse`] for a given argument list: `Err` carries the exit code after the message
/// has been printed. Split out so tests can call it.
pub fn parse_from<T, I>(args: I) -> Result<T, u8>
where
    T: clap::Parser,
    I: IntoIterator,
    I::Item: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    T::try_parse_from(&args).map_err(|err| {
        if !err.use_stderr() {
            // --help or --version: clap's full text is what the user asked for.
            return match write_stdout(&err.render().to_string()) {
                Ok(()) => 0,
                Err(_) => 1, // already said by write_stdout
            };
        }
        complain_raw(&shorten(&err.render().to_string(), &args));
        USAGE_ERROR
    })
}

/// clap's error in at most three lines: the error itself (with the list of missing
/// arguments joined onto it), the allowed values or clap's tip if it gave one, and the
/// pointer to `--help`. The usage block and blank lines go; nothing is cut inside a line.
/// A control character in one of the user's arguments is shown escaped (`\n`), so that
/// an argument cannot break the message into lines of its own.
pub fn shorten(message: &str, args: &[OsString]) -> String {
    let message = escape_arguments(message, args);
    let mut lines = message.lines().map(str::trim_end).filter(|l| !l.is_empty());
    let mut first = lines.next().unwrap_or("error: bad arguments").to_owned();
    let mut detail = None;
    let mut rest = lines.peekable();
    // "the following required arguments were not provided:" is followed by the list.
    if first.ends_with(':') {
        let missing: Vec<&str> = std::iter::from_fn(|| {
            rest.next_if(|l| l.starts_with("  ") && !is_detail(l))
                .map(str::trim)
        })
        .collect();
        if !missing.is_empty() {
            first = format!("{first} {}", missing.join(", "));
        }
    }
    for line in rest {
        if detail.is_none() && is_detail(line) {
            detail = Some(line);
        }
    }
    let mut short = first;
    if let Some(detail) = detail {
        short = format!("{short}\n{detail}");
    }
    format!("{short}\n{HELP_POINTER}")
}

/// The lines of clap's message worth keeping after its first: what values are allowed,
/// and its tip (a similar argument, or how to pass a value that starts with `-`).
fn is_detail(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("[possible values:") || line.starts_with("tip:")
}

/// Replaces each quoted argument that holds a control character by its escaped form.
/// Only the quoted form is replaced: clap quotes what the user typed ('…'), and an
/// argument that is a bare newline must not touch the message's own line breaks.
fn escape_arguments(message: &str, args: &[OsString]) -> String {
    let mut message = message.to_owned();
    for arg in args {
        let arg = arg.to_string_lossy();
        if arg.chars().any(char::is_control) {
            let escaped: String = arg
                .chars()
                .map(|c| {
                    if c.is_control() {
                        c.escape_debug().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            // clap's plain text has its own escape sequences stripped, and the user's
            // with them: look for the argument as clap shows it.
            let shown = clap::builder::StyledStr::from(arg.to_string()).to_string();
            message = message.replace(&format!("'{shown}'"), &format!("'{escaped}'"));
        }
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Parser, ValueEnum};

    #[derive(Clone, Copy, ValueEnum, Debug)]
    enum Wake {
        Queue,
        Direct,
    }

    #[derive(Parser, Debug)]
    #[command(name = "radio")]
    struct Radio {
        #[arg(long)]
        port: u16,
        #[arg(long, value_enum, default_value_t = Wake::Queue)]
        wake: Wake,
        #[arg(long)]
        loud: bool,
    }

    /// What a user sees for `args` (after the program's name).
    fn seen(args: &[&str]) -> String {
        let args: Vec<OsString> =
            ["radio"].iter().chain(args).map(OsString::from).collect();
        let err = Radio::try_parse_from(&args).unwrap_err();
        shorten(&err.render().to_string(), &args)
    }

    #[test]
    fn usage_errors_keep_their_facts_in_three_lines_at_most() {
        let table: [(&[&str], &str); 5] = [
            (
                &["--port", "1", "--wake", "sideways"],
                "error: invalid value 'sideways' for '--wake <WAKE>'\n  [possible values: queue, direct]",
            ),
            (
                &[],
                "error: the following required arguments were not provided: --port <PORT>",
            ),
            (
                &["--port", "1", "--lod"],
                "error: unexpected argument '--lod' found\n  tip: a similar argument exists: '--loud'",
            ),
            (
                &["--port", "1", "extra"],
                "error: unexpected argument 'extra' found",
            ),
            (
                &["--port", "a\nb\u{1b}[31m"],
                "error: invalid value 'a\\nb\\u{1b}[31m' for '--port <PORT>': invalid digit found in string",
            ),
        ];
        for (args, expected) in table {
            assert_eq!(
                seen(args),
                format!("{expected}\n{HELP_POINTER}"),
                "{args:?}"
            );
        }
    }

    #[test]
    fn an_argument_that_is_a_bare_newline_leaves_the_line_breaks_alone() {
        assert_eq!(
            seen(&["--port", "\n"]),
            format!(
                "error: invalid value '\\n' for '--port <PORT>': invalid digit found in string\n{HELP_POINTER}"
            )
        );
    }
}
