//! The command-line conventions every step's binary shares, so that each `main.rs` stays a
//! few lines long and every binary refuses bad input the same way:
//!
//! - a bad argument gets **one** line on standard error and exit code 2 (clap's own error
//!   adds a usage block and a "try --help" line; a workshop terminal wants the one line);
//! - counts are bounded, and a value out of bounds is refused, never truncated;
//! - writing to a pipe that was closed (`step01-function | head -1`) ends the program
//!   quietly instead of panicking inside `println!`.
//!
//! It is not about coroutines at all; no step's library depends on it.

use std::io::{self, Write};
use std::process::ExitCode;

/// Exit code for input the program refuses (the same code clap uses).
pub const USAGE_ERROR: u8 = 2;

/// Parses the command line into `T`; on a bad argument prints one line and exits with 2.
///
/// `--help` and `--version` still print in full and exit with 0.
pub fn parse<T: clap::Parser>() -> T {
    parse_from(std::env::args_os()).unwrap_or_else(|code| std::process::exit(code.into()))
}

/// [`parse`] for a given argument list: `Err` carries the exit code after the message
/// has been printed. Split out so tests can call it.
pub fn parse_from<T, I>(args: I) -> Result<T, u8>
where
    T: clap::Parser,
    I: IntoIterator,
    I::Item: Into<std::ffi::OsString> + Clone,
{
    T::try_parse_from(args).map_err(|err| {
        if !err.use_stderr() {
            // --help or --version: clap's full text is what the user asked for.
            let _ = err.print();
            return 0;
        }
        eprintln!("{}", one_line(&err.to_string()));
        USAGE_ERROR
    })
}

/// The first line of clap's message, which already names the argument and the reason
/// ("error: invalid value '-1' for '--songs <N>': …").
fn one_line(message: &str) -> &str {
    message
        .lines()
        .next()
        .unwrap_or("error: bad arguments")
        .trim_end()
}

/// A clap parser for a count from 0 to `max`: values outside are refused with the range
/// in the message, including negative numbers.
pub fn count(max: u32) -> impl clap::builder::TypedValueParser<Value = u32> {
    clap::value_parser!(u32).range(0..=i64::from(max))
}

/// Runs a program body that writes to standard output.
///
/// A closed pipe on the reading side is a normal way for a reader to say "enough", so it
/// ends the program with success and no message; any other I/O error is one line and
/// exit code 1.
pub fn run(body: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match body(&mut out).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// What the steps' tests share to check the conventions above from outside a binary.
pub mod testing {
    use std::process::{Command, Output, Stdio};

    /// Asserts that a run was refused the workspace's way: exit code 2, nothing on standard
    /// output, and exactly one line on standard error, an `error: ` naming `reason`.
    pub fn assert_refused(output: Output, reason: &str) {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            "",
            "nothing on stdout"
        );
        assert_eq!(
            stderr.lines().count(),
            1,
            "one line on stderr, got: {stderr}"
        );
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(
            stderr.contains(reason),
            "{stderr:?} should contain {reason:?}"
        );
    }

    /// Runs `command` with a reader that goes away at once: the program must end with
    /// success and say nothing, rather than panic inside `println!`. Give it enough to
    /// print that the pipe fills.
    pub fn assert_quiet_when_the_reader_leaves(command: &mut Command) {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the program");
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("wait for the program");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "");
        assert!(output.status.success(), "{}", output.status);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser, Debug)]
    struct Radio {
        #[arg(long, default_value_t = 7, value_parser = count(1_000_000), allow_negative_numbers = true)]
        songs: u32,
    }

    #[test]
    fn clap_errors_shrink_to_their_first_line() {
        let err = Radio::try_parse_from(["radio", "--songs", "many"]).unwrap_err();
        assert_eq!(
            one_line(&err.to_string()),
            "error: invalid value 'many' for '--songs <SONGS>': invalid digit found in string"
        );
    }

    #[test]
    fn assert_refused_accepts_only_one_error_line_and_exit_code_2() {
        use std::os::unix::process::ExitStatusExt;
        use std::process::{ExitStatus, Output};
        let run = |code: i32, stdout: &str, stderr: &str| Output {
            status: ExitStatus::from_raw(code << 8),
            stdout: stdout.into(),
            stderr: stderr.into(),
        };
        testing::assert_refused(run(2, "", "error: too loud\n"), "too loud");
        for refused_wrongly in [
            run(1, "", "error: too loud\n"),
            run(2, "song\n", "error: too loud\n"),
            run(2, "", "error: too loud\n\nUsage: radio\n"),
            run(2, "", "warning: too loud\n"),
            run(2, "", "error: too quiet\n"),
        ] {
            let caught =
                std::panic::catch_unwind(|| testing::assert_refused(refused_wrongly, "too loud"));
            assert!(caught.is_err());
        }
    }

    #[test]
    fn counts_out_of_range_are_refused_not_truncated() {
        assert_eq!(
            parse_from::<Radio, _>(["radio", "--songs", "1000001"]).unwrap_err(),
            2
        );
        assert_eq!(
            parse_from::<Radio, _>(["radio", "--songs", "-1"]).unwrap_err(),
            2
        );
        let radio: Radio = parse_from(["radio", "--songs", "1000000"]).unwrap();
        assert_eq!(radio.songs, 1_000_000);
    }
}
