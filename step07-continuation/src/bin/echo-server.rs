//! `echo-server`: the talk's boost::asio teaser on tokio. Prints the address it listens on,
//! echoes every peer's bytes back to it, stops cleanly on Ctrl-C.

use clap::Parser;
use std::io::Write;
use std::net::SocketAddr;
use std::pin::pin;
use std::process::ExitCode;
use std::task::Poll;
use std::time::Duration;
use step07_continuation::echo::serve;
use step07_continuation::log::Log;
use tokio::net::TcpListener;

/// An echo server: one task per peer, each sending back what it receives.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    /// Address to listen on, IP:PORT (port 0: any free port)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:6666")]
    listen: SocketAddr,
}

/// How long a server that stops waits for its last log lines to be written: enough for a
/// terminal or a reader that keeps up, short enough that a standard error nobody reads
/// does not hold up the exit after Ctrl-C.
const LOG_PATIENCE: Duration = Duration::from_millis(200);

fn main() -> ExitCode {
    let Cli { listen } = coro_cli::parse();
    // Every line meant for standard error goes through the log: a peer can make the
    // server write one, and that write must never stop the serving.
    let (log, drained) = match Log::to_stderr() {
        Ok(log) => log,
        Err(err) => {
            // Nothing is served yet, so this one line may wait on standard error.
            coro_cli::complain(format_args!("cannot start the log: {err}"));
            return ExitCode::FAILURE;
        }
    };
    // ANCHOR: runtime
    // asio's `io_context` and its `run()`: one thread polls every task and waits for I/O.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build();
    let outcome = match runtime {
        Ok(runtime) => runtime.block_on(listen_until_ctrl_c(listen, log.clone())),
        Err(err) => Err(format!("cannot start the runtime: {err}")),
    };
    // ANCHOR_END: runtime
    // The runtime went at the end of its arm, and with it every task's clone of the log.
    if let Err(message) = &outcome {
        log.line(format_args!("error: {message}"));
    }
    drop(log);
    drained.wait(LOG_PATIENCE);
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

// ANCHOR: listen
async fn listen_until_ctrl_c(addr: SocketAddr, log: Log) -> Result<(), String> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|err| format!("cannot listen on {addr}: {err}"))?;
    let local = listener.local_addr().map_err(|err| err.to_string())?;
    // `ctrl_c()` installs its handler at its first poll. Poll it once now: a Ctrl-C that
    // came before that would end the process the default way, with no clean stop.
    let mut ctrl_c = pin!(tokio::signal::ctrl_c());
    if let Poll::Ready(result) = poll_once(ctrl_c.as_mut()).await {
        return result.map_err(|err| format!("cannot handle Ctrl-C: {err}"));
    }
    tell(format_args!("listening on {local}"));
    let shutdown = async {
        if let Err(err) = ctrl_c.await {
            log.line(format_args!("error: cannot handle Ctrl-C: {err}"));
            std::future::pending::<()>().await;
        }
    };
    serve(listener, log.clone(), shutdown).await;
    tell(format_args!("stopped by Ctrl-C"));
    Ok(())
    // Leaving `block_on` drops the runtime, and with it every peer's task and socket.
}
// ANCHOR_END: listen

/// Prints a line on standard output for whoever watches the server. A write that fails
/// is let go: a closed or full output (`echo-server | head -0`) must not stop the server,
/// still less panic it, as `println!` would.
fn tell(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// Polls `future` exactly once and says what it returned.
async fn poll_once<F: Future + Unpin>(mut future: F) -> Poll<F::Output> {
    std::future::poll_fn(|cx| Poll::Ready(std::pin::Pin::new(&mut future).poll(cx))).await
}
