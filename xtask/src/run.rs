//! Running cargo as a child process: print the command, run it, name it if it fails.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::Result;
use crate::output::say;

/// A cargo invocation, kept as plain arguments so it can be shown exactly as a user would
/// type it (`cargo test --workspace`) whatever path `$CARGO` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cargo {
    args: Vec<String>,
}

impl Cargo {
    /// `cargo <args>`.
    pub fn new<S: AsRef<str>>(args: impl IntoIterator<Item = S>) -> Self {
        Cargo {
            args: args
                .into_iter()
                .map(|arg| arg.as_ref().to_owned())
                .collect(),
        }
    }

    /// Prints `$ cargo …`, runs it in `root` with inherited output, and fails naming the
    /// command if it does not succeed.
    pub fn run(&self, root: &Path) -> Result<()> {
        // Out before the child's output, which goes straight to the same file; if the
        // reader has left, the child is not started.
        say(format_args!("$ {self}"))?;
        let status = self
            .command(root)
            .status()
            .map_err(|err| format!("could not run `{self}`: {err}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{self}` failed ({status})").into())
        }
    }

    /// Runs it quietly and returns its standard output (for `cargo metadata`); standard
    /// error still reaches the user, since it explains a failure.
    pub fn output(&self, root: &Path) -> Result<String> {
        let output = self
            .command(root)
            .stderr(Stdio::inherit())
            .output()
            .map_err(|err| format!("could not run `{self}`: {err}"))?;
        if !output.status.success() {
            return Err(format!("`{self}` failed ({})", output.status).into());
        }
        String::from_utf8(output.stdout)
            .map_err(|_| format!("`{self}` printed something that is not UTF-8").into())
    }

    fn command(&self, root: &Path) -> Command {
        let mut command = Command::new(cargo_program());
        command.args(&self.args).current_dir(root);
        command
    }
}

impl std::fmt::Display for Cargo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cargo")?;
        for arg in &self.args {
            if arg.is_empty() || arg.contains(char::is_whitespace) {
                write!(f, " '{arg}'")?;
            } else {
                write!(f, " {arg}")?;
            }
        }
        Ok(())
    }
}

/// The cargo that is running us (cargo sets `$CARGO` for `cargo run`), so the toolchain
/// stays the same; plain `cargo` from `PATH` otherwise.
fn cargo_program() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_show_as_typed() {
        let clippy = Cargo::new(["clippy", "--", "-D", "warnings"]);
        assert_eq!(clippy.to_string(), "cargo clippy -- -D warnings");
        assert_eq!(Cargo::new(["run", "a b"]).to_string(), "cargo run 'a b'");
    }

    #[test]
    fn a_failing_command_is_named_in_the_error() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let err = Cargo::new(["no-such-xtask-subcommand"])
            .run(root)
            .unwrap_err();
        assert!(
            err.0
                .starts_with("`cargo no-such-xtask-subcommand` failed ("),
            "{err}"
        );
    }

    #[test]
    fn output_captures_standard_output() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let version = Cargo::new(["--version"]).output(root).unwrap();
        assert!(version.starts_with("cargo "), "{version}");
    }
}
