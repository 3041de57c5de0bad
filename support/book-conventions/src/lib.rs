//! The book's conventions that mdBook knows nothing of, as plain functions over the text of
//! its chapters and pages, for `cargo xtask book` to apply (CONTRIBUTING.md, "Writing a
//! chapter"):
//!
//! - a term is defined once, where a chapter explains it, as
//!   `<dfn id="term-executor" title="one line">executor</dfn>`; the book's glossary page is
//!   made from those ([`terms`], [`glossary`]), and a use that comes before its definition
//!   in reading order must link to it ([`early_uses`]);
//! - a listing that does not compile says so on the page, with the error code its doctest
//!   checks ([`compile_fail_marks`]);
//! - no listed line is wider than the column ([`wide_lines`]).

mod compile_fail;
mod terms;
mod width;

pub use compile_fail::{MARK, compile_fail_marks};
pub use terms::{Term, early_uses, glossary, terms};
pub use width::{COLUMN, wide_lines};

/// A chapter as the book reads it: its file (relative to the book's `src`), its title and
/// its markdown, in reading order.
#[derive(Debug, Clone, Copy)]
pub struct Chapter<'a> {
    /// `step03-pinball.md`.
    pub file: &'a str,
    /// Its title in SUMMARY.md.
    pub title: &'a str,
    /// Its markdown, as written (includes not expanded).
    pub text: &'a str,
}

/// Something a chapter does against the conventions: at a 1-based line of its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The chapter's file.
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// What is wrong, in one line.
    pub message: String,
}

/// The problems of the terms `chapters` define and use (not the glossary page itself, the
/// chapter whose file is `glossary`, if any): with `write`, the glossary page is written
/// where it differs from what the definitions make; without, that is a problem too.
pub fn check_terms(
    chapters: &[Chapter<'_>],
    glossary: Option<(&str, &std::path::Path)>,
    write: bool,
) -> std::io::Result<Vec<Problem>> {
    let others: Vec<Chapter<'_>> = (chapters.iter())
        .filter(|chapter| glossary.is_none_or(|(file, _)| chapter.file != file))
        .copied()
        .collect();
    let (defined, mut problems) = terms(&others);
    problems.extend(early_uses(&others, &defined));
    let Some((file, path)) = glossary else {
        return Ok(problems);
    };
    let page = self::glossary(&defined);
    if std::fs::read_to_string(path).ok().as_ref() != Some(&page) {
        match write {
            true => std::fs::write(path, page)?,
            false => problems.push(Problem {
                file: file.into(),
                line: 1,
                message: "not what the <dfn>s make: `cargo xtask book` writes it".into(),
            }),
        }
    }
    Ok(problems)
}

/// The lines of `text` outside fenced code blocks, numbered from 1: prose, headings and
/// HTML, where terms are used and defined. A fence is three or more backticks or tildes.
fn prose_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut fence: Option<&str> = None;
    text.lines().enumerate().filter_map(move |(index, line)| {
        let trimmed = line.trim_start();
        let marker = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m));
        match (fence, marker) {
            (None, Some(marker)) => {
                fence = Some(marker);
                None
            }
            (Some(open), Some(marker)) if open == marker => {
                fence = None;
                None
            }
            (None, None) => Some((index + 1, line)),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests;
