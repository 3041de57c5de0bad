//! The results as the book shows them: a markdown table, the setup, the plot, and every
//! number the chapter's prose quotes, each between `ANCHOR` lines so that the chapter
//! includes it rather than repeating it by hand.

use std::fmt::Write as _;
use std::path::Path;

use super::measure::{Results, Row};
use anyhow::{Context, Result};
use tool_shell::output::say;

/// Where the results go, from the workspace root; `cost.md` includes both.
pub const RESULTS: &str = "book/src/cost/results.inc";
/// The depth plot, as an image.
pub const SVG: &str = "book/src/cost/depth.svg";
/// The bar chart of every flat variant, as an image.
pub const BARS: &str = "book/src/cost/resume.svg";

/// The table, one row per variant, each C++ row before the rows timed against it: its
/// name, the C++ row its time is divided by, the figures, and what it is last.
pub fn table(results: &Results) -> String {
    let mut out = String::from(
        "| variant | against | time ratio | ns | instructions | frame bytes | what is resumed |\n\
         |---|---|---:|---:|---:|---:|---|\n",
    );
    for row in &results.rows {
        let ([ratio, ns, count, bytes], v) = (figures(row), &row.variant);
        let against = if v.against == v.name { "—".into() } else { format!("`{}`", v.against) };
        let _ = writeln!(
            out,
            "| `{}` | {against} | {ratio} | {ns} | {count} | {bytes} | {} |",
            v.name, v.what
        );
    }
    out
}

/// A row's four figures, as the table shows them and the prose quotes them: its time as a
/// ratio to C++, its nanoseconds, its instructions and its frame's bytes (with what of
/// them is touched, where that was measured).
fn figures(row: &Row) -> [String; 4] {
    // Two decimals below `whole`, none from there. Below one hundredth the loop was folded
    // away: what is left is noise around zero.
    let figure = |value: f64, whole: f64| match value {
        _ if value < 0.01 => "< 0.01".into(),
        _ if value < whole => format!("{value:.2}"),
        _ => format!("{value:.0}"),
    };
    let instructions = row.instructions.map_or("n/a".into(), |v| format!("{v:.1}"));
    let bytes = match row.variant.touched_bytes {
        Some(touched) => format!("{} ({touched} touched)", row.variant.frame_bytes),
        None => row.variant.frame_bytes.to_string(),
    };
    [figure(row.ratio, 10.0), figure(row.ns, 100.0), instructions, bytes]
}

/// The numbers the chapter's prose quotes: `(anchor, value)`. Every row's four figures,
/// then the few that compare rows.
pub fn facts(results: &Results) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    for row in &results.rows {
        // `c++` is `cpp`, `c++-when-any` is `cpp-when-any`: `+` is not for an anchor.
        let id = row.variant.name.replace("c++", "cpp");
        let kinds = ["ratio", "ns", "instructions", "frame"].iter().zip(figures(row));
        facts.extend(kinds.map(|(kind, figure)| (format!("{kind}-{id}"), figure)));
        // A stackful row's frame, as the prose quotes it: what is reserved, and apart what
        // is touched.
        if let Some(touched) = row.variant.touched_bytes {
            facts.retain(|(name, _)| *name != format!("frame-{id}"));
            facts.push((format!("frame-{id}"), row.variant.frame_bytes.to_string()));
            facts.push((format!("touched-{id}"), touched.to_string()));
        }
    }
    let find = |name: &str| results.rows.iter().find(|row| row.variant.name == name);
    let count = |name: &str| find(name).and_then(|row| row.instructions);
    let quotient = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.1}", a / b),
        _ => "n/a".into(),
    };
    facts.push(("sync-over-rc".into(), quotient(count("genawaiter-sync"), count("genawaiter-rc"))));
    facts.push((
        "sync-over-rc-time".into(),
        quotient(find("genawaiter-sync").map(|r| r.ratio), find("genawaiter-rc").map(|r| r.ratio)),
    ));
    // What a level adds to a resume, from depth 1 to 64; how far a flat chain moves.
    for family in ["plain", "boxed", "c++-msub"] {
        let (deep, shallow) = (count(&format!("{family}-64")), count(&format!("{family}-1")));
        let per_level = quotient(deep.zip(shallow).map(|(d, s)| d - s), Some(63.0));
        facts.push((format!("{}-per-level", family.replace("c++", "cpp")), per_level));
    }
    for family in ["callstack-", "c++-sym-"] {
        let counts: Vec<f64> =
            results.family(family).iter().filter_map(|(_, row)| row.instructions).collect();
        let spread = counts.iter().copied().fold(f64::NAN, f64::max)
            - counts.iter().copied().fold(f64::NAN, f64::min);
        let spread = if spread.is_nan() { "n/a".into() } else { format!("{spread:.1}") };
        let id = family.trim_end_matches('-').replace("c++", "cpp");
        facts.push((format!("{id}-spread"), spread));
    }
    let ns = |name: &str| find(name).map(|row| row.ns);
    for (ours, theirs) in [
        ("executor", "tokio-yield"),
        ("executor", "local-pool"),
        ("executor", "tokio-spawn"),
        ("plain-64", "c++-msub-64"),
        ("boxed-64", "plain-64"),
    ] {
        let id = format!("{ours}-over-{theirs}").replace("c++", "cpp");
        facts.push((id.clone(), quotient(count(ours), count(theirs))));
        facts.push((format!("{id}-time"), quotient(ns(ours), ns(theirs))));
    }
    let ratio = |name: &str| find(name).map(|row| row.ratio);
    facts.push((
        "ucontext-over-stackful-time".into(),
        quotient(ratio("c++-ucontext"), ratio("stackful")),
    ));
    facts.push((
        "create-stackful-over-rc-time".into(),
        quotient(ratio("stackful-create"), ratio("genawaiter-rc-create")),
    ));
    let stackful = find("stackful").map(|row| &row.variant);
    let reserved = stackful.map(|v| v.frame_bytes as f64);
    let touched = stackful.and_then(|v| v.touched_bytes).map(|t| t as f64);
    facts.push(("stackful-reserved-over-touched".into(), quotient(reserved, touched)));
    facts.push(("n".into(), results.plan.n.to_string()));
    facts.push(("runs".into(), results.plan.runs.to_string()));
    facts
}

pub fn results_file(setup: &[String], results: &Results, table: &str) -> String {
    let setup: Vec<String> = setup.iter().map(|line| format!("- {line}")).collect();
    let regions = [("setup".into(), setup.join("\n")), ("table".into(), table.into())];
    anchored_file("bench", regions.into_iter().chain(facts(results)))
}

/// Writes each `(path from the workspace root, text)`, making its directory if need be, then
/// says what it wrote.
pub fn write(root: &Path, files: &[(&str, String)]) -> Result<()> {
    let mut written = Vec::new();
    for (path, text) in files {
        let path = root.join(path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
        }
        std::fs::write(&path, text).with_context(|| path.display().to_string())?;
        written.push(path);
    }
    written.iter().try_for_each(|path| say(format_args!("wrote {}", path.display())))
}

/// A file that `cargo xtask {command}` writes: each `(name, body)` between `ANCHOR` lines
/// named `name`, and a blank line: a region the book's chapter includes by name
/// (`{{#include cost/results.inc:name}}`).
pub fn anchored_file(command: &str, regions: impl IntoIterator<Item = (String, String)>) -> String {
    let region = |(name, body): (String, String)| {
        format!("<!-- ANCHOR: {name} -->\n{}\n<!-- ANCHOR_END: {name} -->\n\n", body.trim_end())
    };
    let regions: String = regions.into_iter().map(region).collect();
    format!(
        "<!-- Written by `cargo xtask {command}`: run it again rather than edit. -->\n\n{regions}"
    )
}
