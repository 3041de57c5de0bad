//! `cargo xtask exercise list`: where the learner stands, from files and recorded runs.

use std::io::Write;

use super::Learner;
use super::catalog::Exercise;
use super::progress::{Progress, fingerprint};
use crate::Result;
use crate::workspace::chapter_title;
use tool_shell::output::Output;

/// Where a learner stands on one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// No copy in the workshop yet, or the copy is still the starter.
    NotStarted,
    /// Edited since its last run: only a run can tell.
    Edited,
    /// Its last run, on the file as it is now, had a failing test (or did not compile).
    Failing,
    /// Its last run, on the file as it is now, passed every test.
    Done,
}

/// The status of `exercise` from the learner's file and the recorded runs: no build, so
/// `list` answers at once.
pub fn status(learner: &Learner, progress: &Progress, exercise: &Exercise) -> Status {
    let Ok(mine) = std::fs::read(learner.dir.join(exercise.workshop_file())) else {
        return Status::NotStarted;
    };
    if std::fs::read(&exercise.starter).is_ok_and(|starter| starter == mine) {
        return Status::NotStarted;
    }
    match progress.runs.get(&exercise.id) {
        Some(run) if run.fingerprint != fingerprint(&mine) => Status::Edited,
        Some(run) if run.passed => Status::Done,
        Some(_) => Status::Failing,
        None => Status::Edited,
    }
}

/// The id mdBook gives a heading: lowercased, spaces made dashes, and of the rest only
/// letters, digits, `-` and `_` kept ("Exercise 1.1: A b" is `exercise-11-a-b`).
fn section_id(heading: &str) -> String {
    let kept = heading.chars().filter_map(|c| match c {
        c if c.is_whitespace() => Some('-'),
        c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c),
        _ => None,
    });
    kept.collect::<String>().to_lowercase()
}

/// `cargo xtask exercise list`: every exercise by step, with its status, the chapter to
/// read first, and a link to its section of the built book.
pub fn list(learner: &Learner, out: &mut dyn Write) -> Result<()> {
    let progress = Progress::load(&learner.progress_file());
    let (mut text, mut step, mut done, mut next) = (String::new(), "", 0, None);
    for exercise in &learner.exercises {
        if exercise.step != step {
            step = &exercise.step;
            let title = chapter_title(&learner.root, step);
            // The built page, not the source: the source is full of `{{#include}}` lines.
            text.push_str(&format!("{title} (read target/book/{step}.html)\n"));
        }
        let status = status(learner, &progress, exercise);
        done += usize::from(status == Status::Done);
        next = next.or((status != Status::Done).then_some(exercise.id));
        let label = match status {
            Status::NotStarted => "not started",
            Status::Edited => "edited, run it",
            Status::Failing => "failing",
            Status::Done => "done",
        };
        let (id, title) = (exercise.id.to_string(), &exercise.title);
        text.push_str(&format!("  {id:<5} {label:<15} {title}\n"));
        let page = learner.root.join("target/book").join(format!("{step}.html"));
        let anchor = section_id(&format!("Exercise {id}: {title}"));
        text.push_str(&format!("        file://{}#{anchor}\n", page.display()));
    }
    text.push_str(&format!("\n{done} of {} done.", learner.exercises.len()));
    if !learner.root.join("target/book/index.html").exists() {
        text.push_str(" The links work once `cargo xtask book` has built the book.");
    }
    if !learner.dir.exists() {
        text.push_str(
            " First run `cargo xtask exercise start`: it copies the starters into workshop/.",
        );
    } else if let Some(next) = next {
        text.push_str(&format!(" Next: cargo xtask exercise {next}"));
    }
    Ok(writeln!(out, "{text}").map_err(Output)?)
}
