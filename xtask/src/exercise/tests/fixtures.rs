//! Temporary folders and a tiny exercise for the tests: "how many songs has a style?".

use std::path::{Path, PathBuf};

use super::super::Learner;
use super::super::catalog::{self, Exercise};
use super::super::project::Project;

/// A temporary folder (tempfile's, removed when dropped) and the name of the test that
/// made it.
pub struct TempDir {
    dir: tempfile::TempDir,
    name: String,
}

impl TempDir {
    /// A fresh, empty folder; `name` keeps the tests' generated packages apart.
    pub fn new(name: &str) -> Self {
        let prefix = format!("xtask-exercise-{name}-");
        let dir = tempfile::Builder::new().prefix(&prefix).tempdir().unwrap();
        TempDir { dir, name: name.to_owned() }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// Writes `files` (relative path, text) under `dir`.
pub fn write_files(dir: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

pub const STARTER: &str = "\
use step01_function::Style;

/// How many songs `style` has.
pub fn songs(style: Style) -> usize {
    // TODO: ask the style for its songs.
    todo!()
}
";

pub const SOLUTION: &str = "\
use step01_function::Style;

/// How many songs `style` has.
pub fn songs(style: Style) -> usize {
    style.songs().len()
}
";

/// A file that compiles and gives a wrong answer.
pub const WRONG: &str = "\
use step01_function::Style;

/// How many songs `style` has.
pub fn songs(style: Style) -> usize {
    style.songs().len() - 1
}
";

const TESTS: &str = "\
use super::exercise::*;
use step01_function::Style;

#[test]
fn rap_has_four_songs() {
    assert_eq!(songs(Style::Rap), 4);
}

#[test]
fn electronic_has_four_songs_too() {
    assert_eq!(songs(Style::Electronic), 4, \"electronic\");
}
";

/// Exercise `id` (in step 1) under `exercises/step01-function/` in `root`, with `hints`
/// hint files.
pub fn exercise_files(root: &Path, id: &str, slug: &str, hints: usize) -> PathBuf {
    let dir = root.join(format!("exercises/step01-function/{id}-{slug}"));
    let task = format!("### Exercise {id}: Count the songs\n\nHow many?\n");
    write_files(
        &dir,
        &[
            ("task.md", &task),
            ("starter.rs", STARTER),
            ("tests.rs", TESTS),
            ("solution.rs", SOLUTION),
        ],
    );
    for n in 1..=hints {
        write_files(&dir, &[(&format!("hint{n}.md"), &format!("Hint number {n}.\n"))]);
    }
    dir
}

/// A learner in `temp`: exercises 1.1 (two hints) and 1.2 (one), the learner's folder
/// `temp/workshop`, the generated project in `temp/project`; the step crates, `Cargo.lock`
/// and the book are the repository's.
pub fn learner(temp: &TempDir) -> Learner {
    exercise_files(temp.path(), "1.1", "count", 2);
    exercise_files(temp.path(), "1.2", "count-again", 1);
    let exercises: Vec<Exercise> = catalog::load(&temp.path().join("exercises")).unwrap();
    let root = crate::workspace::root();
    // One package name per test (see `Project::package`), the same at every run so that
    // runs rebuild one crate instead of adding one.
    let package = format!("exercise-fixture-{}", temp.name);
    let mut project = Project::new(&root, &package, &package).unwrap();
    project.dir = temp.path().join("project");
    Learner { root, dir: temp.path().join("workshop"), project, exercises }
}
