//! Reading divan's results. Divan 0.1 has no machine-readable output (its command line has
//! `--format terse` only for `--list`), so its table is read, in the one shape the locked
//! version prints: one row per benchmark, `│` between the columns, the first column's value
//! in the row's first cell. The columns and the units are divan's own (`tree_painter.rs`,
//! `fine_duration.rs` in divan 0.1.21):
//!
//! ```text
//! resume                fastest       │ slowest       │ median        │ mean    …
//! ╰─ resume                           │               │               │         …
//!    ├─ await-1         109.8 µs      │ 205.8 µs      │ 130.2 µs      │ 131.2 µs…
//! ```
//!
//! A header that names other columns, or a row whose median is not a number in one of
//! those units, is an error that shows divan's output as it is: never a guess.

use anyhow::{Context, Result, bail, ensure};

/// Divan's columns, in its order.
const COLUMNS: [&str; 6] = ["fastest", "slowest", "median", "mean", "samples", "iters"];

/// `(name, median in nanoseconds)` for every leaf row, in divan's order.
pub fn medians(output: &str) -> Result<Vec<(String, f64)>> {
    let shown = || format!("; divan printed:\n{output}");
    let mut lines = output.lines().skip_while(|line| !line.contains('│'));
    let header: Vec<&str> = lines.next().unwrap_or("").split('│').map(str::trim).collect();
    // The first cell holds the benchmarks' file name, then the first column's name.
    let first = header[0].split_whitespace().last();
    let columns: Vec<&str> = first.into_iter().chain(header[1..].iter().copied()).collect();
    if columns != COLUMNS {
        bail!("divan's table has the columns {columns:?}, not {COLUMNS:?}{}", shown());
    }
    let median = COLUMNS.iter().position(|column| *column == "median").unwrap_or(2);
    let mut rows = Vec::new();
    for line in lines {
        let cells: Vec<&str> = line.split('│').map(str::trim).collect();
        // A leaf row has a name after the tree's branch and a value in every column; the
        // group rows have empty ones.
        let Some(branch) = cells[0].rfind('─') else { continue };
        let Some(&value) = cells.get(median).filter(|value| !value.is_empty()) else { continue };
        let name = cells[0][branch + '─'.len_utf8()..].split_whitespace().next();
        let name = name.with_context(|| format!("divan printed a row with no name{}", shown()))?;
        let ns = nanoseconds(value)
            .with_context(|| format!("divan printed a median {value:?} for {name}{}", shown()))?;
        rows.push((name.to_string(), ns));
    }
    ensure!(!rows.is_empty(), "divan printed no benchmark row{}", shown());
    Ok(rows)
}

/// `130.2 µs` → 130200.0, in divan's units.
fn nanoseconds(text: &str) -> Option<f64> {
    let units = ["ps", "ns", "µs", "ms", "s", "m", "h", "d"];
    let scales = [1e-3, 1.0, 1e3, 1e6, 1e9, 60e9, 3600e9, 86400e9];
    let (number, unit) = text.split_once(' ')?;
    let scale = scales[units.iter().position(|name| *name == unit)?];
    Some(number.parse::<f64>().ok()? * scale)
}
