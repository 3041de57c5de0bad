//! `--trace`: instead of its show, a program prints one line per event of the coroutine
//! machinery, in the format every step and every C++ counterpart shares (the book's
//! "How to read a trace"; the C++ side is `support/cpp/trace.hpp`):
//!
//! ```text
//! <actor> <verb> [<object>] ["<text>"]
//! caller resume radio
//! radio yield "Public Enemy -> Fight The Power"
//! ```
//!
//! Off unless `main` turns it on, and then cheap to ask about: [`on`] is one load of a
//! static flag, so the machinery can trace without slowing the benchmarks down. Events
//! are kept in order on the thread that made them until [`write_to`] hands them to the
//! program's output, where a failing write is handled as every other one
//! ([`crate::output`]).

use std::cell::RefCell;
use std::fmt::{self, Display, Write as _};
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

/// The `--trace` flag, for a program's `#[command(flatten)]`.
#[derive(clap::Args, Debug, Clone, Copy)]
pub struct Flag {
    /// Print one line per event of the coroutine machinery (resume, yield, suspend, …)
    /// instead of the show
    #[arg(long)]
    pub trace: bool,
}

/// The same flag for a program with subcommands (steps 8 and 9): taken before the
/// subcommand or after it.
#[derive(clap::Args, Debug, Clone, Copy)]
pub struct GlobalFlag {
    /// Print one line per event of the coroutine machinery (resume, yield, suspend, …)
    /// instead of the show
    #[arg(long, global = true)]
    pub trace: bool,
}

impl From<GlobalFlag> for Flag {
    fn from(GlobalFlag { trace }: GlobalFlag) -> Self {
        Flag { trace }
    }
}

static ON: AtomicBool = AtomicBool::new(false);

thread_local! {
    static LINES: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Turns tracing on, for the whole program.
pub fn enable() {
    ON.store(true, Ordering::Relaxed);
}

/// Whether tracing is on ([`crate::trace!`] asks before it formats anything).
#[inline]
pub fn on() -> bool {
    ON.load(Ordering::Relaxed)
}

/// Keeps one event line; [`crate::trace!`] is the way to call it.
pub fn event(line: fmt::Arguments<'_>) {
    LINES.with_borrow_mut(|lines| {
        let _ = writeln!(lines, "{line}");
    });
}

/// Writes the events kept so far on this thread to `out`, and forgets them.
pub fn write_to(out: &mut dyn io::Write) -> io::Result<()> {
    out.write_all(LINES.take().as_bytes())
}

/// Runs a program's body with `--trace` or without. Without, the body writes its show to
/// `out`. With, every line the body writes becomes an event `caller print "<line>"` (the
/// program's output, whoever wrote the line: the C++ side says the same), in
/// order with the events the machinery made before it, and the events left at the end (a
/// frame destroyed as the body returned) follow.
pub fn shown(
    flag: Flag,
    out: &mut dyn io::Write,
    body: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
) -> io::Result<()> {
    if !flag.trace {
        return body(out);
    }
    enable();
    let mut lines = Printer {
        line: Vec::new(),
        out,
    };
    body(&mut lines)?;
    write_to(lines.out)
}

/// What [`shown`] gives the body to write to while tracing.
struct Printer<'a> {
    line: Vec<u8>,
    out: &'a mut dyn io::Write,
}

impl io::Write for Printer<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        for &byte in bytes {
            if byte != b'\n' {
                self.line.push(byte);
                continue;
            }
            let line = String::from_utf8_lossy(&self.line);
            event(format_args!("caller print {}", quoted(line)));
            self.line.clear();
            write_to(self.out)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `text` in double quotes, with `"` and `\` escaped by a `\`: the one way a trace writes
/// a value (a song, a score), whatever it holds.
pub fn quoted(text: impl Display) -> String {
    let mut quoted = String::from("\"");
    for c in text.to_string().chars() {
        if matches!(c, '"' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted + "\""
}

/// `trace!("caller resume {name}")`: one event, formatted only when tracing is on.
#[macro_export]
macro_rules! trace {
    ($($line:tt)+) => {
        if $crate::trace::on() {
            $crate::trace::event(::std::format_args!($($line)+));
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_quoted_with_its_quotes_and_backslashes_escaped() {
        assert_eq!(
            quoted("Run DMC -> Walk Thiw Way"),
            r#""Run DMC -> Walk Thiw Way""#
        );
        assert_eq!(quoted(r#"say "hi" \o/"#), r#""say \"hi\" \\o/""#);
    }

    #[test]
    fn events_are_kept_in_order_until_written() {
        event(format_args!("caller resume radio"));
        event(format_args!("radio yield {}", quoted("a")));
        let mut out = Vec::new();
        write_to(&mut out).unwrap();
        assert_eq!(out, b"caller resume radio\nradio yield \"a\"\n");
        write_to(&mut out).unwrap();
        assert_eq!(
            out, b"caller resume radio\nradio yield \"a\"\n",
            "written once"
        );
    }
}
