//! Reading what libtest printed (its stable "pretty" format: `test name ... ok`, then a
//! `---- name stdout ----` section per failure), and saying it plainly to a learner.
//!
//! libtest's JSON output is still unstable, hence the text; the parser accepts what it
//! does not understand as a plain message rather than failing.

/// One test and how it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    /// The full path libtest gives, e.g. `solutions::ex1_1::tests::plays_the_show`.
    pub name: String,
    /// `None` if it passed; why it failed otherwise.
    pub failure: Option<Failure>,
}

/// Why one test failed, from its panic.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Failure {
    /// `file:line:col` of the panic, as rustc wrote it.
    pub location: Option<String>,
    /// The panic message, one entry per line.
    pub message: Vec<String>,
}

/// The tests in the output of a test binary, sorted by name, or `None` if it holds no
/// `running N tests` line (the binary was never built or never ran).
pub fn parse(stdout: &str) -> Option<Vec<TestResult>> {
    let mut lines = stdout.lines().peekable();
    lines.by_ref().find(|line| line.starts_with("running "))?;
    let mut results = Vec::new();
    while let Some(line) = lines.next() {
        if let Some(rest) = line.strip_prefix("test ") {
            if let Some((name, status)) = rest.rsplit_once(" ... ") {
                let failure = (status != "ok").then(Failure::default);
                results.push(TestResult {
                    name: name.to_owned(),
                    failure,
                });
            }
        } else if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" stdout ----"))
        {
            // The section runs to the next section or to the list of failed names.
            let mut section = Vec::new();
            while let Some(next) = lines.peek() {
                if next.starts_with("---- ") || *next == "failures:" {
                    break;
                }
                section.push(lines.next().unwrap_or_default());
            }
            if let Some(result) = results.iter_mut().find(|result| result.name == name) {
                result.failure = Some(failure_from(&section));
            }
        }
    }
    results.sort_by(|a, b| a.name.cmp(&b.name));
    Some(results)
}

/// The panic in a failure section: `thread 'x' (id) panicked at file:line:col:` and the
/// message lines after it, up to libtest's backtrace note.
fn failure_from(section: &[&str]) -> Failure {
    let Some(start) = section.iter().position(|line| line.starts_with("thread '")) else {
        return Failure {
            location: None,
            message: trimmed(section),
        };
    };
    let location = section[start]
        .split_once(" panicked at ")
        .map(|(_, at)| at.trim_end_matches(':').to_owned());
    let message = section[start + 1..]
        .iter()
        .take_while(|line| !line.starts_with("note: run with `RUST_BACKTRACE"))
        .copied()
        .collect::<Vec<_>>();
    Failure {
        location,
        message: trimmed(&message),
    }
}

/// Lines without the blank ones around them.
fn trimmed(lines: &[&str]) -> Vec<String> {
    let first = lines.iter().position(|line| !line.trim().is_empty());
    let last = lines.iter().rposition(|line| !line.trim().is_empty());
    match (first, last) {
        (Some(first), Some(last)) => lines[first..=last]
            .iter()
            .map(|line| line.to_string())
            .collect(),
        _ => Vec::new(),
    }
}

/// A failure as a learner should read it, each line indented under the test's name.
/// `assert_eq!(got, expected)` (the order every exercise's tests use) becomes
/// `expected:` / `got:`; a `todo!()` still in place says so; paths are shortened by
/// `shorten`.
pub fn describe(failure: &Failure, shorten: &dyn Fn(&str) -> String) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(location) = &failure.location {
        lines.push(format!("at {}", shorten(location)));
    }
    let message = &failure.message;
    let first = message.first().map(String::as_str).unwrap_or("");
    if let Some(note) = first.strip_prefix("assertion `left == right` failed") {
        if let Some(note) = note.strip_prefix(": ") {
            lines.push(note.to_owned());
        }
        let value = |label: &str| {
            message
                .iter()
                .find_map(|line| line.trim_start().strip_prefix(label))
                .unwrap_or("")
                .to_owned()
        };
        lines.push(format!("expected: {}", value("right: ")));
        lines.push(format!("     got: {}", value("left: ")));
    } else if first.starts_with("not yet implemented") {
        lines.push(format!("{first} (a `todo!()` is still there)"));
        lines.extend(message.iter().skip(1).cloned());
    } else {
        lines.extend(message.iter().cloned());
    }
    lines
}
