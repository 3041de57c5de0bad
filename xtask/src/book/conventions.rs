//! The book's own conventions (support/book-conventions, CONTRIBUTING.md): a term is used
//! only after its `<dfn>` or with a link to it, and the glossary page is made from those
//! definitions; no listed line is wider than the column.

use std::path::Path;

use book_conventions::Chapter;
use mdbook_driver::MDBook;

use super::{Problem, Shown};
use crate::{Context, Result};

/// The problems of the terms the chapters of `book` define and use; writes the glossary
/// page (`glossary.md`, if SUMMARY.md lists it) where it differs (`write`), or reports it.
pub fn terms(book: &MDBook, src_dir: &Path, write: bool, shown: &Shown) -> Result<Vec<Problem>> {
    let all: Vec<_> = book.book.chapters().filter_map(|c| Some((c.path.as_ref()?, c))).collect();
    let files: Vec<_> = all.iter().map(|(path, c)| (path.to_string_lossy(), c)).collect();
    let chapters: Vec<Chapter<'_>> =
        files.iter().map(|(file, c)| Chapter { file, title: &c.name, text: &c.content }).collect();
    let path = src_dir.join("glossary.md");
    let glossary =
        chapters.iter().any(|c| c.file == "glossary.md").then_some(("glossary.md", &*path));
    let found = book_conventions::check_terms(&chapters, glossary, write);
    let found = found.with_context(|| path.display().to_string())?.into_iter();
    Ok(found.map(|p| shown.problem(&src_dir.join(&p.file), p.line, p.message)).collect())
}
