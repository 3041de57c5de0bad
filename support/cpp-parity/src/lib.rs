//! Test support for the parity tests: every step proves that its Rust binary prints,
//! byte for byte, what its C++20 counterpart in `cpp/` prints.
//!
//! [`compile`] builds a C++ file with `g++ -std=c++20 -O2 -Wall -Werror`, once per test
//! binary. Without g++ there is nothing to compare against: outside CI the test says so
//! loudly on standard error and returns; with the `CI` variable set it fails, so a CI
//! machine without g++ can never look green.
//!
//! [`CppProgram::memcheck`] runs a compiled program under valgrind, where it is installed.

mod memcheck;

pub use memcheck::{ERROR_EXIT_CODE, Memcheck};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

/// The flags every C++ counterpart must build cleanly with.
pub const GXX_FLAGS: [&str; 4] = ["-std=c++20", "-O2", "-Wall", "-Werror"];

/// A compiled C++ program.
#[derive(Debug, Clone)]
pub struct CppProgram {
    path: PathBuf,
}

impl CppProgram {
    /// A command that runs the program.
    pub fn command(&self) -> Command {
        Command::new(&self.path)
    }
}

/// Compiles `source` into `out_dir` (use `env!("CARGO_TARGET_TMPDIR")`), or returns
/// `None` after saying why the comparison cannot run. Panics if g++ rejects the file, or
/// if g++ is missing while `CI` is set.
pub fn compile(source: impl AsRef<Path>, out_dir: impl AsRef<Path>) -> Option<CppProgram> {
    if !gxx_available() {
        let message = "g++ not found: the C++ parity test could NOT run (install g++ >= 11)";
        if std::env::var_os("CI").is_some() {
            panic!("{message}; CI is set, so this is a failure");
        }
        eprintln!("\n*** {message} ***\n");
        return None;
    }
    // Tests in one binary run in parallel threads; compile each file once.
    static BUILT: Mutex<Option<HashMap<PathBuf, PathBuf>>> = Mutex::new(None);
    let mut built = BUILT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let source = source.as_ref().to_path_buf();
    if let Some(path) = built.get_or_insert_default().get(&source) {
        return Some(CppProgram { path: path.clone() });
    }
    let path = out_dir.as_ref().join(program_name(&source));
    // g++ writes under a name of this process's own, renamed into place once complete:
    // another test process may be running the program built last time (`cargo test` runs
    // test binaries one after the other, but two `cargo test`s or nextest do not).
    let unfinished = path.with_extension(format!("{}.part", std::process::id()));
    let output = Command::new("g++")
        .args(GXX_FLAGS)
        .arg(&source)
        .arg("-o")
        .arg(&unfinished)
        .output()
        .expect("run g++");
    assert!(
        output.status.success(),
        "g++ {} failed:\n{}",
        source.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::rename(&unfinished, &path)
        .unwrap_or_else(|e| panic!("move {} into place: {e}", unfinished.display()));
    built.get_or_insert_default().insert(source, path.clone());
    Some(CppProgram { path })
}

/// The program's file name: its crate's folder and its own stem, because the test
/// binaries of every crate share one `CARGO_TARGET_TMPDIR` and two steps have a
/// `cpp/radio_station.cpp` (`step01-function/cpp/radio_station.cpp` becomes
/// `step01-function-radio_station`).
fn program_name(source: &Path) -> String {
    let stem = source.file_stem().expect("a C++ file name");
    let crate_dir = source
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .unwrap_or_default();
    format!("{}-{}", crate_dir.display(), stem.display())
}

fn gxx_available() -> bool {
    static FOUND: OnceLock<bool> = OnceLock::new();
    *FOUND.get_or_init(|| Command::new("g++").arg("--version").output().is_ok())
}

/// Runs both commands and asserts that both succeed and print the same bytes.
/// Returns the common output so that a test can also check what it says.
pub fn assert_same_stdout(rust: &mut Command, cpp: &mut Command) -> String {
    let rust_out = run(rust);
    let cpp_out = run(cpp);
    let (rust_text, cpp_text) = (text(&rust_out), text(&cpp_out));
    if rust_text != cpp_text {
        let line = rust_text
            .lines()
            .zip(cpp_text.lines())
            .position(|(r, c)| r != c)
            .unwrap_or_else(|| rust_text.lines().count().min(cpp_text.lines().count()));
        panic!(
            "outputs differ from line {} on\n  rust {:?}: {:?}\n  c++  {:?}: {:?}",
            line + 1,
            rust,
            rust_text.lines().nth(line),
            cpp,
            cpp_text.lines().nth(line),
        );
    }
    rust_text
}

fn run(command: &mut Command) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("run {command:?}: {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn text(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("programs print UTF-8")
}

#[cfg(test)]
mod tests {
    use super::program_name;
    use std::path::Path;

    #[test]
    fn programs_of_the_same_name_in_two_steps_do_not_share_a_file() {
        let step01 = program_name(Path::new("/w/step01-function/cpp/radio_station.cpp"));
        let step02 = program_name(Path::new("/w/step02-generator/cpp/radio_station.cpp"));
        assert_eq!(step01, "step01-function-radio_station");
        assert_eq!(step02, "step02-generator-radio_station");
    }
}
