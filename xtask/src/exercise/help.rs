//! `--hint` and `--solution`: help in growing doses, the whole answer only when asked twice.

use std::io::{BufRead, Write};

use super::Workshop;
use super::catalog::{Exercise, shown};
use super::progress::Progress;
use crate::Result;

/// Shows the hint after the last one shown (the last one again once all are out), and
/// remembers it in the workshop's progress file.
pub fn hint(workshop: &Workshop, exercise: &Exercise, out: &mut dyn Write) -> Result<()> {
    let id = exercise.id;
    let mut progress = Progress::load(&workshop.progress_file());
    let count = exercise.hints.len();
    let number = (progress.hints_shown(id) + 1).min(count);
    let path = &exercise.hints[number - 1];
    let text = std::fs::read_to_string(path).map_err(|err| format!("{}: {err}", shown(path)))?;
    let after = if number < count {
        format!(
            "`cargo xtask exercise {id} --hint` again shows hint {} of {count}.",
            number + 1
        )
    } else {
        format!(
            "That was the last hint; `cargo xtask exercise {id} --solution` shows the solution."
        )
    };
    writeln!(
        out,
        "Hint {number} of {count} for exercise {id}:\n\n{}\n\n{after}",
        text.trim_end()
    )
    .map_err(|err| err.to_string())?;
    progress.set_hints_shown(id, number);
    std::fs::create_dir_all(&workshop.dir)
        .map_err(|err| format!("{}: {err}", shown(&workshop.dir)))?;
    progress.save(&workshop.progress_file())
}

/// Prints the solution once the learner confirms on `input` (or at once with `yes`). The
/// learner's file is left as it is: reading an answer is not the same as writing it.
pub fn solution(
    exercise: &Exercise,
    yes: bool,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<()> {
    let id = exercise.id;
    let io = |err: std::io::Error| err.to_string();
    if !yes {
        write!(
            out,
            "Show the solution to exercise {id}? It gives the exercise away. [y/N] "
        )
        .map_err(io)?;
        out.flush().map_err(io)?;
        let mut answer = String::new();
        // End of input (no terminal, nobody typing) is a no.
        if input.read_line(&mut answer).map_err(io)? == 0 {
            writeln!(out).map_err(io)?;
        }
        if !matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            writeln!(
                out,
                "Not shown. `cargo xtask exercise {id} --hint` gives a smaller push."
            )
            .map_err(io)?;
            return Ok(());
        }
    }
    let path = exercise.solution();
    let text = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", shown(&path)))?;
    writeln!(
        out,
        "The solution to exercise {id} ({}):\n\n{}",
        shown(&path),
        text.trim_end()
    )
    .map_err(io)?;
    Ok(())
}
