//! The three servers: built (or said to be missing), started on a free port, watched while
//! they serve, and killed when dropped.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::channel;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use cpp_parity::GXX_FLAGS;

use crate::build::artifact;
use anyhow::{Context, Result, bail};
use tool_shell::output::say;
use tool_shell::process::Cmd;

/// A server, as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// Its name in the table and its anchors.
    pub id: &'static str,
    /// One line for the table.
    pub what: &'static str,
}

/// The yardstick: every ratio is to it.
pub const ASIO: Kind = Kind {
    id: "asio",
    what: "the talk's program serving many peers: `co_spawn` per peer, standalone asio 1.22, g++ -O2",
};
/// The same program serving each peer with `echo_try_first`: reading and writing at once
/// while the socket can, suspending only when it would block, as a tokio task does.
pub const ASIO_TRY_FIRST: Kind = Kind {
    id: "asio-try-first",
    what: "the same, but each read and write tried at once, `async_wait` only when it would block",
};
pub const TOKIO: Kind =
    Kind { id: "tokio", what: "step 7's `echo-server`: a task per peer, `current_thread` runtime" };
pub const BLOCKING: Kind =
    Kind { id: "blocking", what: "C, a thread per peer blocked in `read`/`write`: the floor" };

/// A server built, and how to start it.
#[derive(Debug, Clone)]
pub struct Built {
    pub kind: Kind,
    program: PathBuf,
    /// Its arguments: listen on any free port of 127.0.0.1.
    args: &'static [&'static str],
}

/// Builds the servers it can, printing each command; says loudly which it cannot (a
/// failure if `CI` is set). `release`: step 7's server in the release profile (for
/// measuring), else the dev one its tests built already (for `--quick`). Returns the
/// servers, asio first where it was built, and the build commands as typed.
pub fn build(root: &Path, release: bool) -> Result<(Vec<Built>, Vec<String>)> {
    let profile = if release { " --release" } else { "" };
    let args = format!(
        "build{profile} -p step07-continuation --bin echo-server --locked --message-format=json-render-diagnostics"
    );
    let cargo = Cmd::cargo(args.split_whitespace()).dir(root).live_stderr();
    let tokio = artifact(&cargo.echo()?.read()?, "echo-server", "bin")?;
    let dir = tokio.parent().unwrap_or(root).to_owned();
    let mut commands = vec![cargo.to_string()];
    let mut servers = Vec::new();
    let asio = dir.join("asio_echo");
    let gxx = Cmd::new("g++").args(GXX_FLAGS).arg(root.join("bench/echo/asio_echo.cpp"));
    let gxx = gxx.arg("-o").arg(&asio).dir(root);
    if compile(&gxx, "asio.hpp", "the asio server (g++ and Debian's libasio-dev)")? {
        servers.push(Built { kind: ASIO, program: asio.clone(), args: &["0"] });
        servers.push(Built { kind: ASIO_TRY_FIRST, program: asio, args: &["0", "--try-first"] });
        commands.push(gxx.to_string());
    }
    servers.push(Built { kind: TOKIO, program: tokio, args: &["--listen", "127.0.0.1:0"] });
    let blocking = dir.join("blocking_echo");
    let gcc = ["-std=c17", "-O2", "-Wall", "-Werror", "-pthread"];
    let gcc = Cmd::new("gcc").args(gcc).arg(root.join("bench/echo/blocking_echo.c"));
    let gcc = gcc.arg("-o").arg(&blocking).dir(root);
    if compile(&gcc, "stdio.h", "the blocking server (gcc)")? {
        servers.push(Built { kind: BLOCKING, program: blocking, args: &["0"] });
        commands.push(gcc.to_string());
    }
    Ok((servers, commands))
}

/// Runs a compiler; `false`, said loudly, if it or the header `header` is not installed
/// (a failure under `CI`); an error if it rejects the file.
fn compile(cmd: &Cmd, header: &str, what: &str) -> Result<bool> {
    cmd.echo()?;
    // Not there: no compiler to start, or no such header.
    if let Ok(out) = cmd.output() {
        if out.status.success() {
            return Ok(true);
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !stderr.contains(&format!("{header}: No such file")) {
            tool_shell::output::tell(stderr);
            bail!("`{cmd}` failed ({})", out.status);
        }
    }
    let message = format!("{what} is not installed: its row could NOT be measured");
    if std::env::var_os("CI").is_some() {
        bail!("{message}; CI is set, so this is a failure");
    }
    say(format_args!("\n*** SKIPPED: {message} ***\n"))?;
    Ok(false)
}

/// How long a server may take to say where it listens.
const STARTING: Duration = Duration::from_secs(10);

/// A server running; killed when dropped.
pub struct Running {
    pub kind: Kind,
    pub addr: SocketAddr,
    child: Child,
    /// What it wrote on standard error so far: nothing, while all is well.
    stderr: Arc<Mutex<String>>,
}

impl Running {
    /// Starts `built` and waits for the line with its address.
    pub fn start(built: &Built) -> Result<Running> {
        let mut command = Command::new(&built.program);
        command.args(built.args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let shown = built.program.display();
        let mut child = command.spawn().with_context(|| format!("could not run {shown}"))?;
        let (stdout, stderr) = (child.stdout.take(), child.stderr.take());
        let said = Arc::new(Mutex::new(String::new()));
        let (first, line) = channel();
        // Its first line, then everything else, read as it comes: a server never waits on us.
        thread::spawn(move || {
            let mut stdout = BufReader::new(stdout?);
            let mut line = String::new();
            let _ = first.send(stdout.read_line(&mut line).map(|_| line));
            std::io::copy(&mut stdout, &mut std::io::sink()).ok()
        });
        let collected = said.clone();
        thread::spawn(move || {
            for line in BufReader::new(stderr?).split(b'\n').map_while(Result::ok) {
                let line = String::from_utf8_lossy(&line);
                collected.lock().ok()?.push_str(&format!("{line}\n"));
            }
            Some(())
        });
        let mut running =
            Running { kind: built.kind, addr: ([0, 0, 0, 0], 0).into(), child, stderr: said };
        let line = line.recv_timeout(STARTING).ok().and_then(Result::ok).unwrap_or_default();
        let addr = line.trim_end().strip_prefix("listening on ").and_then(|a| a.parse().ok());
        let Some(addr) = addr else {
            running.check()?;
            bail!("{shown} said {line:?}, not \"listening on ADDR\", within {STARTING:?}");
        };
        running.addr = addr;
        Ok(running)
    }

    /// Fails if the server has exited or written anything on standard error.
    pub fn check(&mut self) -> Result<()> {
        let id = self.kind.id;
        if let Some(status) = self.child.try_wait()? {
            bail!("the {id} server exited ({status}): {}", self.said());
        }
        let said = self.said();
        anyhow::ensure!(said.is_empty(), "the {id} server wrote on standard error: {said}");
        Ok(())
    }

    fn said(&self) -> String {
        self.stderr.lock().map(|text| text.trim_end().to_owned()).unwrap_or_default()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
