//! The echo server as its peers meet it: plain std threads as clients, the server on port 0.

use std::collections::HashSet;
use std::fs::OpenOptions;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::process::{Child, ChildStderr, ChildStdout, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::thread;
use std::time::{Duration, Instant};

const MIB: usize = 1024 * 1024;
const PATIENCE: Duration = Duration::from_secs(30);

/// Where a server's standard error goes.
enum Stderr {
    /// A pipe whose lines the test receives as they come ([`Server::stderr`]).
    Read,
    /// A pipe that nobody reads (64 KiB on Linux, then writes block), left in
    /// `child.stderr` for the test to read once it wants to.
    Unread,
    /// `/dev/full`: every write fails.
    Full,
}

/// A running server; killed if a test ends without stopping it.
struct Server {
    child: Child,
    addr: SocketAddr,
    /// What it prints after the line with its address; `None` once nobody reads it.
    stdout: Option<BufReader<ChildStdout>>,
    /// Lines of its standard error, as they come (none unless started with [`Stderr::Read`]).
    stderr: Receiver<String>,
}

impl Server {
    fn start() -> Self {
        Self::start_with(Stderr::Read)
    }

    fn start_with(stderr: Stderr) -> Self {
        let mut server = Command::new(env!("CARGO_BIN_EXE_echo-server"));
        server.args(["--listen", "127.0.0.1:0"]);
        Self::launch(server, stderr)
    }

    /// Starts `command`, which must run the server (perhaps through `sh -c 'exec …'`).
    fn launch(mut command: Command, stderr: Stderr) -> Self {
        let to = match stderr {
            Stderr::Read | Stderr::Unread => Stdio::piped(),
            Stderr::Full => OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap()
                .into(),
        };
        let mut child = command.stdout(Stdio::piped()).stderr(to).spawn().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let received = match stderr {
            Stderr::Read => lines_of(child.stderr.take().unwrap()),
            Stderr::Unread | Stderr::Full => channel().1,
        };
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        let addr = first
            .strip_prefix("listening on ")
            .expect(&first)
            .trim_end();
        let addr = addr.parse().unwrap();
        Server {
            child,
            addr,
            stdout: Some(stdout),
            stderr: received,
        }
    }

    fn connect(&self) -> TcpStream {
        let peer = TcpStream::connect(self.addr).unwrap();
        peer.set_read_timeout(Some(PATIENCE)).unwrap();
        peer
    }

    /// Sends Ctrl-C (SIGINT), returns the exit code.
    fn interrupt(&mut self) -> Option<i32> {
        self.interrupt_within(PATIENCE).0
    }

    /// Sends Ctrl-C (SIGINT), returns the exit code and how long the server took to exit
    /// after it. Fails if the server is still running after `limit` (`Drop` kills it).
    fn interrupt_within(&mut self, limit: Duration) -> (Option<i32>, Duration) {
        let sent = Instant::now();
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-INT", &pid])
                .status()
                .unwrap()
                .success()
        );
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status.code(), sent.elapsed());
            }
            assert!(
                sent.elapsed() < limit,
                "still running {limit:?} after Ctrl-C"
            );
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// Sends Ctrl-C (SIGINT), returns the exit code and the rest of its standard output.
    fn ctrl_c(mut self) -> (Option<i32>, String) {
        let code = self.interrupt();
        let mut rest = String::new();
        let mut stdout = self.stdout.take().expect("standard output still read");
        stdout.read_to_string(&mut rest).unwrap();
        (code, rest)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends `bytes` from one thread while reading the echo on this one (the server answers
/// as it reads: a client that wrote everything first would fill both buffers and stall).
fn round_trip(mut peer: TcpStream, bytes: Vec<u8>) -> Vec<u8> {
    let mut sending = peer.try_clone().unwrap();
    let sender = thread::spawn(move || {
        sending.write_all(&bytes).unwrap();
        sending.shutdown(Shutdown::Write).unwrap(); // end of stream: the server's `Ok(0)`
    });
    let mut echoed = Vec::new();
    peer.read_to_end(&mut echoed).unwrap();
    sender.join().unwrap();
    echoed
}

/// The lines of `stderr`, received as they come, on a thread of their own.
fn lines_of(stderr: ChildStderr) -> Receiver<String> {
    let (lines, received) = channel();
    thread::spawn(move || {
        BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
            .try_for_each(|l| lines.send(l))
    });
    received
}

/// Runs `work` on a thread of its own and returns its result and how long it took; fails
/// if that is more than `limit`, so that a server that stalls fails the test instead of
/// hanging it.
fn within<T: Send + 'static>(
    limit: Duration,
    what: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> (T, Duration) {
    let started = Instant::now();
    let (done, result) = channel();
    thread::spawn(move || done.send(work()));
    match result.recv_timeout(limit) {
        Ok(value) => (value, started.elapsed()),
        Err(RecvTimeoutError::Timeout) => panic!("{what}: not done within {limit:?}"),
        Err(RecvTimeoutError::Disconnected) => panic!("{what}: failed (see above)"),
    }
}

/// One MiB that differs from peer to peer, so that a mix-up between peers would show.
fn mebibyte_for(peer: usize) -> Vec<u8> {
    (0..MIB)
        .map(|i| ((i * 31 + peer * 7) % 251) as u8)
        .collect()
}

// ANCHOR: twenty_peers
#[test]
fn twenty_peers_at_once_each_get_their_own_mebibyte_back() {
    let server = Server::start();
    let peers: Vec<_> = (0..20)
        .map(|n| {
            let peer = server.connect();
            thread::spawn(move || round_trip(peer, mebibyte_for(n)) == mebibyte_for(n))
        })
        .collect();
    for (n, peer) in peers.into_iter().enumerate() {
        assert!(peer.join().unwrap(), "peer {n} got other bytes back");
    }
    assert!(server.stderr.try_recv().is_err(), "no peer failed");
    assert_eq!(server.ctrl_c(), (Some(0), "stopped by Ctrl-C\n".to_owned()));
}
// ANCHOR_END: twenty_peers

// ANCHOR: vanishing_peer
#[test]
fn a_peer_that_vanishes_mid_transfer_ends_only_its_own_task() {
    let server = Server::start();
    let mut vanishing = server.connect();
    let port = vanishing.local_addr().unwrap().port();
    vanishing.write_all(&mebibyte_for(0)[..64 * 1024]).unwrap();
    // Wait until echoed bytes are waiting unread, then close: with unread bytes, the
    // kernel resets the connection instead of ending it cleanly.
    while vanishing.peek(&mut [0; 1]).unwrap() == 0 {}
    drop(vanishing);
    let line = server.stderr.recv_timeout(PATIENCE).unwrap();
    let reason = line
        .strip_prefix(&format!("peer 127.0.0.1:{port}: "))
        .expect(&line);
    assert!(
        reason.starts_with("Connection reset by peer")
            || reason.starts_with("Broken pipe"),
        "{line}"
    );
    // The server goes on serving.
    let again = round_trip(server.connect(), b"Underworld -> Born Slippy".to_vec());
    assert_eq!(again, b"Underworld -> Born Slippy");
    assert!(
        server.stderr.try_recv().is_err(),
        "one line for the peer that vanished"
    );
    assert_eq!(server.ctrl_c(), (Some(0), "stopped by Ctrl-C\n".to_owned()));
}
// ANCHOR_END: vanishing_peer

#[test]
fn ctrl_c_stops_the_server_while_a_peer_is_still_connected() {
    let server = Server::start();
    let mut idle = server.connect();
    idle.write_all(b"Front 242").unwrap();
    let mut echoed = [0; 9];
    idle.read_exact(&mut echoed).unwrap();
    assert_eq!(&echoed, b"Front 242");
    assert_eq!(server.ctrl_c(), (Some(0), "stopped by Ctrl-C\n".to_owned()));
    // Its task went with the runtime, and the socket with the task.
    assert_eq!(idle.read(&mut [0; 1]).unwrap(), 0);
}

#[test]
fn a_reader_that_went_away_does_not_stop_the_server() {
    let mut server = Server::start();
    drop(server.stdout.take()); // its last line, "stopped by Ctrl-C", finds the pipe closed
    let echoed = round_trip(server.connect(), b"Orbital -> Chime".to_vec());
    assert_eq!(echoed, b"Orbital -> Chime");
    assert_eq!(server.interrupt(), Some(0));
    // The server has exited: its standard error is closed, and it said nothing there.
    assert_eq!(server.stderr.recv().ok(), None);
}

#[test]
fn a_bad_address_is_refused_with_exit_code_2() {
    Command::new(env!("CARGO_BIN_EXE_echo-server"))
        .args(["--listen", "localhost:6666"])
        .output()
        .map(|out| {
            assert_eq!(out.status.code(), Some(2));
            assert_eq!(out.stdout, b"");
            assert_eq!(
                String::from_utf8(out.stderr).unwrap(),
                "error: invalid value 'localhost:6666' for '--listen <ADDR>': invalid socket address syntax\n\
                 For more information, try '--help'.\n"
            );
        })
        .unwrap();
}

#[test]
fn an_address_in_use_is_one_line_and_exit_code_1() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_echo-server"))
        .args(["--listen", &addr.to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout, b"");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!("error: cannot listen on {addr}: Address already in use (os error 98)\n")
    );
}

/// How many peers the stall tests make vanish: one line each, about 62 bytes
/// ("peer 127.0.0.1:PORT: Connection reset by peer (os error 104)"), so 1,500 of them are
/// some 90 KB, more than a 64 KiB pipe and the server's queue of log lines hold together.
const VANISHING: usize = 1500;
/// What the issue promises a client while standard error is stuck, and Ctrl-C.
const ECHO_LIMIT: Duration = Duration::from_secs(5);
const CTRL_C_LIMIT: Duration = Duration::from_secs(2);

/// Makes `count` peers vanish one after another, each so that the server writes a line
/// about it, and returns their ports. Each sends a few bytes, waits until they are echoed,
/// and closes with them unread: the kernel resets the connection, and the server's next
/// read fails. Fails if an echo takes longer than [`ECHO_LIMIT`]: the server has stalled.
fn vanish(addr: SocketAddr, count: usize) -> Vec<u16> {
    (0..count)
        .map(|n| {
            let mut peer = TcpStream::connect(addr).unwrap();
            peer.set_read_timeout(Some(ECHO_LIMIT)).unwrap();
            peer.write_all(b"Chemical Brothers").unwrap();
            match peer.peek(&mut [0; 1]) {
                Ok(1) => peer.local_addr().unwrap().port(),
                other => panic!("peer {n} of {count} got no echo: {other:?}"),
            }
        })
        .collect()
}

/// The port in a line about a peer that vanished (see [`vanish`]), or `None`.
fn vanished_port(line: &str) -> Option<u16> {
    let (port, reason) = line.strip_prefix("peer 127.0.0.1:")?.split_once(": ")?;
    let reset = reason == "Connection reset by peer (os error 104)";
    (reset || reason == "Broken pipe (os error 32)").then(|| port.parse().unwrap())
}

/// 64 KiB sent by one client, which must come back exact within [`ECHO_LIMIT`].
fn echo_within_limit(server: &Server) -> Duration {
    let bytes = mebibyte_for(1500)[..64 * 1024].to_vec();
    let expected = bytes.clone();
    let peer = server.connect();
    let (echoed, took) =
        within(ECHO_LIMIT, "a 64 KiB echo", move || round_trip(peer, bytes));
    assert!(echoed == expected, "other bytes came back");
    took
}

#[test]
fn a_standard_error_that_nobody_reads_stalls_neither_the_peers_nor_ctrl_c() {
    let mut server = Server::start_with(Stderr::Unread);
    let addr = server.addr;
    let (ports, vanishing) =
        within(PATIENCE, "peers vanishing", move || vanish(addr, VANISHING));
    let echo = echo_within_limit(&server);
    let (code, exit) = server.interrupt_within(CTRL_C_LIMIT);
    assert_eq!(code, Some(0));
    eprintln!(
        "{VANISHING} peers vanished in {vanishing:?}, echo {echo:?}, Ctrl-C to exit {exit:?}"
    );
    // What the pipe holds now: it was full, of lines about the peers that vanished.
    let mut held = String::new();
    let mut stderr = server.child.stderr.take().unwrap();
    stderr.read_to_string(&mut held).unwrap();
    assert!(held.len() > 64 * 1024 - 100, "{} bytes", held.len());
    let ports: HashSet<_> = ports.into_iter().collect();
    for line in held.lines() {
        assert!(
            vanished_port(line).is_some_and(|p| ports.contains(&p)),
            "{line}"
        );
    }
}

#[test]
fn every_peer_that_vanished_is_a_line_or_counted_among_the_dropped() {
    let mut server = Server::start_with(Stderr::Unread);
    let addr = server.addr;
    let (ports, _) = within(PATIENCE, "peers vanishing", move || vanish(addr, VANISHING));
    // Reading at last: the server writes what it kept, and how many lines it dropped.
    let lines = lines_of(server.child.stderr.take().unwrap());
    let ports: HashSet<_> = ports.into_iter().collect();
    let (mut logged, mut dropped) = (HashSet::new(), 0);
    while logged.len() + dropped < VANISHING {
        let line = lines.recv_timeout(PATIENCE).unwrap();
        if let Some(count) = line.strip_suffix(" log lines dropped") {
            dropped += count.parse::<usize>().unwrap();
        } else {
            let port = vanished_port(&line).expect(&line);
            assert!(ports.contains(&port) && logged.insert(port), "{line}");
        }
    }
    assert!(dropped > 0, "the queue of log lines never filled");
    assert_eq!(server.interrupt(), Some(0));
    assert_eq!(lines.recv().ok(), None, "no line more");
}

/// The server under `ulimit -n 16`: a handful of peers use up its file descriptors.
fn server_with_16_descriptors(stderr: Stderr) -> Server {
    let mut sh = Command::new("sh");
    let script = r#"ulimit -n 16 && exec "$0" --listen 127.0.0.1:0"#;
    sh.args(["-c", script, env!("CARGO_BIN_EXE_echo-server")]);
    Server::launch(sh, stderr)
}

/// Connects peers until the server has no file descriptor left (0 to 15 all open: the
/// next accept fails). Fails if the server exits meanwhile.
fn crowd_out(server: &mut Server) -> Vec<TcpStream> {
    let fds = format!("/proc/{}/fd", server.child.id());
    // The count is not enough: the server may have inherited descriptors above 15
    // (cargo's jobserver), which the limit lets it keep.
    let below_16 = || {
        let open = std::fs::read_dir(&fds)
            .unwrap()
            .map(|fd| fd.unwrap().file_name());
        open.filter(|fd| fd.to_str().unwrap().parse::<u32>().unwrap() < 16)
            .count()
    };
    let crowd = (0..24).map(|_| server.connect()).collect();
    let since = Instant::now();
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            panic!("the server ended: {status}");
        }
        let open = below_16();
        if open == 16 {
            return crowd;
        }
        assert!(
            since.elapsed() < PATIENCE,
            "{open} descriptors below 16 open"
        );
        thread::sleep(Duration::from_millis(10));
    }
}

/// CPU time the process has used so far, in clock ticks (user and system).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let (_, fields) = stat.rsplit_once(')').unwrap();
    let fields: Vec<&str> = fields.split_whitespace().collect();
    // Fields 14 and 15 of proc(5), counted from the pid; `fields` starts at field 3.
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn running_out_of_file_descriptors_neither_ends_the_server_nor_makes_it_spin() {
    let mut server = server_with_16_descriptors(Stderr::Read);
    let crowd = crowd_out(&mut server);
    let line = server.stderr.recv_timeout(PATIENCE).unwrap();
    assert_eq!(line, "accept: Too many open files (os error 24)");
    // It tries again every 100 ms, not in a loop: a second costs it almost nothing.
    let before = cpu_ticks(server.child.id());
    thread::sleep(Duration::from_secs(1));
    let spent = cpu_ticks(server.child.id()) - before;
    assert!(spent <= 10, "{spent} ticks of CPU in a second");
    // The crowd leaves; each of its tasks sees the end of its stream and frees a
    // descriptor; the server accepts again.
    drop(crowd);
    let echoed = round_trip(server.connect(), b"Prodigy -> Firestarter".to_vec());
    assert_eq!(echoed, b"Prodigy -> Firestarter");
    assert_eq!(server.interrupt(), Some(0));
}

#[test]
fn a_standard_error_that_cannot_be_written_does_not_end_the_server() {
    // With `2>/dev/full`, every line the server writes fails: lines about peers that
    // vanish, lines about accepting that failed.
    let mut server = server_with_16_descriptors(Stderr::Full);
    let crowd = crowd_out(&mut server);
    thread::sleep(Duration::from_millis(200)); // an accept or two fails meanwhile
    drop(crowd);
    vanish(server.addr, 50);
    let echoed = round_trip(server.connect(), b"Orbital -> Halcyon".to_vec());
    assert_eq!(echoed, b"Orbital -> Halcyon");
    assert_eq!(server.ctrl_c(), (Some(0), "stopped by Ctrl-C\n".to_owned()));
}
