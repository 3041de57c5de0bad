//! SUMMARY.md and the chapter files agree: every entry's file exists, every `.md` file is an
//! entry. (mdBook would create a missing chapter, or fail with no line number, and would
//! silently leave an unlisted one out of the book.) SUMMARY.md is read by mdBook's own
//! parser; only the line of an entry is found here, from the same Markdown events.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use mdbook_markdown::pulldown_cmark::{Event, Parser, Tag};
use mdbook_summary::{SummaryItem, parse_summary};

use super::{Problem, Shown, files_with_extension, line_of};

/// Checks `src_dir/SUMMARY.md` against the `.md` files under `src_dir`.
pub fn check(src_dir: &Path, shown: &Shown) -> Vec<Problem> {
    let summary_path = src_dir.join("SUMMARY.md");
    let problem = |line, message| shown.problem(&summary_path, line, message);
    let summary = match std::fs::read_to_string(&summary_path) {
        Ok(summary) => summary,
        Err(err) => return vec![problem(1, format!("cannot read the table of contents: {err}"))],
    };
    let parsed = match parse_summary(&summary) {
        Ok(parsed) => parsed,
        Err(err) => return vec![problem(1, format!("{err:#}"))],
    };
    let parts = [&parsed.prefix_chapters, &parsed.numbered_chapters, &parsed.suffix_chapters];
    let mut items: Vec<&SummaryItem> = parts.into_iter().flatten().collect();
    // Every link's destination with its line, as mdBook's parser turns it into a path.
    let links = Parser::new(&summary).into_offset_iter().filter_map(|(event, at)| match event {
        Event::Start(Tag::Link { dest_url, .. }) => Some((dest_url, line_of(&summary, at.start))),
        _ => None,
    });
    let lines: Vec<(PathBuf, usize)> =
        links.map(|(dest, line)| (PathBuf::from(dest.replace("%20", " ")), line)).collect();
    let mut problems = Vec::new();
    let mut listed = BTreeSet::new();
    while let Some(item) = items.pop() {
        let SummaryItem::Link(link) = item else { continue };
        items.extend(&link.nested_items);
        // Draft chapters, `[Title]()`, have no file.
        let Some(location) = &link.location else { continue };
        let path = src_dir.join(location);
        if !path.is_file() {
            let line = lines.iter().find(|(dest, _)| dest == location);
            let message = format!("`{}` does not exist", location.display());
            problems.push(problem(line.map_or(1, |(_, line)| *line), message));
        }
        listed.insert(path);
    }
    problems.sort_by_key(|problem| problem.line);
    for file in files_with_extension(src_dir, "md") {
        if file != summary_path && !listed.contains(&file) {
            let message = "not listed in SUMMARY.md, so the book leaves it out".into();
            problems.push(shown.problem(&file, 1, message));
        }
    }
    problems
}
