//! Defined terms: each `<dfn>` of the chapters, the glossary page made from them, and the
//! uses of a term that come before its definition without a link to it.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::{Chapter, Problem, prose_lines};

/// `<dfn id="term-…" title="…">…</dfn>`, on one line.
static DFN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<dfn\s+id="([^"]*)"(?:\s+title="([^"]*)")?\s*>(.*?)</dfn>"#).unwrap()
});
/// A markdown link, `[text](target)`, whose text may hold code or one level of brackets.
static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)]*)\)").unwrap());
/// An HTML tag, or an mdBook directive: markup, not prose.
static MARKUP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<[^>]*>|\{\{[^}]*\}\}").unwrap());
static ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^term-[a-z0-9]+(-[a-z0-9]+)*$").unwrap());

/// A term as a chapter defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The `id` of its `<dfn>`: `term-executor`.
    pub id: String,
    /// The term, markdown: a name as the `<dfn>` writes it (`` `Pin` ``), a word as its id
    /// says it (`term-poll`: `poll`).
    pub term: String,
    /// The one-line definition (the `<dfn>`'s `title`).
    pub title: String,
    /// The file of the chapter that defines it.
    pub file: String,
    /// That chapter's title.
    pub chapter: String,
    /// Where in reading order: chapter, line, column.
    place: (usize, usize, usize),
}

impl Term {
    /// The term as plain text, the way prose uses it: `Pin`, not `` `Pin` ``.
    fn text(&self) -> String {
        self.term.replace('`', "")
    }
}

/// Every term the `chapters` define, and what is wrong with a definition: an id that is not
/// `term-words`, one defined twice, a definition without its one-line `title`.
pub fn terms(chapters: &[Chapter<'_>]) -> (Vec<Term>, Vec<Problem>) {
    let (mut terms, mut problems) = (Vec::<Term>::new(), Vec::new());
    for (index, chapter) in chapters.iter().enumerate() {
        for (line, text) in prose_lines(chapter.text) {
            for dfn in DFN.captures_iter(text) {
                let problem = |message| Problem {
                    file: chapter.file.into(),
                    line,
                    message,
                };
                let (id, title) = (&dfn[1], dfn.get(2).map_or("", |t| t.as_str()));
                if !ID.is_match(id) {
                    problems.push(problem(format!("`<dfn id=\"{id}\">`: an id is `term-` and lowercase words joined by `-`")));
                } else if let Some(first) = terms.iter().find(|term| term.id == id) {
                    problems.push(problem(format!(
                        "`{id}` is defined again (first in {})",
                        first.file
                    )));
                } else if title.trim().is_empty() {
                    problems.push(problem(format!("`{id}` has no one-line definition: `<dfn id=\"{id}\" title=\"…\">`")));
                } else {
                    // A name as the code writes it; a word as its id says it, since a
                    // sentence may define `poll` as "polled".
                    let term = match dfn[3].contains("<code>") || dfn[3].contains('`') {
                        true => unescape(
                            &dfn[3].replace("<code>", "`").replace("</code>", "`"),
                        ),
                        false => id["term-".len()..].replace('-', " "),
                    };
                    let start = dfn.get(0).map_or(0, |all| all.start());
                    terms.push(Term {
                        id: id.into(),
                        term: MARKUP.replace_all(&term, "").into_owned(),
                        title: unescape(title),
                        file: chapter.file.into(),
                        chapter: chapter.title.into(),
                        place: (index, line, start),
                    });
                }
            }
        }
    }
    (terms, problems)
}

/// The glossary page: every term, alphabetically, with its definition and a link to the
/// place that defines it.
pub fn glossary(terms: &[Term]) -> String {
    let mut sorted: Vec<&Term> = terms.iter().collect();
    sorted.sort_by_key(|term| (term.text().to_lowercase(), term.id.clone()));
    let mut page = String::from(
        "# Glossary\n\nEvery term the book defines, where it defines it. `cargo xtask book` \
         writes this page from\nthe chapters' `<dfn>` definitions: change those, not this \
         page.\n\n",
    );
    for term in sorted {
        let Term {
            id,
            title,
            file,
            chapter,
            ..
        } = term;
        page += &format!("- [**{}**]({file}#{id}): {title} ({chapter})\n", term.term);
    }
    page
}

/// Each use of a term that a reader meets before its definition (earlier in the book, or
/// earlier in the same chapter outside a heading) and that does not link to it.
pub fn early_uses(chapters: &[Chapter<'_>], terms: &[Term]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let patterns: HashMap<&str, Regex> = terms
        .iter()
        .map(|term| (term.id.as_str(), pattern(term)))
        .collect();
    for (index, chapter) in chapters.iter().enumerate() {
        for (line, text) in prose_lines(chapter.text) {
            // Prose only: markup and link targets become blanks, so columns still match.
            let mut prose = MARKUP
                .replace_all(text, |m: &regex::Captures<'_>| " ".repeat(m[0].len()))
                .into_owned();
            let links: Vec<(std::ops::Range<usize>, &str)> = LINK
                .captures_iter(text)
                .filter_map(|link| Some((link.get(0)?.range(), link.get(2)?.as_str())))
                .collect();
            for (range, target) in &links {
                let target_at = range.end - target.len() - 1;
                prose.replace_range(target_at..range.end - 1, &" ".repeat(target.len()));
            }
            for term in terms {
                if (index, line) > (term.place.0, term.place.1) {
                    continue;
                }
                let heading = text.starts_with('#') && index == term.place.0;
                for found in patterns[term.id.as_str()].find_iter(&prose) {
                    let at = (index, line, found.start());
                    let linked = links.iter().any(|(range, target)| {
                        range.contains(&found.start())
                            && target.ends_with(&format!("#{}", term.id))
                    });
                    if at < term.place
                        && !linked
                        && !heading
                        && whole_word(&prose, found.range())
                    {
                        let message = format!(
                            "`{}` is used before {}#{} defines it: link it there, or define it here",
                            term.text(),
                            term.file,
                            term.id
                        );
                        problems.push(Problem {
                            file: chapter.file.into(),
                            line,
                            message,
                        });
                    }
                }
            }
        }
    }
    problems
}

/// A term as prose writes it, plural or past too (`polls`, `polled`); a word at any case
/// (a sentence may start with it), a name (`Pin`, `Weak`) as written.
fn pattern(term: &Term) -> Regex {
    let text = term.text();
    let case = if text.chars().any(char::is_uppercase) {
        ""
    } else {
        "(?i)"
    };
    Regex::new(&format!("{case}{}(?:e?s|e?d)?", regex::escape(&text))).unwrap()
}

/// Whether `range` of `text` is a word of its own: not part of a longer name.
fn whole_word(text: &str, range: std::ops::Range<usize>) -> bool {
    // A name such as `step02-generator` or `book/generator.md` is one word.
    let word = |c: char| c.is_alphanumeric() || ['_', '-', '/'].contains(&c);
    let before = text[..range.start]
        .chars()
        .next_back()
        .is_none_or(|c| !word(c));
    let after = text[range.end..].chars().next().is_none_or(|c| !word(c));
    before && after
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
