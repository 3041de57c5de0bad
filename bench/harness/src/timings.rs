//! `cargo xtask bench --workshop`: how long a learner waits. A first build of the steps,
//! a first build of the book, a change to one step followed by running it, and what the
//! cost benchmark adds to CI (its crate built from nothing in the bench profile).
//!
//! "From nothing" means an empty `CARGO_TARGET_DIR`: the crates are already downloaded
//! (cargo's registry lives outside the target directory), as after a first `cargo fetch`.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Instant, SystemTime};

use super::report::anchored_file;
use anyhow::{Context, Result};
use tool_shell::output::say;
use tool_shell::process::Cmd;

/// Where the timings go; `cost.md` includes it.
pub const TIMINGS: &str = "book/src/cost/workshop.inc";

/// The step whose source is touched before the edit-then-run.
const EDITED: &str = "step02-generator/src/radio.rs";

/// The commands timed, in order: their anchor in the file, what each is, as typed, and
/// the target directory each starts from (empty, but the edit-then-run reuses the first
/// build's).
const TIMED: [(&str, &str, &str, &str); 4] = [
    (
        "cold-steps",
        "first build of the steps",
        "cargo build --workspace --exclude xtask --exclude coro-bench",
        "steps",
    ),
    ("edit-run", "edit one step, run it", "cargo run -q -p step02-generator", "steps"),
    ("cold-book", "first build of the book", "cargo xtask book", "book"),
    (
        "cold-bench",
        "first build of the cost benchmark (what `bench --quick` adds to CI)",
        "cargo bench -p coro-bench --no-run",
        "bench",
    ),
];

/// Times the four commands, prints and writes them.
pub fn run(root: &Path) -> Result<()> {
    // Removed when dropped, whatever happens.
    let scratch = tempfile::Builder::new().prefix("coro-workshop-").tempdir();
    let scratch = scratch.context("a temporary directory")?;
    let mut timings = Vec::new();
    for (anchor, what, command, target_dir) in TIMED {
        if anchor == "edit-run" {
            // The edit: the file's modification time moves to now, its contents stay.
            say(format_args!("$ touch {EDITED}"))?;
            let path = root.join(EDITED);
            let file = std::fs::File::options().append(true).open(&path);
            let file = file.with_context(|| path.display().to_string())?;
            file.set_modified(SystemTime::now()).with_context(|| path.display().to_string())?;
        }
        let target_dir = scratch.path().join(target_dir);
        std::fs::create_dir_all(&target_dir).with_context(|| target_dir.display().to_string())?;
        let mut words = command.split_whitespace();
        let cmd = Cmd::new(words.next().unwrap_or("cargo")).args(words).dir(root);
        // The programs' own output is not what is measured.
        let cmd = cmd.env("CARGO_TARGET_DIR", &target_dir).discard_stdout();
        let started = Instant::now();
        cmd.run()?;
        let seconds = started.elapsed().as_secs_f64();
        say(format_args!("{what}: {seconds:.1}s"))?;
        timings.push((anchor, what, command, seconds));
    }
    drop(scratch);
    let cpu = super::host::cpu_model().unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    super::report::write(root, &[(TIMINGS, file(&timings, &cpu, cores))])
}

/// The file, from each command's `(anchor, what, as typed, seconds)`: a table of the
/// commands, and each figure between its anchors.
fn file(timings: &[(&str, &str, &str, f64)], cpu: &str, cores: usize) -> String {
    let mut table = String::from("| what | command | seconds |\n|---|---|---:|\n");
    for (_, what, command, seconds) in timings {
        let _ = writeln!(table, "| {what} | `{command}` | {seconds:.1} |");
    }
    let _ = write!(
        table,
        "\nOn {cpu}, {cores} cores; each build in an empty `CARGO_TARGET_DIR`, the edit-then-run after the first build of the steps, right after `touch {EDITED}`."
    );
    let figures =
        timings.iter().map(|(anchor, .., seconds)| (anchor.to_string(), format!("{seconds:.1}")));
    anchored_file("bench --workshop", std::iter::once(("table".into(), table)).chain(figures))
}

#[cfg(test)]
mod tests;
