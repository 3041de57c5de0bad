//! The clients: plain std threads, two per connection (one writes while the other reads
//! the echo back: a client that wrote everything first would fill both sockets' buffers
//! and stall). Every byte that comes back is checked against what was sent; every socket
//! call has a timeout and the whole load a deadline, so a server that stalls fails the
//! run with a message instead of hanging it.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::sync::{Arc, Barrier, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};

pub const MIB: u64 = 1024 * 1024;

/// One load: `clients` connections at once, each sending `bytes` and reading them back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Load {
    /// Its anchor in the results (`1x256`).
    pub id: &'static str,
    pub clients: usize,
    pub bytes: u64,
}

impl Load {
    /// `16 × 1 MiB`, as the table heads its column.
    pub fn label(&self) -> String {
        let (value, unit) = match self.bytes {
            b if b % MIB == 0 => (b / MIB, "MiB"),
            b => (b / 1024, "KiB"),
        };
        format!("{} × {value} {unit}", self.clients)
    }

    pub fn total(&self) -> u64 {
        self.clients as u64 * self.bytes
    }
}

/// How long one read or write may wait: far more than any of them takes on loopback.
const PATIENCE: Duration = Duration::from_secs(10);
/// How long a whole load may take: 256 MiB at 20 MiB/s, a server a hundred times slower
/// than these.
const DEADLINE: Duration = Duration::from_secs(15);

/// What every client sends: a pseudo-random table whose length is a prime, read around
/// from an offset of its own per client. A byte dropped, repeated or taken from another
/// client's stream shifts what follows, and the comparison fails.
const TABLE_LEN: usize = 1_000_003;

fn table() -> &'static [u8] {
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // xorshift64: any fixed sequence that does not repeat within the table will do.
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        (0..TABLE_LEN)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 56) as u8
            })
            .collect()
    })
}

/// Where client `client`'s stream starts in the table.
fn offset(client: usize) -> usize {
    (client * 7919) % TABLE_LEN
}

/// Whether `bytes` are what a stream holds from position `at` on, for a stream that starts
/// at `start` in the table.
pub fn matches(start: usize, at: u64, mut bytes: &[u8]) -> bool {
    let table = table();
    let mut from = ((start as u64 + at) % TABLE_LEN as u64) as usize;
    while !bytes.is_empty() {
        let len = bytes.len().min(TABLE_LEN - from);
        if bytes[..len] != table[from..from + len] {
            return false;
        }
        (bytes, from) = (&bytes[len..], 0);
    }
    true
}

/// Runs `load` against the server at `addr`: connects every client, starts them all at
/// once, and returns the time from the first client's start until the last echoed byte
/// was read and checked. Each client takes its own times: with more threads than cores,
/// whoever wakes first from the barrier may finish before the others have begun.
pub fn run(addr: SocketAddr, load: Load) -> Result<Duration> {
    let peers = (0..load.clients).map(|client| {
        let peer = TcpStream::connect_timeout(&addr, PATIENCE)?;
        peer.set_read_timeout(Some(PATIENCE))?;
        peer.set_write_timeout(Some(PATIENCE))?;
        Ok::<_, io::Error>((client, peer))
    });
    let peers: Vec<_> = peers
        .collect::<io::Result<_>>()
        .map_err(|err| anyhow::anyhow!("connecting {} clients to {addr}: {err}", load.clients))?;
    // Every writer and reader waits here, and so do we: the clients start all together.
    let start = Arc::new(Barrier::new(2 * load.clients + 1));
    let (done, results) = channel();
    for (client, peer) in peers {
        let (sending, start_writing, start_reading) =
            (peer.try_clone()?, start.clone(), start.clone());
        let writer = spawn(move || {
            start_writing.wait();
            let started = Instant::now();
            send(sending, offset(client), load.bytes).map(|()| started)
        })?;
        let done = done.clone();
        spawn(move || {
            start_reading.wait();
            let received = receive(peer, offset(client), load.bytes).map(|()| Instant::now());
            let sent = writer.join().unwrap_or_else(|_| Err("the writer panicked".into()));
            let times = sent.and_then(|started| Ok((started, received?)));
            let _ = done.send(times.map_err(|err| format!("client {client}: {err}")));
        })?;
    }
    drop(done);
    start.wait();
    let deadline = Instant::now() + DEADLINE;
    let (mut first, mut last) = (None::<Instant>, None::<Instant>);
    for _ in 0..load.clients {
        match results.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(Ok((started, ended))) => {
                first = Some(first.map_or(started, |first| first.min(started)));
                last = Some(last.map_or(ended, |last| last.max(ended)));
            }
            Ok(Err(err)) => bail!("{}: {err}", load.label()),
            Err(RecvTimeoutError::Timeout) => {
                bail!("{}: not done within {DEADLINE:?}: the server stalled", load.label())
            }
            Err(RecvTimeoutError::Disconnected) => bail!("{}: a client vanished", load.label()),
        }
    }
    Ok(last.zip(first).map_or(Duration::ZERO, |(last, first)| last - first))
}

/// A thread, or an error if the system has none left for us (the threads started so far
/// then wait at the barrier until we exit).
fn spawn<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<thread::JoinHandle<T>> {
    let thread = thread::Builder::new().stack_size(256 * 1024).spawn(work);
    thread.map_err(|err| anyhow::anyhow!("starting a client thread: {err}"))
}

/// Writes `bytes` of the stream that starts at `start`, then ends it (the server's end
/// of stream: it finishes the echo and closes).
fn send(mut peer: TcpStream, start: usize, bytes: u64) -> Result<(), String> {
    let table = table();
    let (mut sent, mut from) = (0, start);
    while sent < bytes {
        let len = (bytes - sent).min((TABLE_LEN - from) as u64) as usize;
        peer.write_all(&table[from..from + len]).map_err(|err| format!("writing: {err}"))?;
        (sent, from) = (sent + len as u64, 0);
    }
    peer.shutdown(Shutdown::Write).map_err(|err| format!("ending the stream: {err}"))
}

/// Reads the echo until the server closes, checking every byte against what was sent.
fn receive(mut peer: TcpStream, start: usize, bytes: u64) -> Result<(), String> {
    let mut buf = vec![0; 64 * 1024];
    let mut received = 0;
    loop {
        let len = match peer.read(&mut buf) {
            Ok(len) => len,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(format!("reading after {received} of {bytes} bytes: {err}")),
        };
        if len == 0 {
            return match received == bytes {
                true => Ok(()),
                false => Err(format!("the server closed after {received} of {bytes} bytes")),
            };
        }
        if received + len as u64 > bytes {
            return Err(format!("more came back than was sent ({bytes} bytes)"));
        }
        if !matches(start, received, &buf[..len]) {
            return Err(format!(
                "other bytes came back, within bytes {received} to {}",
                received + len as u64
            ));
        }
        received += len as u64;
    }
}
