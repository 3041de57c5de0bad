//! The echo server as its peers meet it: plain std threads as clients, the server on port 0.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::thread;
use std::time::Duration;

const MIB: usize = 1024 * 1024;
const PATIENCE: Duration = Duration::from_secs(30);

/// A running server; killed if a test ends without stopping it.
struct Server {
    child: Child,
    addr: SocketAddr,
    /// What it prints after the line with its address; `None` once nobody reads it.
    stdout: Option<BufReader<ChildStdout>>,
    /// Lines of its standard error, as they come.
    stderr: Receiver<String>,
}

impl Server {
    fn start() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_echo-server"))
            .args(["--listen", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let stderr = BufReader::new(child.stderr.take().unwrap());
        let (lines, received) = channel();
        thread::spawn(move || {
            stderr
                .lines()
                .map_while(Result::ok)
                .try_for_each(|l| lines.send(l))
        });
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
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-INT", &pid])
                .status()
                .unwrap()
                .success()
        );
        self.child.wait().unwrap().code()
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
        reason.starts_with("Connection reset by peer") || reason.starts_with("Broken pipe"),
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
fn a_bad_address_is_refused_with_one_line_and_exit_code_2() {
    Command::new(env!("CARGO_BIN_EXE_echo-server"))
        .args(["--listen", "localhost:6666"])
        .output()
        .map(|out| {
            assert_eq!(out.status.code(), Some(2));
            assert_eq!(out.stdout, b"");
            assert_eq!(
                String::from_utf8(out.stderr).unwrap(),
                "error: invalid value 'localhost:6666' for '--listen <ADDR>': invalid socket address syntax\n"
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
