//! The exercises on disk: `exercises/<step crate>/<N.M>-<slug>/`, one folder each, so that
//! adding an exercise (for any step) is adding a folder.
//!
//! A folder holds `task.md` (its first line is the book heading `### Exercise N.M: Title`),
//! `starter.rs` (what the learner gets), `tests.rs` (what they must pass, shown to them),
//! `hint1.md` up to `hint3.md` (each says more than the last) and `solution.rs`.

use std::path::{Path, PathBuf};

pub use super::id::Id;
use crate::{Context, Result, bail};

/// One exercise folder, checked to hold every file it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    /// Its number, from the folder name.
    pub id: Id,
    /// The folder name after the id: `playlist` in `1.1-playlist`.
    pub slug: String,
    /// The step crate it practises, which is also its chapter's file name.
    pub step: String,
    pub dir: PathBuf,
    /// The title, from the first line of `task.md`.
    pub title: String,
    /// `hint1.md`, `hint2.md`, …: one to three, in order.
    pub hints: Vec<PathBuf>,
    /// The other files the module doc describes, in `dir`.
    pub task: PathBuf,
    pub starter: PathBuf,
    pub tests: PathBuf,
    pub solution: PathBuf,
}

impl Exercise {
    /// The learner's copy, relative to the workshop folder: `step01-function/1.1-playlist.rs`.
    pub fn workshop_file(&self) -> PathBuf {
        Path::new(&self.step).join(format!("{}-{}.rs", self.id, self.slug))
    }

    /// A Rust module name for it in generated code: `ex1_1`.
    pub fn module(&self) -> String {
        format!("ex{}_{}", self.id.step, self.id.number)
    }
}

/// Every exercise under `exercises_dir`, in id order. Fails on the first folder that is
/// not a well-formed exercise, naming it: a half-made exercise is an author's mistake, and
/// `--check` (in CI) is where the author meets it.
pub fn load(exercises_dir: &Path) -> Result<Vec<Exercise>> {
    let mut exercises: Vec<Exercise> = Vec::new();
    for step_dir in subdirectories(exercises_dir)? {
        let step = file_name(&step_dir);
        let step_number = step_number(&step).with_context(|| {
            format!("{}: not named like a step crate (stepNN-name)", shown(&step_dir))
        })?;
        for dir in subdirectories(&step_dir)? {
            let exercise = load_one(&dir, &step)?;
            if exercise.id.step != step_number {
                bail!("{}: exercise {} is not in step {step_number}", shown(&dir), exercise.id);
            }
            if let Some(other) = exercises.iter().find(|other| other.id == exercise.id) {
                bail!("{}: id {} is taken by {}", shown(&dir), exercise.id, shown(&other.dir));
            }
            exercises.push(exercise);
        }
    }
    exercises.sort_by_key(|exercise| exercise.id);
    Ok(exercises)
}

fn load_one(dir: &Path, step: &str) -> Result<Exercise> {
    let name = file_name(dir);
    let complain = |what: String| format!("{}: {what}", shown(dir));
    let (id, slug) = name
        .split_once('-')
        .and_then(|(id, slug)| Some((id.parse::<Id>().ok()?, slug)))
        .filter(|(_, slug)| !slug.is_empty())
        .with_context(|| complain("not named like an exercise (N.M-name)".into()))?;
    let files = ["task.md", "starter.rs", "tests.rs", "solution.rs"];
    if let Some(file) = files.iter().find(|file| !dir.join(file).is_file()) {
        bail!(complain(format!("no {file}")));
    }
    let hints: Vec<PathBuf> =
        (1..).map(|n| dir.join(format!("hint{n}.md"))).take_while(|hint| hint.is_file()).collect();
    if !(1..=3).contains(&hints.len()) || dir.join(format!("hint{}.md", hints.len() + 1)).exists() {
        bail!(complain("needs hint1.md, then at most hint2.md and hint3.md".into()));
    }
    let [task, starter, tests, solution] = files.map(|file| dir.join(file));
    let text = std::fs::read_to_string(&task).with_context(|| complain("task.md".into()))?;
    let heading = format!("### Exercise {id}: ");
    let title = text.lines().next().and_then(|line| line.strip_prefix(&heading)).map(str::trim);
    let title = title
        .filter(|title| !title.is_empty())
        .with_context(|| complain(format!("task.md must start with `{heading}<title>`")))?;
    let (slug, step, dir, title) =
        (slug.to_owned(), step.to_owned(), dir.to_path_buf(), title.into());
    Ok(Exercise { id, slug, step, dir, title, hints, task, starter, tests, solution })
}

/// The step crates at the workspace `root` up to step `last`, in order: what an exercise
/// of step `last` may use. Later steps stay out, as they may be half-written.
pub fn step_crates(root: &Path, last: u32) -> Result<Vec<String>> {
    let crates = subdirectories(root)?.into_iter().filter(|dir| dir.join("Cargo.toml").is_file());
    let names = crates.map(|dir| file_name(&dir));
    Ok(names.filter(|name| step_number(name).is_some_and(|step| step <= last)).collect())
}

/// 2 for `step02-generator`.
fn step_number(name: &str) -> Option<u32> {
    let (digits, _) = name.strip_prefix("step")?.split_once('-')?;
    digits.parse().ok()
}

/// The directories in `dir`, sorted; files (a README) are not exercises.
fn subdirectories(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).with_context(|| shown(dir))?.flatten();
    let mut dirs: Vec<PathBuf> = entries.map(|e| e.path()).filter(|path| path.is_dir()).collect();
    dirs.sort();
    Ok(dirs)
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default()
}

/// `path` from the workspace root when it is inside it, as the user would type it.
pub fn shown(path: &Path) -> String {
    path.strip_prefix(crate::workspace::root()).unwrap_or(path).display().to_string()
}
