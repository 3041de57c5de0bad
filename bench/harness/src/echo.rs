//! `cargo xtask bench --echo`: the talk's teaser measured. Step 7's tokio echo server beside
//! the talk's program on standalone asio (`bench/echo/asio_echo.cpp`) and a blocking C
//! server with a thread per peer (`bench/echo/blocking_echo.c`), the floor: what the
//! kernel's copying costs with no runtime at all.
//!
//! Loopback only, bounded: each load is a fixed number of clients sending a fixed number of
//! bytes, every byte of the echo checked ([`load`]). The servers take turns: within a turn
//! every server gets every load, in an order that rotates from turn to turn; a server's
//! ratio to asio is taken within each turn, and the median over the turns kept, as the
//! other rows of the cost chapter are.
//!
//! `--quick` (within `bench --quick`, a CI stage) runs each load small, once, and writes
//! nothing: it checks that the three servers build and echo right.

mod load;
mod plot;
mod report;
mod servers;
#[cfg(test)]
mod tests;

use std::path::Path;
use std::time::{Duration, Instant};

use load::{Load, MIB};
use servers::Running;

use anyhow::{Context, Result};
use tool_shell::output::say;

/// How big a measurement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub loads: [Load; 3],
    /// Turns of every server under every load.
    pub turns: u32,
    /// Whether the results go into the book (and step 7's server is built for release).
    pub write: bool,
}

impl Plan {
    /// What the book shows: one client streaming 256 MiB, then 16 and 100 at once.
    pub const FULL: Plan = Plan {
        loads: [
            Load { id: "1x256", clients: 1, bytes: 256 * MIB },
            Load { id: "16x1", clients: 16, bytes: MIB },
            Load { id: "100x1", clients: 100, bytes: MIB },
        ],
        turns: 7,
        write: true,
    };

    /// The same shapes, small: a check, not a measurement.
    pub const QUICK: Plan = Plan {
        loads: [
            Load { id: "1x8", clients: 1, bytes: 8 * MIB },
            Load { id: "16x64k", clients: 16, bytes: 64 * 1024 },
            Load { id: "100x64k", clients: 100, bytes: 64 * 1024 },
        ],
        turns: 1,
        write: false,
    };
}

/// Measures, prints the table, and with [`Plan::write`] writes it for the book.
pub fn run(root: &Path, plan: Plan) -> Result<()> {
    let started = Instant::now();
    let (built, commands) = servers::build(root, plan.write)?;
    let mut running = built.iter().map(Running::start).collect::<Result<Vec<_>>>()?;
    for server in &running {
        say(format_args!("{} listens on {}", server.kind.id, server.addr))?;
    }
    // One small load each first, not counted: the first connections of a fresh process
    // fault in its pages and fill its allocator.
    for server in &mut running {
        measure(server, Plan::QUICK.loads[1], Plan::QUICK)?;
    }
    // `mibs[server][load]`: that server's MiB/s under that load, one per turn.
    let mut mibs = vec![vec![Vec::new(); plan.loads.len()]; running.len()];
    for turn in 0..plan.turns {
        let mut line = format!("turn {}/{}:", turn + 1, plan.turns);
        for (l, load) in plan.loads.iter().enumerate() {
            for k in 0..running.len() {
                let s = (k + turn as usize) % running.len();
                let rate = measure(&mut running[s], *load, plan)?;
                mibs[s][l].push(rate);
                line += &format!(" {} {} {rate:.0};", running[s].kind.id, load.id);
            }
        }
        say(line.trim_end_matches(';'))?;
    }
    drop(running);
    let kinds = built.iter().map(|b| b.kind).collect();
    let results = report::Results::new(plan, kinds, &mibs);
    let table = report::table(&results);
    let of = match plan.turns {
        1 => "one turn".to_owned(),
        turns => format!("the median of {turns} turns"),
    };
    say(format_args!("\nMiB/s echoed ({of}), and the ratio to asio:\n{table}"))?;
    if plan.write {
        if results.has_asio() {
            let setup = report::setup(&commands, plan);
            let files = [
                (report::RESULTS, report::results_file(&setup, &results, &table)),
                (report::SVG, plot::svg(&results)),
            ];
            crate::report::write(root, &files)?;
        } else {
            say("without the asio server there is nothing to compare with: nothing written")?;
        }
    } else {
        say("quick: every load small, once: the numbers say little; nothing written")?;
    }
    say(format_args!("bench --echo: {:.1}s", started.elapsed().as_secs_f64()))
}

/// How much one measurement echoes at least: a load smaller than this is run again, on
/// new connections, until it has (16 × 1 MiB is over in a few milliseconds, too short
/// for a clock shared with a scheduler juggling 33 threads on two cores).
const ROUND_BYTES: u64 = 256 * MIB;

/// Runs one load against one server, as many rounds as make [`ROUND_BYTES`] (once for
/// `--quick`), and checks the server is still well: MiB/s echoed.
fn measure(server: &mut Running, load: Load, plan: Plan) -> Result<f64> {
    let id = server.kind.id;
    let rounds = if plan.write { ROUND_BYTES.div_ceil(load.total()) } else { 1 };
    let mut took = Duration::ZERO;
    for _ in 0..rounds {
        took += load::run(server.addr, load).with_context(|| format!("the {id} server"))?;
        server.check()?;
    }
    Ok((rounds * load.total()) as f64 / MIB as f64 / took.as_secs_f64())
}
