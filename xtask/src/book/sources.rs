//! Checks on the markdown itself: every include names a file that exists and an anchor that
//! is marked in it, found and read as mdBook's `links` preprocessor finds and reads them
//! (its patterns, below), and no `rust` block holds Rust that no compiler has seen, found
//! with mdBook's Markdown parser and options.

use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;

use mdbook_markdown::pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use mdbook_markdown::{MarkdownOptions, new_cmark_parser};
use regex::{Captures, Regex};

use super::{Problem, Shown, files_with_extension, line_of};

/// mdBook's `{{#…}}` pattern: an escaped `\{{#…}}` (text up to the line's last `}}`), or a
/// directive, `{{#kind target more}}`.
static DIRECTIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\\{\{\#.*\}\}|\{\{\s*\#([a-zA-Z0-9_]+)\s+([^}]+)\}\}").unwrap());

/// mdBook's markers of an included region: `ANCHOR: name` … `ANCHOR_END: name`.
static ANCHOR: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    [r"ANCHOR:\s*([\w_-]+)", r"ANCHOR_END:\s*([\w_-]+)"].map(|re| Regex::new(re).unwrap())
});

/// Checks every `.md` file under `src_dir` (listed in SUMMARY.md or not: an unlisted one is
/// reported elsewhere, and should not hide its own problems).
pub fn check(src_dir: &Path, shown: &Shown) -> Vec<Problem> {
    let mut problems = Vec::new();
    for file in files_with_extension(src_dir, "md") {
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(err) => {
                problems.push(shown.problem(&file, 1, format!("cannot read: {err}")));
                continue;
            }
        };
        let dir = file.parent().unwrap_or(src_dir);
        for directive in DIRECTIVE.captures_iter(&text) {
            if let Some(message) = check_include(&directive, dir, shown) {
                let line = line_of(&text, directive.get(0).map_or(0, |all| all.start()));
                problems.push(shown.problem(&file, line, message));
            }
        }
        for (line, message) in inline_rust(&text) {
            problems.push(shown.problem(&file, line, message));
        }
        let marks = book_conventions::compile_fail_marks("", &text, dir).into_iter();
        problems.extend(marks.map(|mark| shown.problem(&file, mark.line, mark.message)));
    }
    problems
}

/// What is wrong with one include, if anything. Paths are relative to the directory of the
/// markdown file, as mdBook resolves them.
fn check_include(directive: &Captures<'_>, dir: &Path, shown: &Shown) -> Option<String> {
    let text = &directive[0];
    // An escaped directive has no kind; `title` and unknown kinds include nothing.
    let target = directive.get(2)?.as_str().split_whitespace().next()?;
    let (file, selection) = match directive.get(1)?.as_str() {
        "include" | "rustdoc_include" => {
            target.split_once(':').map_or((target, None), |(f, s)| (f, Some(s)))
        }
        // mdBook reads a playground's whole target as the path.
        "playground" | "playpen" => (target, None),
        _ => return None,
    };
    let path = dir.join(file);
    let shown_path = shown.path(&lexically_normal(&path)).display().to_string();
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(err) => return Some(format!("`{text}`: cannot read {shown_path}: {err}")),
    };
    let selection = selection?;
    // As mdBook decides: a first part that is empty or a number starts a line range, which
    // silently shifts when the file above it changes; anything else names an anchor.
    let anchor = selection.split(':').next().unwrap_or("");
    if anchor.is_empty() || anchor.parse::<usize>().is_ok() {
        return Some(format!(
            "`{text}`: line range `{selection}` is not allowed; mark the region with \
             `ANCHOR: name` / `ANCHOR_END: name` in {shown_path} and include it by name"
        ));
    }
    // mdBook takes the rest of the file when the end is missing, and nothing when the
    // start is: both are mistakes.
    let [start, end] = &*ANCHOR;
    let marks = |marker: &Regex, line: &str| marker.captures(line).is_some_and(|c| &c[1] == anchor);
    let mut lines = source.lines();
    if !lines.any(|line| marks(start, line)) {
        return Some(format!("`{text}`: no `ANCHOR: {anchor}` in {shown_path}"));
    }
    (!lines.any(|line| marks(end, line))).then(|| {
        format!("`{text}`: no `ANCHOR_END: {anchor}` after `ANCHOR: {anchor}` in {shown_path}")
    })
}

/// `book/src/../../radio/src/lib.rs` → `radio/src/lib.rs`, for messages only: reading goes
/// through the path as written, as mdBook's does.
fn lexically_normal(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if normal.file_name().is_some() => _ = normal.pop(),
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
    // The line of the `rust` fence being read, until its first problem is reported.
    let mut open = None;
    let events = new_cmark_parser(text, &MarkdownOptions::default()).into_offset_iter();
    for (event, range) in events {
        match event {
            // The language is the info string's first word, before any `,` or space (as
            // mdBook reads `rust,noplayground`).
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.split([',', ' ', '\t']).next() == Some("rust") =>
            {
                open = Some(line_of(text, range.start));
            }
            Event::End(TagEnd::CodeBlock) => open = None,
            Event::Text(code) => {
                let Some(opened) = open else { continue };
                if let Some(index) = code.lines().position(|line| !only_includes(line)) {
                    let message = format!(
                        "inline Rust in the `rust` block opened at line {opened}; include it \
                         from a compiled crate by anchor instead"
                    );
                    problems.push((line_of(text, range.start) + index, message));
                    open = None;
                }
            }
            _ => {}
        }
    }
    problems
}

/// A blank line, or one include directive alone on its line.
fn only_includes(line: &str) -> bool {
    let line = line.trim();
    let whole = DIRECTIVE.captures(line).filter(|directive| directive[0].len() == line.len());
    let kind = whole.and_then(|directive| Some(directive.get(1)?.as_str()));
    line.is_empty() || matches!(kind, Some("include" | "rustdoc_include"))
}
