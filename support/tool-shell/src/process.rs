//! Running a child process, one way for every command: shown as a user would type it in
//! the directory it runs in, cargo through `$CARGO` (and rustfmt beside it) so that the
//! toolchain stays the one running us, and named in the error when it cannot start or fails.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::io::{self, Read};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::output::{say, tell};

/// How long a bounded run ([`Cmd::output_within`]) may take, and how much address space
/// it may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Seconds (`exercise --time-limit`).
    pub seconds: u32,
    /// Bytes of address space (`RLIMIT_AS`): room for a test's threads and their stacks,
    /// not for a loop that pushes forever.
    pub memory: u64,
}

/// A command line, kept as plain words so it can be shown exactly as typed.
#[derive(Debug, Clone, Default)]
pub struct Cmd {
    program: OsString,
    args: Vec<OsString>,
    /// Environment variables for the child, shown before the command (`N=1 cargo …`).
    envs: Vec<(String, OsString)>,
    /// The directory it runs in (ours if not given).
    dir: Option<PathBuf>,
    /// Whether [`Cmd::run`] throws the child's standard output away (its time is measured).
    discard_stdout: bool,
    /// Whether [`Cmd::read`] lets standard error through as it comes (a build's progress).
    live_stderr: bool,
}

impl Cmd {
    /// `program`, found on `PATH` (or at that path); `cargo` and `rustfmt` are the running
    /// toolchain's.
    pub fn new(program: impl AsRef<OsStr>) -> Self {
        Cmd { program: program.as_ref().to_owned(), ..Cmd::default() }
    }

    /// `cargo` with these arguments: the cargo that is running us (see [`Cmd::new`]).
    pub fn cargo<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Self {
        Cmd::new("cargo").args(args)
    }

    /// One more argument, as it is (no shell parses it).
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// More arguments, in order.
    pub fn args<S: AsRef<OsStr>>(self, args: impl IntoIterator<Item = S>) -> Self {
        args.into_iter().fold(self, Cmd::arg)
    }

    /// An environment variable for the child, shown before the command (`N=1 cargo …`).
    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Self {
        self.envs.push((key.to_owned(), value.as_ref().to_owned()));
        self
    }

    /// The directory it runs in, from which its paths are shown.
    pub fn dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.dir = Some(dir.as_ref().to_owned());
        self
    }

    /// [`Cmd::run`] throws its standard output away (what is measured is its time).
    pub fn discard_stdout(mut self) -> Self {
        self.discard_stdout = true;
        self
    }

    /// [`Cmd::read`] lets its standard error through as it comes (a build's progress).
    pub fn live_stderr(mut self) -> Self {
        self.live_stderr = true;
        self
    }

    /// Prints `$ <command>`. It is out before the child's output, which goes straight to
    /// the same file; if the reader has left, the child is not started.
    pub fn echo(&self) -> Result<&Self> {
        say(format_args!("$ {self}")).map(|()| self)
    }

    /// Prints the command, runs it with inherited output, and fails naming it if it does
    /// not succeed.
    pub fn run(&self) -> Result<()> {
        self.echo()?;
        let mut command = self.command();
        command.stdout(if self.discard_stdout { Stdio::null() } else { Stdio::inherit() });
        let status = command.status().with_context(|| format!("could not run `{self}`"))?;
        anyhow::ensure!(status.success(), "`{self}` failed ({status})");
        Ok(())
    }

    /// Runs it quietly and returns its standard output. Fails naming it if it does not
    /// succeed, after showing its standard error, which explains why.
    pub fn read(&self) -> Result<String> {
        let mut command = self.command();
        command.stderr(if self.live_stderr { Stdio::inherit() } else { Stdio::piped() });
        let output = command.output().with_context(|| format!("could not run `{self}`"))?;
        if !output.status.success() {
            tell(String::from_utf8_lossy(&output.stderr));
            bail!("`{self}` failed ({})", output.status);
        }
        String::from_utf8(output.stdout)
            .ok()
            .with_context(|| format!("`{self}` printed something that is not UTF-8"))
    }

    /// Runs it quietly, whatever its exit status (`cargo test` on a learner's file,
    /// `rustfmt --check`, valgrind's log): both outputs, for the caller to read.
    pub fn output(&self) -> Result<Output> {
        self.command().output().with_context(|| format!("could not run `{self}`"))
    }

    /// Runs it as [`Cmd::output`] does, but bounded: its address space capped (`ulimit -v`
    /// in a `sh` that then execs it, so no `unsafe` `pre_exec`), in a process group of its
    /// own, which is killed whole when its time is up or as soon as it ends: nothing it
    /// started outlives it. Both outputs (the first 4 MiB of each), and whether time ran out.
    pub fn output_within(&self, limits: Limits) -> Result<(Output, bool)> {
        let script = format!("ulimit -v {} && exec \"$0\" \"$@\"", limits.memory / 1024);
        let args = [OsString::from("-c"), script.into(), self.program.clone()];
        let wrapped =
            Cmd { program: "sh".into(), args: [&args[..], &self.args].concat(), ..self.clone() };
        let mut command = wrapped.command();
        command.process_group(0).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = command.spawn().with_context(|| format!("could not run `{self}`"))?;
        let group = rustix::process::Pid::from_child(&child);
        fn read(mut pipe: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.by_ref().take(4 << 20).read_to_end(&mut bytes);
                let _ = io::copy(&mut pipe, &mut io::sink());
                bytes
            })
        }
        let (stdout, stderr) = (child.stdout.take().map(read), child.stderr.take().map(read));
        let deadline = Instant::now() + Duration::from_secs(limits.seconds.into());
        let ended = loop {
            match child.try_wait()? {
                Some(status) => break Some(status),
                None if Instant::now() >= deadline || interrupted() => break None,
                None => std::thread::sleep(Duration::from_millis(5)),
            }
        };
        // The group outlives its leader while any member is left (it cannot be reused).
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
        let status = ended.map_or_else(|| child.wait(), Ok)?;
        let joined = |t: Option<JoinHandle<_>>| t.and_then(|t| t.join().ok()).unwrap_or_default();
        let output = Output { status, stdout: joined(stdout), stderr: joined(stderr) };
        anyhow::ensure!(!interrupted(), "`{self}` was stopped by Ctrl-C");
        Ok((output, ended.is_none()))
    }

    /// Starts it with no output and does not wait for it (a browser); whether it started.
    pub fn start(&self) -> bool {
        self.command().stdout(Stdio::null()).stderr(Stdio::null()).spawn().is_ok()
    }

    fn command(&self) -> Command {
        // The cargo that is running us (cargo sets `$CARGO` for `cargo run`), and the
        // rustfmt of its toolchain beside it; anything else, or no `$CARGO`, from `PATH`.
        let cargo = std::env::var_os("CARGO").map(PathBuf::from);
        let program = match self.program.to_str() {
            Some("cargo") => cargo,
            Some("rustfmt") => cargo.and_then(|cargo| Some(cargo.parent()?.join("rustfmt"))),
            _ => None,
        };
        let program = program.filter(|program| program.is_file()).map(PathBuf::into_os_string);
        let mut command = Command::new(program.unwrap_or_else(|| self.program.clone()));
        command.args(&self.args).envs(self.envs.iter().map(|(k, v)| (k, v)));
        if let Some(dir) = &self.dir {
            command.current_dir(dir);
        }
        command
    }
}

/// Set by the first Ctrl-C once [`notice_ctrl_c`] was called.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// From now on the first Ctrl-C does not end us but is noticed ([`interrupted`]): a run
/// [`Cmd::output_within`] started is killed with its process group (which a Ctrl-C does not
/// reach: it is not the terminal's), and the command ends in order. A second one ends us.
pub fn notice_ctrl_c() -> Result<()> {
    use signal_hook::consts::SIGINT;
    signal_hook::flag::register_conditional_shutdown(SIGINT, 130, &INTERRUPTED)?;
    signal_hook::flag::register(SIGINT, &INTERRUPTED)?;
    Ok(())
}

/// Whether Ctrl-C was pressed since [`notice_ctrl_c`].
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// As a user would type it in the directory it runs in: `N=1000 cargo test 'a b'`, paths
/// inside that directory relative to it (the absolute ones are this machine's).
impl fmt::Display for Cmd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dir = self.dir.as_ref().map(|dir| format!("{}/", dir.display()));
        let envs = self.envs.iter().map(|(k, v)| format!("{k}={}", v.to_string_lossy()));
        let words = std::iter::once(&self.program).chain(&self.args).map(|word| {
            let word = word.to_string_lossy();
            let word = dir.as_ref().map_or(word.to_string(), |dir| word.replace(dir, ""));
            let quoted = word.is_empty() || word.contains(char::is_whitespace);
            if quoted { format!("'{word}'") } else { word }
        });
        f.write_str(&envs.chain(words).collect::<Vec<_>>().join(" "))
    }
}

#[cfg(test)]
mod tests;
