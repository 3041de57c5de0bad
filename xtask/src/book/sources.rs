//! Checks on the markdown itself: every include names a file that exists and an anchor that
//! is marked in it, and no `rust` block holds Rust that no compiler has seen.

use std::path::{Component, Path, PathBuf};

use super::directives::{self, AnchorStatus, Directive, Selection};
use super::{Problem, files_with_extension};

/// Checks every `.md` file under `src_dir` (listed in SUMMARY.md or not: an unlisted one is
/// reported elsewhere, and should not hide its own problems).
pub fn check(src_dir: &Path, shown: &dyn Fn(&Path) -> PathBuf) -> Vec<Problem> {
    let mut problems = Vec::new();
    for file in files_with_extension(src_dir, "md") {
        let report = |line: usize, message: String| Problem {
            file: shown(&file),
            line,
            message,
        };
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(err) => {
                problems.push(report(1, format!("cannot read: {err}")));
                continue;
            }
        };
        let dir = file.parent().unwrap_or(src_dir);
        for (index, line) in text.lines().enumerate() {
            for directive in directives::find(line) {
                if let Some(message) = check_include(&directive, dir, shown) {
                    problems.push(report(index + 1, message));
                }
            }
        }
        for (line, message) in inline_rust(&text) {
            problems.push(report(line, message));
        }
    }
    problems
}

/// What is wrong with one include, if anything. Paths are relative to the directory of the
/// markdown file, as mdBook resolves them.
fn check_include(
    directive: &Directive<'_>,
    dir: &Path,
    shown: &dyn Fn(&Path) -> PathBuf,
) -> Option<String> {
    if !directive.includes_a_file() {
        return None;
    }
    let text = directive.text;
    let (file, selection) = directive.file_and_selection();
    let path = dir.join(file);
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(err) => {
            let path = shown(&lexically_normal(&path));
            return Some(format!("`{text}`: cannot read {}: {err}", path.display()));
        }
    };
    let path = shown(&lexically_normal(&path));
    let path = path.display();
    match selection {
        Selection::Whole => None,
        // The design includes listings by anchor: a line range silently shifts when the
        // file above it changes.
        Selection::Lines(range) => Some(format!(
            "`{text}`: line range `{range}` is not allowed; mark the region with \
             `ANCHOR: name` / `ANCHOR_END: name` in {path} and include it by name"
        )),
        Selection::Anchor(name) => match directives::anchor_status(&source, name) {
            AnchorStatus::Marked => None,
            AnchorStatus::NoStart => Some(format!("`{text}`: no `ANCHOR: {name}` in {path}")),
            AnchorStatus::NoEnd => Some(format!(
                "`{text}`: no `ANCHOR_END: {name}` after `ANCHOR: {name}` in {path}"
            )),
        },
    }
}

/// `book/src/../../radio/src/lib.rs` → `radio/src/lib.rs`, for messages only: reading goes
/// through the path as written, as mdBook's does.
fn lexically_normal(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if normal.file_name().is_some() => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

/// `(line, message)` for the first line of Rust written inline in each fenced block whose
/// language is `rust` (```` ```rust ````, ```` ```rust,noplayground ````, …): such a block
/// may hold only include directives, so every listing is compiled and tested code.
fn inline_rust(text: &str) -> Vec<(usize, String)> {
    let mut problems = Vec::new();
    // The open fence: its character, its length, whether it is Rust, its line.
    let mut open: Option<(char, usize, bool, usize)> = None;
    let mut reported = false;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        match open {
            None => {
                if let Some((fence, len, info)) = fence_start(trimmed) {
                    open = Some((fence, len, is_rust(info), index + 1));
                    reported = false;
                }
            }
            Some((fence, len, rust, opened)) => {
                if fence_end(trimmed, fence, len) {
                    open = None;
                } else if rust && !reported && !only_includes(trimmed) {
                    reported = true;
                    problems.push((
                        index + 1,
                        format!(
                            "inline Rust in the `rust` block opened at line {opened}; \
                             include it from a compiled crate by anchor instead"
                        ),
                    ));
                }
            }
        }
    }
    problems
}

/// A fence opening line (indentation already trimmed): `(char, length, info string)`.
fn fence_start(line: &str) -> Option<(char, usize, &str)> {
    let fence = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = line.len() - line.trim_start_matches(fence).len();
    let info = line[len..].trim();
    // CommonMark: a backtick fence's info string has no backtick (```` ```x``` ```` is code
    // inline in a paragraph, not a block).
    (len >= 3 && !(fence == '`' && info.contains('`'))).then_some((fence, len, info))
}

fn fence_end(line: &str, fence: char, open_len: usize) -> bool {
    let len = line.len() - line.trim_start_matches(fence).len();
    len >= open_len && line[len..].trim().is_empty()
}

/// The language is the info string's first word, before any `,` or space (as mdBook reads
/// `rust,noplayground`).
fn is_rust(info: &str) -> bool {
    info.split([',', ' ', '\t']).next() == Some("rust")
}

/// A blank line, or one include directive alone on its line.
fn only_includes(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return true;
    }
    match directives::find(line).as_slice() {
        [directive] => {
            matches!(directive.kind, "include" | "rustdoc_include") && directive.text == line
        }
        _ => false,
    }
}
