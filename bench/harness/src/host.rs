//! What the numbers were measured on and with: the machine, the compilers, the profile,
//! the commands. Printed before the numbers and written beside them.

use std::path::Path;

use super::Plan;
use super::build::{self, Built};
use anyhow::Result;
use tool_shell::process::Cmd;

/// The conditions of one measurement, asked of the machine and the tools: the lines
/// printed before the numbers, and written as a list beside them.
pub fn setup(root: &Path, built: &Built, plan: Plan) -> Result<Vec<String>> {
    let profile = build::profile(&tool_shell::workspace::manifest(root)?);
    let cpu = cpu_model().unwrap_or_else(|| "unknown (no /proc/cpuinfo)".into());
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    // The results the book quotes have clang rows: written without them, they would go.
    anyhow::ensure!(
        built.clang.is_some() || !plan.write,
        "the book's results have a clang row beside each C++ row, and there is no clang++ \
         here: install it (Debian: apt-get install clang-16), or measure with --quick, \
         which writes nothing"
    );
    let (rustc, gxx) = (first_line("rustc", &["-V"]), first_line("g++", &["--version"]));
    let clang = match &built.clang {
        Some(clang) => first_line(clang, &["--version"]),
        None => "no clang++: its rows SKIPPED".into(),
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut programs: Vec<&str> = built.cpp.iter().map(|cpp| cpp.yardstick.program).collect();
    programs.dedup();
    let Plan { n, runs, samples, .. } = plan;
    let s = if runs == 1 { "" } else { "s" };
    Ok(vec![
        format!("machine: {cpu}, {cores} cores"),
        format!("compilers: {rustc}; {gxx}; {clang}"),
        profile,
        format!("built with: `{}`", built.cargo),
        format!(
            "each C++ program `P` ({}) built with {}",
            listed(programs.iter().map(|program| format!("`{program}`"))),
            listed(built.cxx.iter().map(|command| format!("`{command}`")))
        ),
        format!(
            "measured with: `cargo xtask {}`: n = {n}, {runs} alternating turn{s} of C++ then Rust, \
             {samples} samples each (medians); callgrind at n and 2n",
            args.join(" ")
        ),
    ])
}

/// `a, b and c`: the items, as a sentence lists them.
fn listed(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The first `model name` in `/proc/cpuinfo`.
pub fn cpu_model() -> Option<String> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    cpuinfo.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key.trim() == "model name").then(|| value.trim().to_owned())
    })
}

/// A tool's first line of output, or why there is none.
fn first_line(program: &str, args: &[&str]) -> String {
    let out = Cmd::new(program).args(args).read();
    out.map_or(format!("{program}: not found"), |out| out.lines().next().unwrap_or("").into())
}
