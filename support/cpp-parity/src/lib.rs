//! Test support for the parity tests: every step proves that its Rust binary prints,
//! byte for byte, what its C++20 counterpart in `cpp/` prints.
//!
//! [`compile`] builds a C++ file with `g++ -std=c++20 -O2 -Wall -Werror`, once per test
//! binary; [`compile_with`] with another compiler or other flags. Without the compiler
//! there is nothing to compare against: outside CI the test says so loudly on standard
//! error (past the test harness's capture) and returns; with the `CI` variable set it fails, so a CI machine without the
//! compiler can never look green.
//!
//! [`CppProgram::memcheck`] runs a compiled program under valgrind, where it is installed.

mod memcheck;

pub use memcheck::{ERROR_EXIT_CODE, Memcheck};

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

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

/// Compiles `source` into `out_dir` (use `env!("CARGO_TARGET_TMPDIR")`) with g++ and
/// [`GXX_FLAGS`], or returns `None` after saying why the comparison cannot run. Panics if
/// g++ rejects the file, or if g++ is missing while `CI` is set.
pub fn compile(
    source: impl AsRef<Path>,
    out_dir: impl AsRef<Path>,
) -> Option<CppProgram> {
    compile_with(&["g++"], &GXX_FLAGS, source, out_dir)
}

/// Like [`compile`], with the first of `compilers` that is installed (`["clang++",
/// "clang++-16"]`: a name, then the versioned names distributions install) and `flags`.
/// Where none is installed it says so loudly on standard error and returns `None`, or
/// panics if `CI` is set. Panics if the compiler rejects the file.
pub fn compile_with(
    compilers: &[&str],
    flags: &[&str],
    source: impl AsRef<Path>,
    out_dir: impl AsRef<Path>,
) -> Option<CppProgram> {
    let Some(compiler) = compilers.iter().copied().find(|name| installed(name)) else {
        let wanted = compilers.first().expect("at least one compiler name");
        let tried = match compilers {
            [_] => String::new(),
            _ => format!(" (tried {})", compilers.join(", ")),
        };
        let message = format!(
            "no {wanted}{tried}: this C++ test could NOT run \
             (the README's \"What you need\" says what to install)"
        );
        if std::env::var_os("CI").is_some() {
            panic!("{message}; CI is set, so this is a failure");
        }
        // Straight to the process's standard error, not `eprintln!`: the test harness
        // captures that and shows it only for a failing test, and a skip passes.
        let _ = writeln!(std::io::stderr(), "\n*** SKIPPED, {message} ***\n");
        return None;
    };
    // Tests in one binary run in parallel threads; compile each file once per compiler
    // and flags.
    static BUILT: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
    let mut built = BUILT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let source = source.as_ref().to_path_buf();
    let path = out_dir
        .as_ref()
        .join(program_name(&source, compiler, flags));
    if built.get_or_insert_default().contains(&path) {
        return Some(CppProgram { path });
    }
    // The compiler writes under a name of this process's own, renamed into place once
    // complete: another test process may be running the program built last time
    // (`cargo test` runs test binaries one after the other, but two `cargo test`s or
    // nextest do not).
    let unfinished = path.with_extension(format!("{}.part", std::process::id()));
    let output = Command::new(compiler)
        .args(flags)
        .arg(&source)
        .arg("-o")
        .arg(&unfinished)
        .output()
        .unwrap_or_else(|e| panic!("run {compiler}: {e}"));
    assert!(
        output.status.success(),
        "{compiler} {} {} failed:\n{}",
        flags.join(" "),
        source.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::rename(&unfinished, &path)
        .unwrap_or_else(|e| panic!("move {} into place: {e}", unfinished.display()));
    built.get_or_insert_default().insert(path.clone());
    Some(CppProgram { path })
}

/// The program's file name: its crate's folder and its own stem, because the test
/// binaries of every crate share one `CARGO_TARGET_TMPDIR` and two steps have a
/// `cpp/radio_station.cpp` (`step01-function/cpp/radio_station.cpp` becomes
/// `step01-function-radio_station`); then, unless it is g++ with [`GXX_FLAGS`], the
/// compiler and flags, with every character but a letter, a digit, `+`, `-` and `_` made
/// `_` (`…-stack_depth-clang++-16-std_c++20-O0`), so that no name has a dot in it.
fn program_name(source: &Path, compiler: &str, flags: &[&str]) -> String {
    let stem = source.file_stem().expect("a C++ file name");
    let crate_dir = source
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .unwrap_or_default();
    let mut name = format!("{}-{}", crate_dir.display(), stem.display());
    if (compiler, flags) != ("g++", GXX_FLAGS.as_slice()) {
        let build = std::iter::once(compiler).chain(flags.iter().copied());
        for part in build {
            name.push('-');
            name.extend(part.trim_start_matches('-').chars().map(|c| {
                if c.is_ascii_alphanumeric() || "+-_".contains(c) {
                    c
                } else {
                    '_'
                }
            }));
        }
    }
    name
}

/// Whether `compiler --version` runs, asked once per name.
fn installed(compiler: &str) -> bool {
    static FOUND: Mutex<Option<HashMap<String, bool>>> = Mutex::new(None);
    let mut found = FOUND
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    *found
        .get_or_insert_default()
        .entry(compiler.to_owned())
        .or_insert_with(|| Command::new(compiler).arg("--version").output().is_ok())
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
    use super::{GXX_FLAGS, program_name};
    use std::path::Path;

    #[test]
    fn programs_of_the_same_name_in_two_steps_do_not_share_a_file() {
        let name = |source| program_name(Path::new(source), "g++", &GXX_FLAGS);
        let step01 = name("/w/step01-function/cpp/radio_station.cpp");
        let step02 = name("/w/step02-generator/cpp/radio_station.cpp");
        assert_eq!(step01, "step01-function-radio_station");
        assert_eq!(step02, "step02-generator-radio_station");
    }

    #[test]
    fn a_program_built_by_another_compiler_or_with_other_flags_has_a_name_of_its_own() {
        let source = Path::new("/w/step07-continuation/cpp/stack_depth.cpp");
        let o0 = ["-std=c++20", "-O0", "-Wall", "-Werror"];
        assert_eq!(
            program_name(source, "clang++-16", &o0),
            "step07-continuation-stack_depth-clang++-16-std_c++20-O0-Wall-Werror"
        );
        assert_eq!(
            program_name(source, "g++", &o0),
            "step07-continuation-stack_depth-g++-std_c++20-O0-Wall-Werror"
        );
        assert_eq!(
            program_name(source, "/usr/bin/g++", &GXX_FLAGS),
            "step07-continuation-stack_depth-_usr_bin_g++-std_c++20-O2-Wall-Werror"
        );
    }
}
