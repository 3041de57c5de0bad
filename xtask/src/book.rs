//! `cargo xtask book`: check the book's sources, build it with mdbook-driver, check the links
//! in the HTML it wrote.
//!
//! mdBook 0.5 builds without complaint when an included file or anchor is missing (it logs
//! through `tracing`, which nobody listens to here, and leaves the directive in the page) or
//! when a link points nowhere, so every such check is ours.

mod directives;
mod links;
mod sources;
mod summary;
#[cfg(test)]
mod tests;

use std::fmt;
use std::path::{Path, PathBuf};

use mdbook_driver::MDBook;
use mdbook_driver::book::BookItem;
use mdbook_driver::config::Config;

use crate::Result;

/// One thing wrong with the book, at a place an editor can jump to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user should see it (relative to the workspace root if inside it).
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, in one line.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// Why a build failed: problems we found in the book, or mdBook's own error.
#[derive(Debug)]
pub enum Failure {
    /// Our checks failed; the book may or may not have been built.
    Problems(Vec<Problem>),
    /// mdBook (or the file system) refused, with its message on one line.
    Other(String),
}

/// `cargo xtask book` (and the `ci` stage): builds `book/` under `root`, prints the path of
/// `index.html`, and opens it if asked.
pub fn run(root: &Path, open: bool) -> Result<()> {
    let index = build_reported(root)?;
    crate::output::say(index.display())?;
    if open {
        open_in_browser(&index);
    }
    Ok(())
}

/// [`build`] for the workspace's book, with each problem printed on its own line; the
/// error is the one-line summary.
fn build_reported(root: &Path) -> Result<PathBuf> {
    match build(&root.join("book"), root) {
        Ok(index) => Ok(index),
        Err(Failure::Other(message)) => Err(anyhow::anyhow!(message)),
        Err(Failure::Problems(problems)) => {
            for problem in &problems {
                coro_cli::complain(problem);
            }
            let count = problems.len();
            let plural = if count == 1 { "" } else { "s" };
            Err(anyhow::anyhow!(
                "the book has {count} problem{plural} (listed above)"
            ))
        }
    }
}

/// Checks the sources of the book in `book_dir`, builds it, checks its links, and returns
/// the absolute path of `index.html`. Paths in problems are shown relative to `shown_from`.
pub fn build(book_dir: &Path, shown_from: &Path) -> Result<PathBuf, Failure> {
    // Canonical paths throughout, so that every file shows relative to `shown_from` and
    // `book/../target/book` shows as `target/book`.
    let book_dir = book_dir
        .canonicalize()
        .map_err(|err| Failure::Other(format!("{}: {err}", book_dir.display())))?;
    let book_toml = book_dir.join("book.toml");
    let mut config = Config::from_disk(&book_toml)
        .map_err(|err| Failure::Other(format!("{}: {err:#}", book_toml.display())))?;
    // What `MDBook::load` would do, so our checks look at the directory mdBook will build.
    config
        .update_from_env()
        .map_err(|err| Failure::Other(format!("{err:#}")))?;
    let src_dir = book_dir.join(&config.book.src);
    let shown_from = shown_from
        .canonicalize()
        .unwrap_or(shown_from.to_path_buf());
    let shown = |path: &Path| shown_path(path, &shown_from);

    // Before building: a missing chapter would stop mdBook with a less precise message, and
    // a missing include would not stop it at all.
    let mut problems = summary::check(&src_dir, &shown);
    problems.extend(sources::check(&src_dir, &shown));
    if !problems.is_empty() {
        return Err(Failure::Problems(problems));
    }

    let book = MDBook::load_with_config(&book_dir, config)
        .map_err(|err| Failure::Other(format!("loading the book: {err:#}")))?;
    book.build()
        .map_err(|err| Failure::Other(format!("building the book: {err:#}")))?;
    let out_dir = book.build_dir_for("html");
    let out_dir = out_dir
        .canonicalize()
        .map_err(|err| Failure::Other(format!("{}: {err}", out_dir.display())))?;
    let chapters = chapters(&book, &src_dir, &out_dir);
    let problems = links::check(&chapters, &out_dir, &shown);
    if !problems.is_empty() {
        return Err(Failure::Problems(problems));
    }
    Ok(out_dir.join("index.html"))
}

/// Every chapter that has a file (drafts have none), with the page mdBook writes for it:
/// `x.md` becomes `x.html`, and a `README.md` becomes its directory's `index.html`.
fn chapters(book: &MDBook, src_dir: &Path, out_dir: &Path) -> Vec<links::Chapter> {
    book.iter()
        .filter_map(|item| match item {
            BookItem::Chapter(chapter) => chapter.path.as_ref(),
            _ => None,
        })
        .map(|path| {
            let is_readme = path
                .file_stem()
                .is_some_and(|stem| stem.eq_ignore_ascii_case("readme"));
            let page = if is_readme {
                path.with_file_name("index.html")
            } else {
                path.with_extension("html")
            };
            links::Chapter {
                page: out_dir.join(page),
                source: src_dir.join(path),
            }
        })
        .collect()
}

/// `path` relative to `base` when it is inside it: short, and clickable in a terminal
/// opened at the workspace root.
fn shown_path(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base).unwrap_or(path).to_path_buf()
}

/// Every file under `dir` whose name ends in `.extension`, sorted so that problems come
/// out in a stable order.
fn files_with_extension(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == extension) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Best effort: the path is already printed, so a machine without a browser or opener
/// loses nothing.
fn open_in_browser(index: &Path) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if !crate::process::Cmd::new(opener).arg(index).start() {
        crate::output::tell(format_args!(
            "note: `{opener}` is not available; open the path above in a browser\n"
        ));
    }
}
