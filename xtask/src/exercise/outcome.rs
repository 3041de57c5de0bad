//! Reading what a test run printed, and saying it plainly to a learner.
//!
//! Which tests passed comes from libtest's "pretty" format (`test name ... ok`, then a
//! `---- name stdout ----` section per failure): its JSON output is still unstable. Why a
//! test failed comes from the lines the generated crate's harness writes on standard error
//! (see `harness.rs`), never from std's wording; a panic the harness did not see (one that
//! came before any assertion) is shown as libtest printed it.

use std::collections::HashMap;
use std::os::unix::process::ExitStatusExt;
use std::process::Output;

use tool_shell::process::Limits;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    /// The full path libtest gives, e.g. `solutions::ex1_1::tests::plays_the_show`.
    pub name: String,
    /// `None` if it passed; why it failed otherwise.
    pub failure: Option<Panic>,
}

/// Why one test failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Panic {
    /// What the harness wrote, `(what, text)` line by line: `at` (the place), then `note`,
    /// `expected` and `got`, or `todo`, or `message`.
    Reported(Vec<(String, String)>),
    /// The test's output as libtest printed it, blank lines around it left out.
    Verbatim(Vec<String>),
}

/// What starts each line the harness writes.
const HARNESS: &str = "xtask-exercise ";

/// The tests in the output of a test binary, sorted by name, or `None` if it holds no
/// `running N tests` line (the binary was never built or never ran). What the harness
/// reported comes from `stderr`, where it writes past libtest's capture; what else a
/// failing test printed, from its section of `stdout`.
pub fn parse(stdout: &str, stderr: &str) -> Option<Vec<TestResult>> {
    let mut facts: HashMap<&str, Vec<(String, String)>> = HashMap::new();
    let mut test = "";
    for fact in stderr.lines().filter_map(|line| line.strip_prefix(HARNESS)) {
        match fact.split_once(' ').unwrap_or((fact, "")) {
            ("test", name) => test = name,
            (what, text) => facts.entry(test).or_default().push((what.into(), text.into())),
        }
    }
    let failure = |name: &str, section: &[&str]| {
        facts.get(name).map_or_else(|| verbatim(section), |facts| Panic::Reported(facts.clone()))
    };
    let mut lines = stdout.lines().peekable();
    lines.by_ref().find(|line| line.starts_with("running "))?;
    let mut results = Vec::new();
    while let Some(line) = lines.next() {
        let result = line.strip_prefix("test ").and_then(|rest| rest.rsplit_once(" ... "));
        let output = line.strip_prefix("---- ").and_then(|rest| rest.strip_suffix(" stdout ----"));
        if let Some((name, status)) = result {
            let failure = (status != "ok").then(|| failure(name, &[]));
            results.push(TestResult { name: name.to_owned(), failure });
        } else if let Some(name) = output {
            // The section runs to the next section or to the list of failed names.
            let inside = |next: &&str| !next.starts_with("---- ") && *next != "failures:";
            let section: Vec<&str> = std::iter::from_fn(|| lines.next_if(inside)).collect();
            if let Some(result) = results.iter_mut().find(|result| result.name == name) {
                result.failure = Some(failure(name, &section));
            }
        }
    }
    results.sort_by(|a, b| a.name.cmp(&b.name));
    Some(results)
}

/// The lines of `section`, blank lines around them left out.
fn verbatim(section: &[&str]) -> Panic {
    let blank = |line: &&str| line.trim().is_empty();
    let first = section.iter().position(|line| !blank(line)).unwrap_or(0);
    let last = section.iter().rposition(|line| !blank(line)).map_or(0, |last| last + 1);
    Panic::Verbatim(section[first..last.max(first)].iter().map(|line| line.to_string()).collect())
}

/// Why a test process ended before its tests did, in lines to show under the test it was
/// running: out of time, at the memory cap, or killed by a signal (with the last lines it
/// wrote on standard error). `None` if it ended by itself.
pub fn stop(output: &Output, timed_out: bool, limits: Limits) -> Option<Vec<String>> {
    let (status, stderr) = (output.status, String::from_utf8_lossy(&output.stderr));
    let noise = |line: &str| line.starts_with(HARNESS) || line.starts_with("note: run with `RUST_");
    let tail = stderr.lines().filter(|line| !noise(line) && !line.trim().is_empty());
    let tail: Vec<&str> = tail.collect();
    let tail = &tail[tail.len().saturating_sub(5)..];
    let has = |text: &str| tail.iter().any(|line| line.contains(text));
    let why = if timed_out {
        let never = "a future that never returns `Ready`, or a loop that never ends?";
        format!("stopped after {} s: {never}", limits.seconds)
    } else if has("memory allocation of") {
        let cap = limits.memory >> 20;
        format!("stopped at the memory cap ({cap} MiB): a loop that keeps pushing?")
    } else {
        let signal = match status.signal() {
            Some(signal) => signal_name(signal),
            None if matches!(status.code(), Some(0 | 101)) => return None,
            None => format!("exit code {}", status.code().unwrap_or_default()),
        };
        if has("stack overflow") {
            format!("crashed with a stack overflow ({signal}): a recursion that never ends?")
        } else {
            let last = if tail.is_empty() { "" } else { "; the last it wrote:" };
            format!("the test process crashed ({signal}){last}")
        }
    };
    let tail = tail.iter().filter(|_| !timed_out).map(|line| format!("| {line}"));
    Some(std::iter::once(why).chain(tail).collect())
}

/// `SIGABRT` for 6, and so on (Linux's numbers).
fn signal_name(signal: i32) -> String {
    let names = "HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM";
    let name = names.split(' ').nth(usize::try_from(signal).unwrap_or(0).wrapping_sub(1));
    name.map_or(format!("signal {signal}"), |name| format!("SIG{name}"))
}

/// A failure as a learner should read it, each line indented under the test's name:
/// where, then `expected:` / `got:`, or that a `todo!()` is still there, or the message;
/// paths are shortened by `shorten`.
pub fn describe(failure: &Panic, shorten: &dyn Fn(&str) -> String) -> Vec<String> {
    let facts = match failure {
        Panic::Verbatim(lines) => return lines.iter().map(|line| shorten(line)).collect(),
        Panic::Reported(facts) => facts,
    };
    let (mut lines, mut previous) = (Vec::new(), "");
    for (what, text) in facts {
        // A value of several lines keeps its lines under its label.
        let label = |label: &str| match previous == what {
            true => format!("{:width$}{text}", "", width = label.len()),
            false => format!("{label}{text}"),
        };
        lines.push(match what.as_str() {
            "at" => format!("at {}", shorten(text)),
            "expected" => label("expected: "),
            "got" => label("     got: "),
            "todo" if text.is_empty() => "not yet implemented (a `todo!()` is still there)".into(),
            "todo" => format!("not yet implemented: {text} (a `todo!()` is still there)"),
            _ => text.clone(),
        });
        previous = what;
    }
    lines
}
