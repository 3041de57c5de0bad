//! `cargo xtask exercise`: the workshop. The learner reads a chapter, runs
//! `cargo xtask exercise N.M`, edits one file in `workshop/`, runs again, asks for a hint,
//! and finishes; a host checks with `--check` that every exercise can be finished.
//!
//! Exercises live in `exercises/<step crate>/<N.M>-<name>/` (see [`catalog`]); the
//! learner's copies in the git-ignored `workshop/`, beside their progress file. Neither
//! folder belongs to a workspace package: they are compiled only by a project xtask
//! generates under `target/` (see [`project`]).

mod attempt;
mod catalog;
mod check;
mod help;
mod id;
mod list;
mod outcome;
mod progress;
mod project;
#[cfg(test)]
mod tests;
mod watch;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::{Context, Result, Usage};
use catalog::{Exercise, Id};
use project::Project;
use tool_shell::process;

/// `cargo xtask exercise --check`, the CI stage.
pub use check::run as check;

/// `cargo xtask exercise list | start | watch | N.M [--hint | --solution [--yes]] |
/// reset N.M [--yes] | --check`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// `list` (every exercise and its status), `start` (copy the starters into workshop/),
    /// `watch` (run the next unfinished exercise at every save; keys h, n, r, q), `reset ID`
    /// (put the starter back in place of your copy), or an exercise id such as 1.2 (run its
    /// tests on your copy)
    #[arg(value_name = "ID|list|start|watch|reset", value_parser = target)]
    target: Option<Target>,
    /// With reset: the exercise whose starter to put back
    #[arg(value_name = "ID", value_parser = existing)]
    reset: Option<Id>,
    /// Show the exercise's next hint
    #[arg(long, conflicts_with = "solution")]
    hint: bool,
    /// Show the exercise's solution, after asking
    #[arg(long)]
    solution: bool,
    /// With --solution or reset: do not ask
    #[arg(long)]
    yes: bool,
    /// Stop a run of the tests after S seconds (a test that never ends)
    #[arg(long, value_name = "S", default_value_t = 10, value_parser = coro_cli::number(1..=3600_u32))]
    time_limit: u32,
    /// Check that every starter fails its tests and every solution passes them (CI)
    #[arg(long, conflicts_with_all = ["target", "hint", "solution"])]
    check: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    List,
    Start,
    Watch,
    Reset,
    Exercise(Id),
}

/// Parses the positional argument, refusing an id misspelled or with no exercise: clap
/// then prints the error and the `--help` pointer and exits with code 2, like any other
/// bad argument.
fn target(text: &str) -> Result<Target, String> {
    match text {
        "list" => Ok(Target::List),
        "start" => Ok(Target::Start),
        "watch" => Ok(Target::Watch),
        "reset" => Ok(Target::Reset),
        _ => existing(text).map(Target::Exercise),
    }
}

/// Parses an exercise id, refusing one misspelled or with no exercise.
fn existing(text: &str) -> Result<Id, String> {
    let id = text.parse::<Id>().map_err(|how| {
        let not =
            format!("'{text}' is not list, start, watch, reset or an exercise id such as 1.2");
        how.map_or(not.clone(), |how| format!("{not}: {how}"))
    })?;
    let exercises = catalog::load(&crate::workspace::root().join("exercises"))
        .map_err(|err| format!("{err:#}"))?;
    let missing = format!("there is no exercise {id} (`cargo xtask exercise list` shows them all)");
    exercises.iter().any(|exercise| exercise.id == id).then_some(id).ok_or(missing)
}

/// A learner of the repository at `root`: their copies and progress file in `dir`
/// (`workshop/`), the `project` their runs build, and the `exercises`, in id order.
#[derive(Debug)]
pub struct Learner {
    root: PathBuf,
    dir: PathBuf,
    project: Project,
    exercises: Vec<Exercise>,
}

impl Learner {
    fn progress_file(&self) -> PathBuf {
        self.dir.join(".progress")
    }

    fn exercise(&self, id: Id) -> Result<&Exercise> {
        let exercise = self.exercises.iter().find(|exercise| exercise.id == id);
        exercise.with_context(|| format!("there is no exercise {id}"))
    }
}

/// `cargo xtask exercise …` from the workspace `root`.
pub fn run(root: &Path, args: Args) -> Result<()> {
    let reset = matches!(args.target, Some(Target::Reset));
    if args.yes && !args.solution && !reset {
        return refuse("--yes only answers the question --solution or reset asks");
    }
    if args.reset.is_some() && !reset {
        return refuse("one id at a time: a second id only follows reset, as in `reset 1.1`");
    }
    if args.check {
        return tool_shell::output::verdict(check::run(root), "exercise --check");
    }
    let Some(target) = args.target else {
        return refuse("say what to do: list, start, an exercise id such as 1.1, or --check");
    };
    if (args.hint || args.solution) && !matches!(target, Target::Exercise(_)) {
        return refuse(
            "--hint and --solution need an exercise id, as in `cargo xtask exercise 1.1 --hint`",
        );
    }
    let mut project = Project::new(root, "workshop", "workshop")?;
    project.limits.seconds = args.time_limit;
    let exercises = catalog::load(&root.join("exercises"))?;
    let learner =
        Learner { root: root.to_path_buf(), dir: root.join("workshop"), project, exercises };
    let (mut out, color) = (std::io::stdout().lock(), std::io::stdout().is_terminal());
    match target {
        Target::List => list::list(&learner, &mut out),
        Target::Start => attempt::start(&learner, &mut out),
        Target::Watch => watch::run(&learner, color, &mut out),
        Target::Reset => match args.reset {
            Some(id) => {
                let (exercise, input) = (learner.exercise(id)?, &mut std::io::stdin().lock());
                attempt::reset(&learner, exercise, args.yes, input, &mut out)
            }
            None => refuse("reset needs an exercise id, as in `cargo xtask exercise reset 1.1`"),
        },
        Target::Exercise(id) => {
            let exercise = learner.exercise(id)?;
            if args.hint {
                help::hint(&learner, exercise, &mut out)
            } else if args.solution {
                help::solution(exercise, args.yes, &mut std::io::stdin().lock(), &mut out)
            } else {
                process::notice_ctrl_c()?;
                attempt::run(&learner, exercise, color, &mut out)
            }
        }
    }
}

/// Bad usage that clap cannot see (it depends on which word the id is), as a [`Usage`].
fn refuse(message: &'static str) -> Result<()> {
    Err(Usage(message).into())
}
