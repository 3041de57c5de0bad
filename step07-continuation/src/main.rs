//! `step07-continuation`: one subcommand per demo. Without one, the continuation demo's
//! transcript (what `cargo xtask tour` shows, and what the C++ program prints); `await-loop`
//! and `chain`, the stack demos.

use clap::{Args, Parser, Subcommand};
use coro_cli::trace::Flag;

use std::process::ExitCode;
use step07_continuation::overflow;
use step07_continuation::stack::{self, StackReport};
use step07_continuation::{WakeMode, continuation_demo};

/// Continuations: a task that finishes wakes the task that awaits it.
///
/// Without a subcommand, prints which task runs at each step of the demo (`transcript`).
/// The stack demos run on a thread with a small stack and report the deepest stack they
/// used.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    demo: Option<Demo>,
    // The transcript's trace; with a subcommand, `transcript --trace`.
    #[command(flatten)]
    trace: Flag,
}

#[derive(Subcommand)]
enum Demo {
    /// Print which task runs at each step of the continuation demo (the default)
    Transcript {
        /// How a woken task runs again: from the run queue, or polled inside wake()
        #[arg(long, value_enum, default_value_t = WakeMode::Queue)]
        wake: WakeMode,
        #[command(flatten)]
        trace: Flag,
    },
    /// Await N futures that are ready at once, in a loop
    AwaitLoop {
        /// How many futures to await
        #[arg(allow_negative_numbers = true, value_parser = coro_cli::count(100_000_000))]
        n: u32,
        #[command(flatten)]
        stack: SmallStack,
    },
    /// Suspend a chain of N tasks, each awaiting the one below, then complete it
    Chain {
        /// How many links
        #[arg(allow_negative_numbers = true, value_parser = coro_cli::count(1_000_000))]
        n: u32,
        /// How a woken link runs again: from the run queue, or polled inside wake() (then
        /// the chain runs in a child process, which a long chain makes overflow)
        #[arg(long, value_enum, default_value_t = WakeMode::Queue)]
        wake: WakeMode,
        #[command(flatten)]
        stack: SmallStack,
    },
    /// Run the direct chain in this process and let it overflow (what `chain N --wake
    /// direct` runs as its child).
    #[command(name = overflow::CHILD_COMMAND, hide = true)]
    OverflowChild {
        /// How many links
        #[arg(allow_negative_numbers = true, value_parser = coro_cli::count(1_000_000))]
        n: u32,
        #[command(flatten)]
        stack: SmallStack,
    },
}

/// The thread the stack demos run on.
#[derive(Args)]
struct SmallStack {
    /// Stack size, in KiB, of the thread the demo runs on
    #[arg(long, value_name = "KIB", default_value_t = 256, allow_negative_numbers = true,
          value_parser = coro_cli::number(16..=65_536_u32))]
    stack_kib: u32,
}

fn main() -> ExitCode {
    let cli: Cli = coro_cli::parse();
    let demo = cli.demo.unwrap_or(Demo::Transcript {
        wake: WakeMode::Queue,
        trace: cli.trace,
    });
    match demo {
        Demo::Transcript { wake, trace } => transcript(wake, trace),
        Demo::AwaitLoop { n, stack } => await_loop(n, stack.stack_kib),
        Demo::Chain {
            n,
            wake: WakeMode::Queue,
            stack,
        } => queue_chain(n, stack.stack_kib),
        Demo::Chain {
            n,
            wake: WakeMode::Direct,
            stack,
        } => direct_chain(n, stack.stack_kib),
        Demo::OverflowChild { n, stack } => overflow_child(n, stack.stack_kib),
    }
}

fn transcript(wake: WakeMode, trace: Flag) -> ExitCode {
    if trace.trace {
        coro_cli::trace::enable();
        // Each line of the transcript is a `caller print` event as it is said.
        continuation_demo(wake);
        return coro_cli::run(|out| coro_cli::trace::write_to(out));
    }
    coro_cli::run(|out| {
        for line in continuation_demo(wake) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    })
}

fn await_loop(n: u32, kib: u32) -> ExitCode {
    let heading = format!(
        "await in a loop: {n} inner futures, each ready at once, on a {kib} KiB stack"
    );
    in_process(&heading, "the loop's total", kib, move || {
        stack::measure_await_loop(n)
    })
}

fn queue_chain(n: u32, kib: u32) -> ExitCode {
    let heading = format!(
        "a chain of {n} links, each woken through the run queue, on a {kib} KiB stack"
    );
    in_process(&heading, "the outermost link", kib, move || {
        stack::chain(n, WakeMode::Queue, None)
    })
}

/// A stack demo whose stack stays flat, run in this process on a `kib` KiB thread: its
/// heading first (out before the demo starts), then the summary of `what` it measured.
fn in_process(
    heading: &str,
    what: &str,
    kib: u32,
    demo: impl FnOnce() -> StackReport + Send + 'static,
) -> ExitCode {
    coro_cli::run(|out| {
        writeln!(out, "{heading}")?;
        let report = stack::try_on_small_stack(kib, demo)?;
        writeln!(out, "{}", summary(what, report))
    })
}

/// The child of [`direct_chain`]: the chain, with a progress line per link.
fn overflow_child(n: u32, kib: u32) -> ExitCode {
    // Outside `coro_cli::run`, which holds the lock on standard output: the chain's thread
    // prints its progress there.
    let report = stack::try_on_small_stack(kib, move || {
        stack::chain(n, WakeMode::Direct, Some(overflow::print_progress))
    });
    coro_cli::run(|out| writeln!(out, "{}", summary("the outermost link", report?)))
}

fn summary(what: &str, report: StackReport) -> String {
    let StackReport {
        result,
        steps,
        deepest,
    } = report;
    format!("{what} returned {result} after {steps} polls; deepest stack {deepest} bytes")
}

// ANCHOR: direct_chain
/// The `Direct` chain in a child process: its summary if it finished, else how far it
/// got.
fn direct_chain(n: u32, kib: u32) -> ExitCode {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(err) => {
            return fail(format_args!("cannot find this program to re-run it: {err}"));
        }
    };
    let child = match overflow::run_child(&exe, n, kib) {
        Ok(child) => child,
        Err(err) => return fail(format_args!("cannot run {}: {err}", exe.display())),
    };
    coro_cli::run(|out| {
        writeln!(
            out,
            "a chain of {n} links, each polled inside wake(), on a {kib} KiB stack, \
             in a child process"
        )?;
        if let (true, Some(summary)) = (child.status.success(), &child.summary) {
            return writeln!(out, "{summary}");
        }
        let how = child
            .signal()
            .map_or(child.status.to_string(), overflow::signal_name);
        // Not an overflow: the child's own last word, if it had one.
        let why = child
            .overflow_message()
            .or_else(|| child.stderr.lines().last())
            .unwrap_or("no stack overflow reported");
        writeln!(out, "the child died of {how}: {why}")?;
        let Some((link, stack)) = child.last_link else {
            return writeln!(out, "it died before any link went on");
        };
        let per_link = stack / link as usize;
        writeln!(
            out,
            "last link that went on: {link}, with {stack} bytes of stack in use \
             ({per_link} per link)"
        )
    })
}
// ANCHOR_END: direct_chain

fn fail(message: std::fmt::Arguments<'_>) -> ExitCode {
    coro_cli::complain(message);
    ExitCode::FAILURE
}
