//! mdBook's `{{#name args}}` directives, found the way its `links` preprocessor finds them
//! (`\{{#…}}` is an escaped, literal one), and what an include selects from its file.

/// One `{{#kind target …}}` in a line of markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Directive<'a> {
    /// `include`, `rustdoc_include`, `playground`, `title`, …
    pub kind: &'a str,
    /// The first argument: for includes, `path` or `path:anchor` or `path:from:to`.
    pub target: &'a str,
    /// The whole directive, braces included, for messages.
    pub text: &'a str,
}

impl<'a> Directive<'a> {
    /// Whether mdBook replaces it with (part of) a file's contents.
    pub fn includes_a_file(&self) -> bool {
        matches!(
            self.kind,
            "include" | "rustdoc_include" | "playground" | "playpen"
        )
    }

    /// The file and what part of it the directive takes. `playground` has no selector:
    /// mdBook reads its whole target as the path.
    pub fn file_and_selection(&self) -> (&'a str, Selection<'a>) {
        if matches!(self.kind, "playground" | "playpen") {
            return (self.target, Selection::Whole);
        }
        match self.target.split_once(':') {
            None => (self.target, Selection::Whole),
            Some((file, rest)) => (file, Selection::parse(rest)),
        }
    }
}

/// What an include takes from its file, decided as mdBook decides it: after the first `:`,
/// a first part that is empty or a number starts a line range, anything else is an anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection<'a> {
    /// No `:` at all.
    Whole,
    /// `:name`, the lines between `ANCHOR: name` and `ANCHOR_END: name`.
    Anchor(&'a str),
    /// `:10`, `:10:20`, `::20`, `:10:`: line numbers, which go stale when the file changes.
    Lines(&'a str),
}

impl<'a> Selection<'a> {
    fn parse(rest: &'a str) -> Self {
        let first = rest.split(':').next().unwrap_or("");
        if first.is_empty() || first.parse::<usize>().is_ok() {
            Selection::Lines(rest)
        } else {
            Selection::Anchor(first)
        }
    }
}

/// Every directive in `line`, left to right.
pub fn find(line: &str) -> Vec<Directive<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = line[from..].find("{{") {
        let start = from + offset;
        // `\{{#…}}` shows a directive without expanding it. mdBook's pattern for it
        // (`\\\{\{\#.*\}\}`) is greedy, so it swallows the line up to its last `}}`.
        if line[..start].ends_with('\\') && line[start + 2..].starts_with('#') {
            match line.rfind("}}") {
                Some(end) if end >= start + 2 => {
                    from = end + 2;
                    continue;
                }
                _ => break,
            }
        }
        let Some(len) = line[start..].find("}}").map(|end| end + 2) else {
            break;
        };
        match parse(&line[start..start + len]) {
            Some(directive) => {
                found.push(directive);
                from = start + len;
            }
            // Not a directive (`{{ {{#include …}}`, a format string): look again from
            // the next brace, as a regex search would.
            None => from = start + 1,
        }
    }
    found
}

/// `{{ #kind  target more }}` → the directive; `None` if it is not one (mdBook's regex
/// wants `#`, a name of `[A-Za-z0-9_]`, whitespace, then at least one argument).
fn parse(text: &str) -> Option<Directive<'_>> {
    let inner = text.strip_prefix("{{")?.strip_suffix("}}")?;
    let inner = inner.trim_start().strip_prefix('#')?;
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(inner.len());
    let (kind, args) = inner.split_at(name_len);
    if kind.is_empty() || !args.starts_with(char::is_whitespace) {
        return None;
    }
    let target = args.split_whitespace().next()?;
    Some(Directive { kind, target, text })
}

/// Whether `source` marks the region `name` the way mdBook reads it: a line with
/// `ANCHOR: name`, then a later line with `ANCHOR_END: name`. (mdBook itself takes the rest
/// of the file when the end is missing, and nothing when the start is.)
pub fn anchor_status(source: &str, name: &str) -> AnchorStatus {
    let mut lines = source.lines();
    if !lines.any(|line| marker(line, "ANCHOR:") == Some(name)) {
        return AnchorStatus::NoStart;
    }
    if lines.any(|line| marker(line, "ANCHOR_END:") == Some(name)) {
        AnchorStatus::Marked
    } else {
        AnchorStatus::NoEnd
    }
}

/// What [`anchor_status`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorStatus {
    /// Both markers, in order.
    Marked,
    /// No `ANCHOR: name` line.
    NoStart,
    /// `ANCHOR: name` but no `ANCHOR_END: name` after it.
    NoEnd,
}

/// The name after the first `tag` in `line` (mdBook: `ANCHOR:\s*([\w_-]+)`).
fn marker<'a>(line: &'a str, tag: &str) -> Option<&'a str> {
    let (_, after) = line.split_once(tag)?;
    let after = after.trim_start();
    let len = after
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(after.len());
    Some(&after[..len]).filter(|name| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_targets(line: &str) -> Vec<(&str, &str)> {
        find(line).iter().map(|d| (d.kind, d.target)).collect()
    }

    #[test]
    fn directives_are_found_as_mdbook_finds_them() {
        assert_eq!(
            kinds_and_targets("{{#include a.rs:play}} and {{ #rustdoc_include  b.rs }}"),
            [("include", "a.rs:play"), ("rustdoc_include", "b.rs")]
        );
        assert_eq!(
            kinds_and_targets("{{{#include a.rs}}"),
            [("include", "a.rs")]
        );
        assert_eq!(
            kinds_and_targets("{{#title The radio}}"),
            [("title", "The")]
        );
        // Escaped: the rest of the line up to its last `}}` is text.
        assert_eq!(
            kinds_and_targets(r"\{{#include a.rs}} {{#include b.rs}}"),
            []
        );
        assert_eq!(kinds_and_targets("{{#include}} {{ include x }} {{}}"), []);
    }

    #[test]
    fn selections_follow_mdbooks_reading_of_the_colon() {
        let selection = |target| {
            let directive = Directive {
                kind: "include",
                target,
                text: "",
            };
            directive.file_and_selection()
        };
        assert_eq!(selection("a.rs"), ("a.rs", Selection::Whole));
        assert_eq!(selection("a.rs:play"), ("a.rs", Selection::Anchor("play")));
        assert_eq!(selection("a.rs:10:20"), ("a.rs", Selection::Lines("10:20")));
        assert_eq!(selection("a.rs::20"), ("a.rs", Selection::Lines(":20")));
        assert_eq!(selection("a.rs:10"), ("a.rs", Selection::Lines("10")));
        let playground = Directive {
            kind: "playground",
            target: "a.rs:x",
            text: "",
        };
        assert_eq!(
            playground.file_and_selection(),
            ("a.rs:x", Selection::Whole)
        );
    }

    #[test]
    fn an_anchor_needs_its_start_then_its_end_with_the_exact_name() {
        let source = "// ANCHOR: play_all\n// ANCHOR: play\nx\n// ANCHOR_END: play\n\
                      /* ANCHOR_END:stop */ // ANCHOR: stop\n";
        assert_eq!(anchor_status(source, "play"), AnchorStatus::Marked);
        assert_eq!(anchor_status(source, "pla"), AnchorStatus::NoStart);
        assert_eq!(anchor_status(source, "play_all"), AnchorStatus::NoEnd);
        // An end before the start, even on the same line, does not close it.
        assert_eq!(anchor_status(source, "stop"), AnchorStatus::NoEnd);
    }
}
