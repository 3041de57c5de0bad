//! The C++ programs under valgrind: every counterpart must be memcheck-clean, and one
//! (step 4's `dangling.cpp`) must not be, on purpose.

use crate::CppProgram;
use std::io::Write;
use std::path::Path;
use std::process::Command;

/// The exit code valgrind is told to use when it finds an error.
pub const ERROR_EXIT_CODE: i32 = 99;

/// What memcheck said about one run of a program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Memcheck {
    /// The program's exit code; [`ERROR_EXIT_CODE`] if valgrind found an error; -1 if a
    /// signal ended it.
    pub code: i32,
    /// Valgrind's own lines on standard error (each starts with `==`), without the
    /// program's: some programs ask their questions there. Empty for a clean run.
    pub report: String,
}

impl CppProgram {
    /// Runs the program with `args` (and standard input from `stdin`, else none) under
    /// memcheck with a full leak check, or returns `None` after saying on standard error
    /// that valgrind is not installed.
    pub fn memcheck(&self, args: &[&str], stdin: Option<&Path>) -> Option<Memcheck> {
        let mut valgrind = Command::new("valgrind");
        valgrind
            .arg("-q")
            .arg(format!("--error-exitcode={ERROR_EXIT_CODE}"))
            .arg("--leak-check=full")
            .arg(self.command().get_program())
            .args(args);
        if let Some(path) = stdin {
            let file = std::fs::File::open(path)
                .unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
            valgrind.stdin(file);
        }
        let Ok(output) = valgrind.output() else {
            // Straight to standard error, not `eprintln!`, which the test harness keeps
            // to itself when the test passes: the reader must see this.
            let _ = writeln!(
                std::io::stderr(),
                "\n*** valgrind not found: the C++ memory checks did not run ***\n"
            );
            return None;
        };
        let stderr = String::from_utf8_lossy(&output.stderr);
        let report = stderr
            .lines()
            .filter(|line| line.starts_with("=="))
            .map(|line| format!("{line}\n"))
            .collect();
        Some(Memcheck {
            code: output.status.code().unwrap_or(-1),
            report,
        })
    }

    /// Asserts that memcheck finds nothing wrong in a run with `args` (and standard input
    /// from `stdin`) and that the program succeeds; where valgrind is not installed, only
    /// says so, as [`memcheck`](Self::memcheck) does.
    pub fn assert_memcheck_clean(&self, args: &[&str], stdin: Option<&Path>) {
        if let Some(run) = self.memcheck(args, stdin) {
            let program = self.command().get_program().to_owned();
            let clean = (run.code, run.report.as_str());
            assert_eq!(clean, (0, ""), "{} {args:?}", program.display());
        }
    }
}
