//! SUMMARY.md and the chapter files agree: every entry's file exists, every `.md` file is an
//! entry. (mdBook would create a missing chapter, or fail with no line number, and would
//! silently leave an unlisted one out of the book.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::links::percent_decode;
use super::{Problem, files_with_extension};

/// Checks `src_dir/SUMMARY.md` against the `.md` files under `src_dir`.
pub fn check(src_dir: &Path, shown: &dyn Fn(&Path) -> PathBuf) -> Vec<Problem> {
    let summary_path = src_dir.join("SUMMARY.md");
    let summary = match std::fs::read_to_string(&summary_path) {
        Ok(summary) => summary,
        Err(err) => {
            return vec![Problem {
                file: shown(&summary_path),
                line: 1,
                message: format!("cannot read the table of contents: {err}"),
            }];
        }
    };
    let mut problems = Vec::new();
    let mut listed = BTreeSet::new();
    for (line, location) in entries(&summary) {
        let path = src_dir.join(&location);
        if !path.is_file() {
            problems.push(Problem {
                file: shown(&summary_path),
                line,
                message: format!("`{location}` does not exist"),
            });
        }
        listed.insert(path);
    }
    for file in files_with_extension(src_dir, "md") {
        if file != summary_path && !listed.contains(&file) {
            problems.push(Problem {
                file: shown(&file),
                line: 1,
                message: "not listed in SUMMARY.md, so the book leaves it out".into(),
            });
        }
    }
    problems
}

/// `(line, location)` of every link in SUMMARY.md: `[Title](path.md)`, with `./` and any
/// `#fragment` removed. Draft chapters, `[Title]()`, have no file and are skipped.
fn entries(summary: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (index, line) in summary.lines().enumerate() {
        let mut rest = line;
        while let Some(open) = rest.find("](") {
            let after = &rest[open + 2..];
            let Some(close) = after.find(')') else { break };
            let target = after[..close].trim();
            // `<path with spaces.md>`: the path is what the angle brackets hold.
            let target = match target.strip_prefix('<') {
                Some(bracketed) => bracketed.split('>').next().unwrap_or(""),
                None => target,
            };
            let target = target.split('#').next().unwrap_or("");
            let target = target.strip_prefix("./").unwrap_or(target);
            if !target.is_empty() {
                found.push((index + 1, percent_decode(target)));
            }
            rest = &after[close + 1..];
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::entries;

    #[test]
    fn entries_are_read_with_their_lines() {
        let summary = "# Summary\n\n[Intro](./intro.md)\n\n- [One](step01-function.md)\n\
                       \x20   - [Draft]()\n- [Two](<two words.md>#top)\n";
        assert_eq!(
            entries(summary),
            [
                (3, "intro.md".to_string()),
                (5, "step01-function.md".to_string()),
                (7, "two words.md".to_string()),
            ]
        );
    }
}
