//! `step07-continuation`: without options, the continuation demo's transcript; with
//! `--await-loop N` or `--chain N [--wake queue|direct]`, the stack demos.

use clap::{Parser, ValueEnum};

use std::process::ExitCode;
use step07_continuation::overflow;
use step07_continuation::stack::{self, StackReport};
use step07_continuation::{WakeMode, continuation_demo};

/// Continuations: a task that finishes wakes the task that awaits it.
///
/// Without options, prints which task runs at each step of the demo. The stack demos run
/// on a thread with a small stack and report the deepest stack they used.
#[derive(Parser)]
#[command(name = env!("CARGO_BIN_NAME"), version)]
struct Cli {
    /// Await N futures that are ready at once, in a loop
    #[arg(long, value_name = "N", conflicts_with_all = ["chain", "wake"], allow_negative_numbers = true,
          value_parser = coro_cli::count(100_000_000))]
    await_loop: Option<u32>,
    /// Suspend a chain of N tasks, each awaiting the one below, then complete it
    #[arg(long, value_name = "N", allow_negative_numbers = true,
          value_parser = coro_cli::count(1_000_000))]
    chain: Option<u32>,
    /// How a woken task runs again: from the run queue, or polled inside wake()
    #[arg(long, value_enum, default_value_t = Wake::Queue)]
    wake: Wake,
    /// Stack size, in KiB, of the thread the stack demos run on
    #[arg(long, value_name = "KIB", default_value_t = 256, allow_negative_numbers = true,
          value_parser = coro_cli::number(16..=65_536_u32))]
    stack_kib: u32,
    /// Run the direct chain in this process and let it overflow (the parent's child).
    #[arg(long = "overflow-child", hide = true, requires = "chain")]
    overflow_child: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Wake {
    /// Through the run queue (a trampoline): constant stack
    Queue,
    /// Polled inside wake(): one more level of stack per link (a chain runs in a child
    /// process, which a long chain makes overflow)
    Direct,
}

fn main() -> ExitCode {
    let cli: Cli = coro_cli::parse();
    let kib = cli.stack_kib;
    match (cli.await_loop, cli.chain, cli.wake) {
        (Some(n), _, _) => coro_cli::run(|out| {
            writeln!(
                out,
                "await in a loop: {n} inner futures, each ready at once, on a {kib} KiB stack"
            )?;
            let report = stack::try_on_small_stack(kib, move || stack::measure_await_loop(n))?;
            writeln!(out, "{}", summary("the loop's total", report))
        }),
        (None, Some(n), _) if cli.overflow_child => {
            // Outside `coro_cli::run`, which holds the lock on standard output: the chain's
            // thread prints its progress there.
            let report = stack::try_on_small_stack(kib, move || {
                stack::chain(n, WakeMode::Direct, Some(overflow::print_progress))
            });
            coro_cli::run(|out| writeln!(out, "{}", summary("the outermost link", report?)))
        }
        (None, Some(n), Wake::Queue) => coro_cli::run(|out| {
            writeln!(
                out,
                "a chain of {n} links, each woken through the run queue, on a {kib} KiB stack"
            )?;
            let report =
                stack::try_on_small_stack(kib, move || stack::chain(n, WakeMode::Queue, None))?;
            writeln!(out, "{}", summary("the outermost link", report))
        }),
        (None, Some(n), Wake::Direct) => direct_chain(n, kib),
        (None, None, wake) => coro_cli::run(|out| {
            let mode = match wake {
                Wake::Queue => WakeMode::Queue,
                Wake::Direct => WakeMode::Direct,
            };
            for line in continuation_demo(mode) {
                writeln!(out, "{line}")?;
            }
            Ok(())
        }),
    }
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
/// The `Direct` chain in a child process: its summary if it finished, else how far it got.
fn direct_chain(n: u32, kib: u32) -> ExitCode {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(err) => return fail(format_args!("cannot find this program to re-run it: {err}")),
    };
    let child = match overflow::run_child(&exe, n, kib) {
        Ok(child) => child,
        Err(err) => return fail(format_args!("cannot run {}: {err}", exe.display())),
    };
    coro_cli::run(|out| {
        writeln!(
            out,
            "a chain of {n} links, each polled inside wake(), on a {kib} KiB stack, in a child process"
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
            "last link that went on: {link}, with {stack} bytes of stack in use ({per_link} per link)"
        )
    })
}
// ANCHOR_END: direct_chain

fn fail(message: std::fmt::Arguments<'_>) -> ExitCode {
    coro_cli::complain(message);
    ExitCode::FAILURE
}
