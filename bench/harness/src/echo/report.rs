//! The echo results as the book shows them: a table, the setup, and every figure between
//! `ANCHOR` lines for the prose; the bar chart is [`super::plot`]'s.

use std::fmt::Write as _;

use super::Plan;
use super::load::Load;
use super::servers::{ASIO, Kind};
use crate::measure::median;
use crate::report::anchored_file;

/// Where the results go, from the workspace root; `cost.md` includes both.
pub const RESULTS: &str = "book/src/cost/echo.inc";
/// The bar chart.
pub const SVG: &str = "book/src/cost/echo.svg";

/// One server under one load: the median MiB/s, and the median of its per-turn ratios to
/// asio's MiB/s in the same turn (`None` without asio).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub mibs: f64,
    pub ratio: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub loads: Vec<Load>,
    pub turns: u32,
    /// One row per server, asio first where it was measured; a cell per load.
    pub rows: Vec<(Kind, Vec<Cell>)>,
}

impl Results {
    /// From `mibs[server][load]`, one figure per turn, in the order of `kinds`.
    pub fn new(plan: Plan, kinds: Vec<Kind>, mibs: &[Vec<Vec<f64>>]) -> Results {
        let asio = kinds.iter().position(|kind| *kind == ASIO);
        let rows = kinds.into_iter().zip(mibs).map(|(kind, by_load)| {
            let cells = by_load.iter().enumerate().map(|(l, turns)| {
                let ratios = asio.map(|a| {
                    let pairs = turns.iter().zip(&mibs[a][l]);
                    median(&pairs.map(|(own, asio)| own / asio).collect::<Vec<_>>())
                });
                Cell { mibs: median(turns), ratio: ratios }
            });
            (kind, cells.collect())
        });
        Results { loads: plan.loads.to_vec(), turns: plan.turns, rows: rows.collect() }
    }

    pub fn has_asio(&self) -> bool {
        self.rows.iter().any(|(kind, _)| *kind == ASIO)
    }
}

/// A cell's ratio to asio, as the table, the anchors and the plot show it.
pub fn ratio(cell: &Cell) -> String {
    cell.ratio.map_or("n/a".into(), |r| format!("{r:.2}"))
}

/// The table: a row per server, a column per load; each cell its MiB/s and ratio to asio.
pub fn table(results: &Results) -> String {
    let heads: Vec<String> = results.loads.iter().map(Load::label).collect();
    let mut out = format!("| server | what it is | {} |\n|---|---|", heads.join(" | "));
    out += &"---:|".repeat(heads.len());
    for (kind, cells) in &results.rows {
        let cells = cells.iter().map(|c| format!("{:.0} MiB/s ({}×)", c.mibs, ratio(c)));
        let _ = write!(
            out,
            "\n| `{}` | {} | {} |",
            kind.id,
            kind.what,
            cells.collect::<Vec<_>>().join(" | ")
        );
    }
    out + "\n"
}

/// The numbers the prose quotes: `mibs-SERVER-LOAD` and `ratio-SERVER-LOAD` for every cell,
/// the lowest ratio of each server, and the number of turns.
pub fn facts(results: &Results) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    for (kind, cells) in &results.rows {
        for (load, cell) in results.loads.iter().zip(cells) {
            facts.push((format!("mibs-{}-{}", kind.id, load.id), format!("{:.0}", cell.mibs)));
            facts.push((format!("ratio-{}-{}", kind.id, load.id), ratio(cell)));
        }
        let lowest = cells.iter().filter_map(|c| c.ratio).fold(f64::INFINITY, f64::min);
        let lowest = if lowest.is_finite() { format!("{lowest:.2}") } else { "n/a".into() };
        facts.push((format!("lowest-ratio-{}", kind.id), lowest));
    }
    facts.push(("turns".into(), results.turns.to_string()));
    facts
}

/// What it was measured on and with, one line each.
pub fn setup(commands: &[String], plan: Plan) -> Vec<String> {
    let cpu = crate::host::cpu_model().unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    // `#define ASIO_VERSION 102201 // 1.22.1`
    let asio = std::fs::read_to_string("/usr/include/asio/version.hpp").ok();
    let asio = asio.as_deref().and_then(|text| {
        let line = text.lines().find(|line| line.starts_with("#define ASIO_VERSION "))?;
        Some(line.split_once("// ")?.1.trim().to_owned())
    });
    let version = |program: &str, arg: &str| {
        let out = tool_shell::process::Cmd::new(program).arg(arg).read().unwrap_or_default();
        out.lines().next().map_or(format!("{program}: not found"), str::to_owned)
    };
    let loads: Vec<String> = plan.loads.iter().map(Load::label).collect();
    vec![
        format!(
            "machine: {cpu}, {cores} cores, shared by the server and its clients (two threads per client)"
        ),
        format!("compilers: {}; {}", version("rustc", "-V"), version("g++", "--version")),
        format!(
            "asio: {} (Debian's libasio-dev)",
            asio.unwrap_or_else(|| "unknown version".into())
        ),
        format!(
            "built with: {}",
            commands.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
        ),
        format!(
            "measured with: `cargo xtask bench --echo`: loads {}, on loopback, every byte checked; \
             {} turns, each server every load in each, in an order that rotates; medians",
            loads.join(", "),
            plan.turns
        ),
    ]
}

pub fn results_file(setup: &[String], results: &Results, table: &str) -> String {
    let setup: Vec<String> = setup.iter().map(|line| format!("- {line}")).collect();
    let regions = [("setup".into(), setup.join("\n")), ("table".into(), table.into())];
    anchored_file("bench --echo", regions.into_iter().chain(facts(results)))
}
