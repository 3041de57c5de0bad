//! The talk's teaser, on tokio: an echo server. A peer connects, everything it sends comes
//! back, until it closes its side.
//!
//! The talk's boost::asio version is one coroutine that accepts a peer, echoes to it until
//! end of file, then accepts the next: one peer at a time. This one spawns a task per peer,
//! so peers are served side by side, and a peer that fails ends only its own task.
//!
//! What goes wrong is said through a [`Log`], which never blocks: a peer can make the
//! server write a line, and a standard error that nobody reads must not stop the serving.

use crate::log::Log;
use std::io;
use std::pin::pin;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

// ANCHOR: echo
/// Echoes what `peer` sends until it closes its side. An `async fn` returns a future, as
/// an asio coroutine returns an `awaitable<…>`.
pub async fn echo(mut peer: TcpStream) -> io::Result<()> {
    // Any size works, a read returns what has arrived (the talk's holds 1000 bytes). A
    // large one means fewer trips through the runtime per byte: with 4 KiB, one client
    // streaming 256 MiB went at about 0.6 of a plain blocking echo server's speed; with
    // 64 KiB, on the heap so that the task stays small, about as fast.
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        // `?` returns a reset or a broken pipe to the caller: asio would throw it, or
        // hand it over as the first element of an `as_tuple`.
        let len = peer.read(&mut buf).await?;
        if len == 0 {
            return Ok(()); // end of stream: asio's `error::eof`
        }
        peer.write_all(&buf[..len]).await?;
    }
}
// ANCHOR_END: echo

// ANCHOR: serve
/// Accepts peers until `shutdown` completes; each peer gets a task of its own. What fails
/// goes to `log`, which never waits (see [`Log::line`]).
pub async fn serve(listener: TcpListener, log: Log, shutdown: impl Future<Output = ()>) {
    let mut shutdown = pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => return,
        };
        match accepted {
            // asio's `co_spawn(ctx, echo(…), detached)`: the JoinHandle is dropped, the
            // task runs on by itself, and its failure is its own.
            Ok((socket, peer)) => {
                let log = log.clone();
                drop(tokio::spawn(async move {
                    if let Err(err) = echo(socket).await {
                        log.line(format_args!("peer {peer}: {err}"));
                    }
                }));
            }
            // Failing to accept one peer (out of file descriptors, say) does not end the
            // server; the pause keeps it from spinning on an error that lasts.
            Err(err) => {
                log.line(format_args!("accept: {err}"));
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}
// ANCHOR_END: serve
