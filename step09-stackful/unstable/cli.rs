//! What both unstable radios share, beside the lesson: their arguments, read from argv the
//! simple way (no clap: these programs link only step 1's library), and the workspace's
//! rules for output (a reader that leaves is success, a failed write is one line and exit
//! code 1, a bad argument one line and exit code 2). Stable Rust: no feature is used here.

use std::io::{self, Write};
use std::process::ExitCode;
use step01_function::Style;

/// The most songs a show may have, as in every step's `--songs`.
const MAX_SONGS: u32 = 1_000_000;

/// The arguments after the program's name, or the one-line reason they were refused.
pub fn args() -> Result<Vec<String>, String> {
    std::env::args_os()
        .skip(1)
        .map(|arg| {
            arg.into_string()
                .map_err(|arg| format!("{arg:?} is not UTF-8"))
        })
        .collect()
}

/// `rap` or `electronic`; the talk's style when absent.
pub fn style(arg: Option<&String>) -> Result<Style, String> {
    match arg.map(String::as_str) {
        None | Some("rap") => Ok(Style::Rap),
        Some("electronic") => Ok(Style::Electronic),
        Some(other) => Err(format!("{other:?} is not a style: rap or electronic")),
    }
}

/// Digits only, up to `max`; `default` when absent.
pub fn number(arg: Option<&String>, max: u32, default: u32) -> Result<u32, String> {
    let Some(arg) = arg else { return Ok(default) };
    let digits = !arg.is_empty() && arg.bytes().all(|b| b.is_ascii_digit());
    match arg.parse::<u32>() {
        Ok(n) if digits && n <= max && (n == 0 || !arg.starts_with('0')) => Ok(n),
        _ => Err(format!("{arg:?} is not a whole number from 0 to {max}")),
    }
}

/// How many songs to play; the talk's seven when absent.
pub fn songs(arg: Option<&String>) -> Result<u32, String> {
    number(arg, MAX_SONGS, 7)
}

/// Runs the show on buffered standard output, or refuses the arguments.
pub fn run(
    usage: &str,
    show: Result<impl FnOnce(&mut dyn Write) -> io::Result<()>, String>,
) -> ExitCode {
    let show = match show {
        Ok(show) => show,
        Err(reason) => {
            let _ = writeln!(io::stderr(), "error: {reason}; usage: {usage}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = show(&mut out).and_then(|()| out.flush());
    let _ = out.into_parts(); // what failed to be written is not retried on drop
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(io::stderr(), "error: cannot write the output: {err}");
            ExitCode::FAILURE
        }
    }
}
