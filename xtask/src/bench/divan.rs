//! Reading divan's table. Divan (0.1) prints a tree, one row per benchmark, with the
//! fastest value in the row's first cell and `│` between the columns:
//!
//! ```text
//! resume                fastest       │ slowest       │ median        │ mean    …
//! ╰─ resume                           │               │               │         …
//!    ├─ await-1         109.8 µs      │ 205.8 µs      │ 130.2 µs      │ 131.2 µs…
//! ```
//!
//! It has no machine-readable output yet, so the median column is read from the text; the
//! tests hold real output, and a row that cannot be read is an error, never skipped.

use crate::{Context, Result, bail};

/// `(name, median in nanoseconds)` for every leaf row, in divan's order.
pub fn medians(output: &str) -> Result<Vec<(String, f64)>> {
    let mut rows = Vec::new();
    for line in output.lines() {
        let cells: Vec<&str> = line.split('│').map(str::trim).collect();
        // A leaf row has a name after the tree's branch and a value in every column; the
        // header and the group rows have empty or non-numeric medians.
        let (Some(first), Some(median)) = (cells.first(), cells.get(2)) else {
            continue;
        };
        let Some(branch) = first.rfind('─') else {
            continue;
        };
        if median.is_empty() {
            continue;
        }
        let name = first[branch + '─'.len_utf8()..].split_whitespace().next();
        let name = name.with_context(|| format!("divan printed a row with no name: {line:?}"))?;
        let median = nanoseconds(median)
            .with_context(|| format!("divan printed a median {median:?} for {name}"))?;
        rows.push((name.to_string(), median));
    }
    if rows.is_empty() {
        bail!("divan printed no benchmark row");
    }
    Ok(rows)
}

/// `130.2 µs` → 130200.0.
fn nanoseconds(text: &str) -> Option<f64> {
    let (number, unit) = text.split_once(' ')?;
    let scale = match unit {
        "ps" => 1e-3,
        "ns" => 1.0,
        "µs" | "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => return None,
    };
    let value: f64 = number.parse().ok()?;
    Some(value * scale)
}
