//! Reading what a test run printed, and saying it plainly to a learner.
//!
//! Which tests passed comes from libtest's "pretty" format (`test name ... ok`, then a
//! `---- name stdout ----` section per failure): its JSON output is still unstable. Why a
//! test failed comes from the lines the generated crate's harness writes in that section
//! (see `harness.rs`), never from std's wording; a panic the harness did not see (one that
//! came before any assertion) is shown as libtest printed it.

/// One test and how it went.
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
/// `running N tests` line (the binary was never built or never ran).
pub fn parse(stdout: &str) -> Option<Vec<TestResult>> {
    let mut lines = stdout.lines().peekable();
    lines.by_ref().find(|line| line.starts_with("running "))?;
    let mut results = Vec::new();
    while let Some(line) = lines.next() {
        if let Some((name, status)) =
            line.strip_prefix("test ").and_then(|rest| rest.rsplit_once(" ... "))
        {
            let failure = (status != "ok").then(|| Panic::Verbatim(Vec::new()));
            results.push(TestResult { name: name.to_owned(), failure });
        } else if let Some(name) =
            line.strip_prefix("---- ").and_then(|rest| rest.strip_suffix(" stdout ----"))
        {
            // The section runs to the next section or to the list of failed names.
            let mut section = Vec::new();
            while let Some(next) =
                lines.next_if(|next| !next.starts_with("---- ") && *next != "failures:")
            {
                section.push(next);
            }
            if let Some(result) = results.iter_mut().find(|result| result.name == name) {
                result.failure = Some(panic_in(&section));
            }
        }
    }
    results.sort_by(|a, b| a.name.cmp(&b.name));
    Some(results)
}

fn panic_in(section: &[&str]) -> Panic {
    let reported: Vec<(String, String)> = section
        .iter()
        .filter_map(|line| {
            let fact = line.strip_prefix(HARNESS)?;
            let (what, text) = fact.split_once(' ').unwrap_or((fact, ""));
            Some((what.to_owned(), text.to_owned()))
        })
        .collect();
    if !reported.is_empty() {
        return Panic::Reported(reported);
    }
    let blank = |line: &&str| line.trim().is_empty();
    let first = section.iter().position(|line| !blank(line)).unwrap_or(0);
    let last = section.iter().rposition(|line| !blank(line)).map_or(0, |last| last + 1);
    Panic::Verbatim(section[first..last.max(first)].iter().map(|line| line.to_string()).collect())
}

/// A failure as a learner should read it, each line indented under the test's name:
/// where, then `expected:` / `got:`, or that a `todo!()` is still there, or the message;
/// paths are shortened by `shorten`.
pub fn describe(failure: &Panic, shorten: &dyn Fn(&str) -> String) -> Vec<String> {
    let facts = match failure {
        Panic::Verbatim(lines) => return lines.iter().map(|line| shorten(line)).collect(),
        Panic::Reported(facts) => facts,
    };
    let mut lines = Vec::new();
    let mut previous = "";
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
