//! The measuring: time per resume, as a ratio to the variant's C++ yardstick (the
//! generator, or the `when_any` for the select) taken turn by turn, and instructions per
//! resume under callgrind. A C++ counterpart (the ucontext station) is timed against its
//! yardstick as a variant is.
//!
//! Time on a shared machine drifts (another process, the clock speed): a ratio of two
//! numbers measured seconds apart drifts less than either number, and the median of the
//! turns' ratios drops a turn that was disturbed. Instructions do not drift at all, so
//! they are the figures to compare across machines.

use std::collections::HashMap;
use std::path::Path;

use super::Plan;
use super::build::{Built, Cpp};
use super::check::Variant;
use super::divan;
use anyhow::{Context, Result, bail};
use tool_shell::output::{say, tell};
use tool_shell::process::Cmd;

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The variant measured, or a C++ program (`c++`, `c++-when-any`) for a yardstick; its
    /// `against` is the name of the C++ row its time is divided by (its own, for a yardstick).
    pub variant: Variant,
    /// Median over the turns of (this variant's time) / (the time of its C++ program in the
    /// same turn): 1 for a yardstick itself.
    pub ratio: f64,
    /// Median over the turns of the nanoseconds per resume.
    pub ns: f64,
    /// Instructions per resume, if valgrind is installed.
    pub instructions: Option<f64>,
}

/// Every row, each C++ program before the variants timed against it (the generator first),
/// and how they were measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub plan: Plan,
    pub rows: Vec<Row>,
}

impl Results {
    /// The rows of one family of chains (`plain-`, `c++-msub-`, …), by depth.
    pub fn family(&self, prefix: &str) -> Vec<(u32, &Row)> {
        let rows = self.rows.iter().filter_map(|row| Some((row.variant.depth?, row)));
        let mut rows: Vec<_> = rows.filter(|(_, r)| r.variant.name.starts_with(prefix)).collect();
        rows.sort_by_key(|(depth, _)| *depth);
        rows
    }
}

/// The C++ row a variant is timed against: its program, at its depth for a chain.
fn row_of<'a>(built: &'a Built, program: &str, depth: Option<u32>) -> Option<&'a Cpp> {
    built.cpp.iter().find(|cpp| cpp.yardstick.measures(program, depth))
}

/// Times every variant in `plan.runs` turns, then counts instructions.
pub fn measure(built: &Built, variants: &[Variant], plan: Plan) -> Result<Results> {
    // By C++ row: its frame's bytes; by C++ row and by variant: times and ratios.
    let mut cpp_frames: HashMap<&str, usize> = HashMap::new();
    let mut times: HashMap<String, Vec<f64>> = HashMap::new();
    let mut ratios: HashMap<String, Vec<f64>> = HashMap::new();
    // The C++ row each variant's time is divided by: its name.
    let mut against: HashMap<&str, &str> = HashMap::new();
    for Variant { name, against: program, depth, .. } in variants {
        let cpp = row_of(built, program, *depth);
        let cpp = cpp.with_context(|| format!("{name} is timed against {program}: not built"))?;
        against.insert(name, cpp.yardstick.name);
    }
    for Cpp { yardstick, .. } in &built.cpp {
        let Some(program) = yardstick.against else { continue };
        let cpp = row_of(built, program, None);
        let cpp = cpp
            .with_context(|| format!("{} is timed against {program}: not built", yardstick.name))?;
        against.insert(yardstick.name, cpp.yardstick.name);
    }
    for turn in 1..=plan.runs {
        let mut cpp_ns = HashMap::new();
        for Cpp { yardstick, path } in &built.cpp {
            let (ns, frame) = time_cpp(path, &yardstick.args(), plan)?;
            cpp_frames.insert(yardstick.name, frame);
            cpp_ns.insert(yardstick.name, ns);
            times.entry(yardstick.name.into()).or_default().push(ns);
        }
        // A counterpart's ratio to its yardstick, once both ran in this turn.
        for Cpp { yardstick, .. } in &built.cpp {
            if let Some(cpp) = against.get(yardstick.name) {
                let ratio = cpp_ns[yardstick.name] / cpp_ns[cpp];
                ratios.entry(yardstick.name.into()).or_default().push(ratio);
            }
        }
        let rust = time_rust(built, plan)?;
        for Variant { name, .. } in variants {
            let ns = *rust.get(name).with_context(|| format!("divan did not time {name}"))?;
            times.entry(name.clone()).or_default().push(ns);
            ratios.entry(name.clone()).or_default().push(ns / cpp_ns[against[name.as_str()]]);
        }
        let cpp: Vec<String> = built
            .cpp
            .iter()
            .map(|cpp| format!("{} {:.2}", cpp.yardstick.name, cpp_ns[cpp.yardstick.name]))
            .collect();
        let (runs, timed) = (plan.runs, rust.len());
        say(format_args!(
            "turn {turn}/{runs}: {} ns per resume, {timed} Rust variants timed",
            cpp.join(", ")
        ))?;
    }
    let valgrind = Cmd::new("valgrind").arg("--version").output();
    let counted = valgrind.is_ok_and(|out| out.status.success());
    if !counted {
        say("valgrind not found: no instruction counts (apt-get install valgrind)")?;
    }
    let is_cpp = |name: &str| built.cpp.iter().any(|cpp| cpp.yardstick.name == name);
    let counts = |name: &str, program: &Path, args: &[String]| {
        let wanted = plan.callgrind_only.is_none_or(|only| is_cpp(name) || only.contains(&name));
        if !(counted && wanted) {
            return Ok(None);
        }
        // The run at `2n` minus the run at `n`, over `n`: everything but the resumes
        // (start-up, making the coroutine, printing) is the same in both runs.
        let low = collected(program, args, plan.n)?;
        let high = collected(program, args, 2 * plan.n)?;
        // A folded loop leaves noise around zero, a few instructions either way over the
        // whole run (clang's generator): below zero is none, not `-0.0`.
        let per_resume = ((high as f64 - low as f64) / plan.n as f64).max(0.0);
        say(format_args!("callgrind {name}: {per_resume:.1} instructions per resume"))?;
        Ok::<_, anyhow::Error>(Some(per_resume))
    };
    // A C++ row, then the Rust variants timed against it.
    let group = |rows: &mut Vec<Row>, Cpp { yardstick, path }: &Cpp| -> Result<()> {
        // A row names the C++ row its time is divided by (a yardstick: itself).
        let variant = Variant {
            name: yardstick.name.into(),
            what: yardstick.what.into(),
            depth: yardstick.depth,
            frame_bytes: cpp_frames.get(yardstick.name).copied().unwrap_or(0),
            against: against.get(yardstick.name).unwrap_or(&yardstick.name).to_string(),
            touched_bytes: None,
        };
        let ratio = if yardstick.against.is_some() { median(&ratios[yardstick.name]) } else { 1.0 };
        rows.push(Row {
            variant,
            ratio,
            ns: median(&times[yardstick.name]),
            instructions: counts(yardstick.name, path, &yardstick.args())?,
        });
        for variant in variants.iter().filter(|v| against[v.name.as_str()] == yardstick.name) {
            let name = variant.name.as_str();
            let args = ["sum".to_string(), name.to_string()];
            rows.push(Row {
                variant: Variant { against: against[name].into(), ..variant.clone() },
                ratio: median(&ratios[name]),
                ns: median(&times[name]),
                instructions: counts(name, &built.coro_bench, &args)?,
            });
        }
        Ok(())
    };
    let mut rows = Vec::new();
    for yardstick in built.cpp.iter().filter(|cpp| cpp.yardstick.against.is_none()) {
        group(&mut rows, yardstick)?;
        let name = Some(yardstick.yardstick.name);
        for counterpart in
            built.cpp.iter().filter(|cpp| against.get(cpp.yardstick.name).copied() == name)
        {
            group(&mut rows, counterpart)?;
        }
    }
    Ok(Results { plan, rows })
}

/// One turn of a C++ program: its median nanoseconds per resume, and its frame's size.
fn time_cpp(program: &Path, args: &[String], plan: Plan) -> Result<(f64, usize)> {
    let out = Cmd::new(program).args(args).args([plan.n.to_string(), plan.samples.to_string()]);
    let out = out.read()?;
    let field = |key: &str| {
        out.lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix(' '))
            .with_context(|| format!("the C++ program printed no `{key}`: {out:?}"))
    };
    let ns = field("ns_per_resume")?.parse().context("the C++ program printed a bad time")?;
    let frame = field("frame_bytes")?.parse().context("the C++ program printed a bad size")?;
    Ok((ns, frame))
}

/// One turn of the divan benchmark: nanoseconds per resume, by variant.
fn time_rust(built: &Built, plan: Plan) -> Result<HashMap<String, f64>> {
    // Without `--bench` divan runs each benchmark once, as a test.
    let divan =
        Cmd::new(&built.divan).args(["--bench", "--sample-count", &plan.samples.to_string()]);
    let text = divan.env("CORO_BENCH_N", plan.n.to_string()).read()?;
    Ok(divan::medians(&text)?.into_iter().map(|(name, ns)| (name, ns / plan.n as f64)).collect())
}

/// The instructions callgrind counted in one run of `program args n`.
fn collected(program: &Path, args: &[String], n: u64) -> Result<u64> {
    let tool = ["--tool=callgrind", "--callgrind-out-file=/dev/null"];
    let valgrind = Cmd::new("valgrind").args(tool).arg(program).args(args).arg(n.to_string());
    // Its log is on standard error: read whatever the exit status, shown if it failed.
    let output = valgrind.output()?;
    let log = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        tell(&log);
        bail!("`{valgrind}` failed ({})", output.status);
    }
    collected_in(&log).with_context(|| format!("`{valgrind}` printed no `Collected :` line"))
}

/// `==123== Collected : 3733444` → 3733444.
pub fn collected_in(log: &str) -> Option<u64> {
    log.lines().find_map(|line| line.split_once("Collected :")?.1.trim().parse().ok())
}

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    match sorted.len() {
        0 => f64::NAN,
        len if len % 2 == 1 => sorted[mid],
        _ => (sorted[mid - 1] + sorted[mid]) / 2.0,
    }
}
