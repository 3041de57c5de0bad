//! `--hint` and `--solution`: help in growing doses, the whole answer only when asked twice.

use std::io::{self, BufRead, Read, Write};

use super::Learner;
use super::catalog::{Exercise, shown};
use super::progress::Progress;
use crate::{Context, Result};
use tool_shell::output::Output;

/// The longest answer read: "yes" with room for spaces around it. A longer line is no
/// answer (a no), and is not kept.
const LONGEST_ANSWER: usize = 64;

/// How much more of a line too long to be an answer is read and thrown away, so that what
/// was typed on a terminal does not reach the shell as a command after us (a terminal's
/// line holds 4096 bytes). Past this the input is endless (`</dev/zero`) and left unread.
const SKIPPED_AT_MOST: u64 = 64 * 1024;

/// Shows the hint after the last one shown (the last one again once all are out), and
/// remembers it in the workshop's progress file.
pub fn hint(learner: &Learner, exercise: &Exercise, out: &mut dyn Write) -> Result<()> {
    let (id, count) = (exercise.id, exercise.hints.len());
    let mut progress = Progress::load(&learner.progress_file());
    let number = (progress.hints_shown(id) + 1).min(count);
    let path = &exercise.hints[number - 1];
    let text = std::fs::read_to_string(path).with_context(|| shown(path))?;
    let after = if number < count {
        format!("`cargo xtask exercise {id} --hint` again shows hint {} of {count}.", number + 1)
    } else {
        format!(
            "That was the last hint; `cargo xtask exercise {id} --solution` shows the solution."
        )
    };
    writeln!(out, "Hint {number} of {count} for exercise {id}:\n\n{}\n\n{after}", text.trim_end())
        .map_err(Output)?;
    progress.hints.insert(id, number);
    std::fs::create_dir_all(&learner.dir).with_context(|| shown(&learner.dir))?;
    progress.save(&learner.progress_file())
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
    let question = format!("Show the solution to exercise {id}? It gives the exercise away.");
    if !yes && !confirm(&question, input, out)? {
        writeln!(out, "Not shown. `cargo xtask exercise {id} --hint` gives a smaller push.")
            .map_err(Output)?;
        return Ok(());
    }
    let path = &exercise.solution;
    let text = std::fs::read_to_string(path).with_context(|| shown(path))?;
    Ok(writeln!(out, "The solution to exercise {id} ({}):\n\n{}", shown(path), text.trim_end())
        .map_err(Output)?)
}

/// Asks `question` with `[y/N]` and reads the answer from `input`: whether it is yes.
pub fn confirm(question: &str, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<bool> {
    write!(out, "{question} [y/N] ").and_then(|()| out.flush()).map_err(Output)?;
    let Some(answer) = read_answer(input).context("cannot read the answer")? else {
        // End of input (no terminal, nobody typing) is a no, on a line of its own.
        writeln!(out).map_err(Output)?;
        return Ok(false);
    };
    // `y` or `yes`, in any case, with spaces around it.
    Ok(matches!(answer.trim_ascii().to_ascii_lowercase().as_slice(), b"y" | b"yes"))
}

/// One line of `input`, without its newline; `None` at the end of the input. The way
/// step 5's `read_answer` reads a score (mirrored, not shared: xtask depends on no step),
/// except that the rest of a long line is skipped only so far: nothing here waits on an
/// endless input. A line longer than [`LONGEST_ANSWER`] comes back empty (a no).
pub fn read_answer(input: &mut dyn BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let read = Read::take(&mut *input, LONGEST_ANSWER as u64).read_until(b'\n', &mut line)?;
    if read == 0 {
        return Ok(None);
    }
    if line.pop_if(|last| *last == b'\n').is_none() && read == LONGEST_ANSWER {
        Read::take(&mut *input, SKIPPED_AT_MOST).skip_until(b'\n')?;
        line.clear();
    }
    Ok(Some(line))
}
