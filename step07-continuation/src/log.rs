//! The echo server's diagnostics, kept off its serving thread.
//!
//! A peer that vanishes is worth a line on standard error, but writing that line may block:
//! a pipe nobody reads fills up (64 KiB on Linux), a terminal can be paused. A blocking
//! write on the runtime's only thread would stall every peer and Ctrl-C with it, and a
//! remote client can cause one line per connection. So [`Log::line`] never writes: it hands
//! the line to a bounded queue with `try_send`, and a thread of its own (the *drain*) does
//! the writing, blocked on standard error as long as it has to be.
//!
//! Why a `std::sync::mpsc::sync_channel` and a std thread, not `tokio::io::stderr()`:
//! tokio's stderr is a blocking write moved to a blocking-pool thread, with no bound on how
//! many writes queue up behind a stuck one, and awaiting it would make the task that logs
//! wait on the reader of standard error. A `sync_channel` has a fixed capacity, `try_send`
//! never waits, and a line that finds the queue full is dropped and counted; the drain
//! says how many as soon as it can write again.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{
    Receiver, RecvTimeoutError, SyncSender, TrySendError, sync_channel,
};
use std::thread;
use std::time::Duration;

/// How many lines may wait for the drain. A line is under 100 bytes, so a log that cannot
/// be written holds at most a few tens of KiB.
const CAPACITY: usize = 256;

/// A handle to the log; clones share one queue and one drain thread.
#[derive(Clone)]
pub struct Log {
    /// Lines for the drain, newline included. `None` asks the drain only to look at
    /// `dropped` (see [`Log::line`]).
    queue: SyncSender<Option<String>>,
    /// Lines dropped since the drain last reported them.
    dropped: Arc<AtomicU64>,
}

/// The drain thread's end, for [`Drained::wait`]: the receiving side of a channel that the
/// thread closes (never sends on) as it returns.
pub struct Drained(Receiver<()>);

impl Log {
    /// Starts a drain thread writing to standard error. Fails only if the thread cannot
    /// be started.
    pub fn to_stderr() -> io::Result<(Log, Drained)> {
        Log::to(io::stderr())
    }

    /// Starts a drain thread writing to `out`.
    pub fn to(out: impl Write + Send + 'static) -> io::Result<(Log, Drained)> {
        let (queue, lines) = sync_channel(CAPACITY);
        let dropped = Arc::new(AtomicU64::new(0));
        // The drain holds `done` and never sends on it: its end is the message.
        let (done, drained) = sync_channel(0);
        let counted = Arc::clone(&dropped);
        thread::Builder::new().name("log".into()).spawn(move || {
            drain(&lines, &counted, out);
            drop(done);
        })?;
        Ok((Log { queue, dropped }, Drained(drained)))
    }

    /// Queues one line without waiting; if the queue is full, the line is dropped and
    /// counted.
    pub fn line(&self, line: std::fmt::Arguments<'_>) {
        match self.queue.try_send(Some(format!("{line}\n"))) {
            Ok(()) | Err(TrySendError::Disconnected(_)) => {}
            Err(TrySendError::Full(_)) => {
                self.dropped.fetch_add(1, Ordering::SeqCst);
                // The drain looks at `dropped` after each entry it takes. If the queue is
                // still full, entries are waiting and it will see this drop; if it has
                // just emptied, this nudge makes sure it does not sleep on it.
                let _ = self.queue.try_send(None);
            }
        }
    }
}

impl Drained {
    /// Waits until every queued line is written, or `patience` has passed: a standard
    /// error that nobody reads must not keep the process from ending.
    pub fn wait(self, patience: Duration) {
        // Ok is impossible (nothing is sent); Disconnected means the drain has ended.
        let _: Result<(), RecvTimeoutError> = self.0.recv_timeout(patience);
    }
}

/// The drain thread's body: writes lines until every [`Log`] is gone.
///
/// A failed write (`2>/dev/full`, a closed pipe) is let go: standard error is the one
/// place where it could be reported, and the server must go on serving.
fn drain(lines: &Receiver<Option<String>>, dropped: &AtomicU64, mut out: impl Write) {
    while let Ok(line) = lines.recv() {
        if let Some(line) = line {
            let _ = out.write_all(line.as_bytes());
        }
        let lost = dropped.swap(0, Ordering::SeqCst);
        if lost > 0 {
            let _ = writeln!(out, "{lost} log lines dropped");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::lock;
    use std::sync::Mutex;

    /// A writer that blocks until the test lets it go, then collects what it gets.
    struct Gate {
        open: Arc<Mutex<()>>,
        written: Arc<Mutex<Vec<u8>>>,
    }

    impl Write for Gate {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            drop(lock(&self.open));
            lock(&self.written).extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_stuck_writer_drops_lines_counts_them_and_never_blocks_the_caller() {
        let open = Arc::new(Mutex::new(()));
        let written = Arc::new(Mutex::new(Vec::new()));
        let closed = lock(&open);
        let gate = Gate {
            open: Arc::clone(&open),
            written: Arc::clone(&written),
        };
        let (log, drained) = Log::to(gate).unwrap();
        // One line may be taken by the drain (stuck in `write`), CAPACITY wait in the
        // queue, and the rest find it full: none of these calls waits.
        let sent = CAPACITY + 1 + 100;
        let (done, logged) = sync_channel(1);
        thread::spawn(move || {
            for n in 0..sent {
                log.line(format_args!("Moby -> Porcelain {n}"));
            }
            let _ = done.send(());
        });
        // On its own thread, so that a `line` that waited fails the test, not hangs it.
        logged.recv_timeout(Duration::from_secs(10)).unwrap();
        drop(closed);
        drained.wait(Duration::from_secs(10));
        let written = String::from_utf8(lock(&written).clone()).unwrap();
        let (kept, dropped): (Vec<_>, Vec<_>) =
            written.lines().partition(|l| l.starts_with("Moby"));
        let dropped: u64 = dropped
            .iter()
            .map(|l| l.strip_suffix(" log lines dropped").unwrap().parse::<u64>())
            .sum::<Result<_, _>>()
            .unwrap();
        assert!(dropped >= 100, "{dropped} dropped");
        assert_eq!(kept.len() as u64 + dropped, sent as u64);
        assert_eq!(kept[0], "Moby -> Porcelain 0");
    }

    #[test]
    fn a_writer_that_fails_is_let_go_and_the_log_goes_on() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from(io::ErrorKind::StorageFull))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let (log, drained) = Log::to(Full).unwrap();
        for _ in 0..1000 {
            log.line(format_args!("Leftfield -> Open Up"));
        }
        drop(log);
        drained.wait(Duration::from_secs(10));
    }
}
