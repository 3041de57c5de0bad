//! The checks on an exercise's files that need no build: its starter has work left in it,
//! its chapter shows it, and rustfmt has nothing to say about its code.

use std::path::Path;

use super::catalog::{Exercise, shown};
use crate::Result;
use crate::process::Cmd;

/// A starter is something to finish: it says where (`// TODO`) and leaves bodies to write.
pub fn starter_problems(exercise: &Exercise) -> Vec<String> {
    let text = std::fs::read_to_string(exercise.starter()).unwrap_or_default();
    ["// TODO", "todo!()"]
        .iter()
        .filter(|mark| !text.contains(*mark))
        .map(|mark| format!("{}: the starter has no `{mark}`", shown(&exercise.starter())))
        .collect()
}

/// The chapter of the exercise's step must include its task, tests, hints and solution.
pub fn book_problems(root: &Path, exercise: &Exercise) -> Vec<String> {
    let chapter = crate::workspace::chapter(root, &exercise.step);
    let text = std::fs::read_to_string(&chapter).unwrap_or_default();
    let dir = exercise.dir.file_name().unwrap_or_default().to_string_lossy();
    let folder = format!("../../exercises/{}/{dir}", exercise.step);
    let mut files = vec![exercise.task(), exercise.tests()];
    files.extend(exercise.hints.iter().cloned());
    files.push(exercise.solution());
    let problems = files.iter().filter_map(|file| {
        let include = format!("{{{{#include {folder}/{}}}}}", file.file_name()?.to_string_lossy());
        let problem = format!("{}: exercise {} needs `{include}`", shown(&chapter), exercise.id);
        (!text.contains(&include)).then_some(problem)
    });
    problems.collect()
}

/// Starters, tests and solutions are code a learner reads: formatted like the workspace's.
pub fn rustfmt_problems(exercises: &[Exercise]) -> Result<Vec<String>> {
    let files = exercises.iter().flat_map(|e| [e.starter(), e.tests(), e.solution()]);
    let output = Cmd::new("rustfmt")
        .args(["--check", "--files-with-diff", "--edition", "2024"])
        .args(files)
        .output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let unformatted = stdout.lines().map(|file| shown(Path::new(file)));
    let mut problems: Vec<String> = unformatted
        .map(|file| format!("{file}: not rustfmt-clean (`rustfmt --edition 2024 {file}` fixes it)"))
        .collect();
    if !output.status.success() && problems.is_empty() {
        problems
            .push(format!("rustfmt failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    Ok(problems)
}
