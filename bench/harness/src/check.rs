//! Before any timing: the variants `coro-bench` knows, and whether each one, and each C++
//! program, adds 0..n up to n(n-1)/2. A variant that sums wrong is measuring something
//! else, so the bench stops there.

use super::build::Built;
use anyhow::{Result, ensure};
use tool_shell::output::say;
use tool_shell::process::Cmd;

/// One variant as `coro-bench list` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Its name: the divan row and the `sum` argument.
    pub name: String,
    /// The chain's depth, for the nested ones.
    pub depth: Option<u32>,
    /// What it keeps while suspended.
    pub frame_bytes: usize,
    /// One line for the table.
    pub what: String,
    /// The C++ program it is timed against (a [`Yardstick`]'s `program`).
    ///
    /// [`Yardstick`]: super::build::Yardstick
    pub against: String,
    /// Of the frame, what it was measured to make resident (a stackful coroutine's stack
    /// reserves far more than it touches); `None` where the frame is all there is.
    pub touched_bytes: Option<usize>,
}

/// The variants in `coro-bench list`'s lines,
/// `name<TAB>depth-or-dash<TAB>bytes<TAB>what<TAB>against<TAB>touched-or-dash`.
pub fn parse_list(text: &str) -> Result<Vec<Variant>> {
    let parse = |line: &str| -> Option<Variant> {
        let mut fields = line.split('\t');
        let name = fields.next()?.to_string();
        // `-` when it has none (a line that ends before it still fails, at the bytes).
        let depth = fields.next().filter(|depth| *depth != "-").map(str::parse).transpose().ok()?;
        let frame_bytes = fields.next()?.parse().ok()?;
        let what = fields.next()?.to_string();
        let against = fields.next()?.to_string();
        let touched = fields.next()?;
        let touched_bytes = (touched != "-").then(|| touched.parse()).transpose().ok()?;
        fields.next().is_none().then_some(())?;
        Some(Variant { name, depth, frame_bytes, what, against, touched_bytes })
    };
    let unreadable = |line: &str| anyhow::anyhow!("`coro-bench list` printed {line:?}");
    let variants = text.lines().map(|line| parse(line).ok_or_else(|| unreadable(line)));
    let variants = variants.collect::<Result<Vec<_>>>()?;
    ensure!(!variants.is_empty(), "`coro-bench list` printed no variant");
    Ok(variants)
}

/// The sum of 0..n, worked out here rather than asked of the code under test.
pub fn expected_sum(n: u64) -> u64 {
    // One of the two factors is even: halve it first, so nothing overflows on the way.
    if n.is_multiple_of(2) { n / 2 * (n.saturating_sub(1)) } else { n * ((n - 1) / 2) }
}

/// Runs every variant and every C++ program at `n`; one line per variant, and an error
/// naming every one that is missing or wrong, or timed against a program not built.
pub fn sums(built: &Built, variants: &[Variant], n: u64) -> Result<()> {
    let mut programs: Vec<&str> = built.cpp.iter().map(|cpp| cpp.yardstick.program).collect();
    programs.dedup();
    let strays: Vec<String> = variants
        .iter()
        .filter(|v| !built.cpp.iter().any(|cpp| cpp.yardstick.measures(&v.against, v.depth)))
        .map(|v| {
            let depth = v.depth.map_or(String::new(), |depth| format!(" at depth {depth}"));
            format!(
                "{} is timed against {:?}{depth}, which is none of {programs:?}",
                v.name, v.against
            )
        })
        .collect();
    ensure!(strays.is_empty(), "{}", strays.join("; "));
    let rust = Cmd::new(&built.coro_bench).args(["sum", "all", &n.to_string()]).read()?;
    let cpp: Vec<String> = built
        .cpp
        .iter()
        .map(|cpp| Cmd::new(&cpp.path).args(cpp.yardstick.args()).arg(n.to_string()).read())
        .collect::<Result<_>>()?;
    let mut printed = Vec::new();
    for (program, out) in built.cpp.iter().zip(&cpp) {
        let sum = out.lines().find_map(|line| line.strip_prefix("sum ")).unwrap_or("(none)");
        printed.push((program.yardstick.name, sum));
    }
    let mut names: Vec<&str> = printed.iter().map(|(name, _)| *name).collect();
    names.extend(variants.iter().map(|v| &*v.name));
    printed.extend(rust.lines().map(|line| line.split_once(' ').unwrap_or((line, ""))));
    check_sums(&names, &printed, n)
}

/// The check itself: every name printed exactly one line, whose sum is n(n-1)/2.
pub fn check_sums(names: &[&str], printed: &[(&str, &str)], n: u64) -> Result<()> {
    let expected = expected_sum(n);
    let mut wrong = Vec::new();
    for name in names {
        let sums: Vec<&str> = printed.iter().filter(|(p, _)| p == name).map(|(_, s)| *s).collect();
        match sums.as_slice() {
            [sum] if sum.parse() == Ok(expected) => say(format_args!("  ok {name}: {sum}"))?,
            [sum] => wrong.push(format!("{name} printed {sum}")),
            [] => wrong.push(format!("{name} printed nothing")),
            _ => wrong.push(format!("{name} printed {} sums", sums.len())),
        }
    }
    for (name, _) in printed.iter().filter(|(p, _)| !names.contains(p)) {
        wrong.push(format!("{name} is not a known variant"));
    }
    ensure!(wrong.is_empty(), "the sum of 0..{n} is {expected}, but {}", wrong.join("; "));
    Ok(())
}
