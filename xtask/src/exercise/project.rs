//! The small cargo project that compiles exercise files, generated under `target/`.
//!
//! Exercise files live outside every package of the workspace, so `cargo build`, clippy,
//! `cargo fmt --all` and `cargo test --workspace` never see them: a learner's half-written
//! file cannot break the repository's own checks. To compile them, xtask writes a project
//! whose `lib.rs` pulls each file in with `#[path = "…"] mod …;`, and runs `cargo test`
//! on it:
//!
//! - its own `[workspace]` table, so cargo does not take it for a stray workspace member;
//! - path dependencies on the step crates, and the root `Cargo.lock` copied in, so it
//!   builds against exactly the versions the workspace uses, with no network;
//! - the workspace's target directory, so the dependencies the workspace already built
//!   are reused instead of compiled again.

use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::{Table, Value};

use super::outcome::{self, TestResult};
use crate::process::Cmd;
use crate::{Context, Result};

/// Crates of `[workspace.dependencies]` an exercise may use besides the step crates. A
/// step whose exercises need another (tokio, say) adds its name here.
const LIBRARIES: &[&str] = &["genawaiter"];

/// The lints a starter is compiled with. Its `todo!()` bodies leave arguments and
/// helpers unused, and warnings about them would only bury the test results; but a future
/// or `Result` left unused is the very mistake steps 3 to 6 teach about, so that one stops
/// the build with rustc's own explanation.
pub const STARTER_LINTS: &str =
    "#[allow(unused_variables, unused_mut, unused_imports, dead_code)]\n#[deny(unused_must_use)]\n";

/// The lints a learner's own file (no longer the starter) is compiled with: every warning
/// is theirs and shown above the results, and an unused future or `Result` stops the build.
pub const LEARNER_LINTS: &str = "#[deny(unused_must_use)]\n";

/// How long one run of a test binary may take, and how much address space it may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Seconds (`--time-limit`).
    pub seconds: u32,
    /// Bytes of address space (`RLIMIT_AS`): room for a test's threads and their stacks,
    /// not for a loop that pushes forever.
    pub memory: u64,
}

/// What a run of the tests gave: the results (the test that was stopped, if one was,
/// failing with why), the warnings that point into the file asked about, each once, and
/// why the test process ended early, if it did, in lines under the test it was running
/// (`None` when there were several at once).
#[derive(Debug, Default)]
pub struct TestRun {
    pub results: Vec<TestResult>,
    pub warnings: Vec<String>,
    pub stop: Option<(Option<String>, Vec<String>)>,
}

/// The assertions and `todo!()` the generated crate uses, which report in lines of their
/// own (see [`super::outcome`]): what each generated `lib.rs` holds before its modules.
pub const HARNESS: &str = include_str!("harness.rs");

/// One generated project: where it is written, what it is called, what it builds with.
#[derive(Debug)]
pub struct Project {
    /// The repository: the step crates and the `Cargo.lock` it builds against.
    pub root: PathBuf,
    pub dir: PathBuf,
    /// Its package name. Cargo tells apart two projects that are each their own workspace
    /// by name, not by folder: two projects named alike share one build.
    pub package: String,
    /// The workspace's target directory, where the project builds too.
    pub target_dir: PathBuf,
    pub limits: Limits,
}

impl Project {
    /// The project `package` in `target/exercises/<folder>` of the workspace at `root`.
    pub fn new(root: &Path, folder: &str, package: &str) -> Result<Self> {
        let target_dir = crate::workspace::target_dir(root)?;
        Ok(Project {
            root: root.to_path_buf(),
            dir: target_dir.join("exercises").join(folder),
            package: package.to_owned(),
            target_dir,
            limits: Limits { seconds: 10, memory: 2 << 30 },
        })
    }

    /// Writes the project: `Cargo.toml` depending on `steps` (crate folders at the root),
    /// the root's `Cargo.lock`, and `lib.rs` with the given text.
    pub fn write(&self, steps: &[String], lib: &str) -> Result<()> {
        let dir = &self.dir;
        std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
        for (file, text) in [("Cargo.toml", &self.manifest(steps)?[..]), ("lib.rs", lib)] {
            let path = dir.join(file);
            // Unchanged files keep their timestamps, so cargo has nothing to redo.
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
                std::fs::write(&path, text).with_context(|| path.display().to_string())?;
            }
        }
        let lock = self.root.join("Cargo.lock");
        std::fs::copy(&lock, dir.join("Cargo.lock")).with_context(|| lock.display().to_string())?;
        Ok(())
    }

    fn manifest(&self, steps: &[String]) -> Result<String> {
        let mut text = format!(
            "# Generated by `cargo xtask exercise`, rewritten at every run: do not edit.\n\
             [package]\nname = \"{}\"\nversion = \"0.0.0\"\n\
             edition = \"2024\"\npublish = false\n\n\
             # Not a member of the repository's workspace: a workspace of its own.\n\
             [workspace]\n\n[lib]\npath = \"lib.rs\"\ndoctest = false\n\n[dependencies]\n",
            self.package
        );
        for step in steps {
            // A TOML string, escaped as TOML escapes it, so that any path can be written.
            let path = Value::from(self.root.join(step).display().to_string());
            text.push_str(&format!("{step} = {{ path = {path} }}\n"));
        }
        let workspace = crate::workspace::manifest(&self.root)?;
        for library in LIBRARIES {
            // The workspace's own entry, so that the version and features stay its own.
            let missing = || format!("Cargo.toml: no `{library}` in [workspace.dependencies]");
            let entry = workspace_dependency(&workspace, library).with_context(missing)?;
            text.push_str(&format!("{library} = {entry}\n"));
        }
        Ok(text)
    }

    /// Builds the project's tests with cargo, then runs the test binary itself, within
    /// [`Limits`] (see [`Cmd::output_within`]). A learner's run (of their `file`) runs the
    /// tests in name order, as they read them, names the test a stop interrupts, and keeps
    /// the warnings about `file`; CI (`None`) leaves libtest its default. The run, or the
    /// compiler's messages if the tests did not build.
    pub fn test(&self, color: bool, file: Option<&Path>) -> Result<Result<TestRun, String>> {
        let one_thread = file.is_some();
        let format = if color { "json-diagnostic-rendered-ansi" } else { "json" };
        let output = Cmd::cargo(["test", "--quiet", "--no-run", "--lib", "--manifest-path"])
            .dir(&self.dir)
            .arg(self.dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&self.target_dir)
            .args(["--color", if color { "always" } else { "never" }])
            .arg(format!("--message-format={format}"))
            .output()?;
        anyhow::ensure!(!crate::process::interrupted(), "the build was stopped by Ctrl-C");
        let (mut run, mut messages, mut executable) = (TestRun::default(), String::new(), None);
        let warned = file.map(|file| serde_json::Value::from(file.to_string_lossy()));
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            let json: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
            executable = json["executable"].as_str().map(PathBuf::from).or(executable);
            let text = json["message"]["rendered"].as_str().unwrap_or_default();
            messages.push_str(text);
            let mut spans = json["message"]["spans"].as_array().into_iter().flatten();
            let ours = json["message"]["level"] == "warning"
                && spans.any(|span| Some(&span["file_name"]) == warned.as_ref());
            if ours && !run.warnings.iter().any(|w| w == text) {
                run.warnings.push(text.to_owned());
            }
        }
        messages.push_str(&String::from_utf8_lossy(&output.stderr));
        let Some(executable) = executable.filter(|_| output.status.success()) else {
            return Ok(Err(messages));
        };
        let (output, timed_out) = Cmd::new(executable)
            .dir(&self.dir)
            // Our parser reads libtest's line-per-test format.
            .args(["--format", "pretty", "--color", "never"])
            .args(if one_thread { &["--test-threads", "1"][..] } else { &[] })
            // A backtrace would bury the one line a learner needs; the tests are ours, so a
            // panic's message and place say enough.
            .env("RUST_BACKTRACE", "0")
            .output_within(Duration::from_secs(self.limits.seconds.into()), self.limits.memory)?;
        let (stdout, stderr) =
            (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        let stop = outcome::stop(&output, timed_out, self.limits);
        run.results = match outcome::parse(&stdout, &stderr) {
            Some(results) => results,
            None if stop.is_some() => Vec::new(),
            None => return Ok(Err(stderr.into_owned())),
        };
        run.stop = stop.map(|lines| {
            // With one thread, libtest writes `test NAME ... ` as a test starts and its result
            // as it ends: a last line without a result names the test that was running.
            let last = stdout.lines().last().unwrap_or_default().trim_end();
            let running = last.strip_prefix("test ").and_then(|rest| rest.strip_suffix(" ..."));
            let running = running.filter(|_| one_thread).map(str::to_owned);
            if let Some(result) = run.results.iter_mut().find(|r| Some(&r.name) == running.as_ref())
            {
                result.failure = Some(outcome::Panic::Verbatim(lines.clone()));
            }
            (running, lines)
        });
        Ok(Ok(run))
    }
}

/// The entry for `name` in the manifest's `[workspace.dependencies]` table.
pub(super) fn workspace_dependency<'a>(manifest: &'a Table, name: &str) -> Option<&'a Value> {
    manifest.get("workspace")?.get("dependencies")?.get(name)
}

/// `lib.rs`: its first line, the harness, then `modules`.
pub fn lib(doc: &str, modules: &str) -> String {
    format!("//! {doc}\n{HARNESS}{modules}")
}

/// One exercise's modules, `exercise` (`file`, with `lints`) and its `tests`. The paths are
/// absolute, so that rustc's messages name the file the learner has open.
pub fn modules(lints: &str, file: &Path, tests: &Path) -> String {
    let path = |file: &Path| format!("#[path = {:?}]", file.display().to_string());
    format!("{lints}{}\npub mod exercise;\n#[cfg(test)]\n{}\nmod tests;\n", path(file), path(tests))
}
