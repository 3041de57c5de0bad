//! `cargo xtask book`: check the book's sources, build it with mdbook-driver, check the links
//! in the HTML it wrote.
//!
//! mdBook 0.5 builds without complaint when an included file or anchor is missing (it logs
//! through `tracing`, which nobody listens to here, and leaves the directive in the page) or
//! when a link points nowhere, so those checks are ours. The reading is mdBook's own: its
//! SUMMARY.md parser, its Markdown parser and options, its include pattern, and html5ever
//! (which its renderer uses) for the pages; what is ours is only the policy.

mod conventions;
mod links;
mod pictures;
mod sources;
mod summary;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use mdbook_driver::MDBook;
use mdbook_driver::config::Config;

use crate::{Context, Result, ensure};
use tool_shell::output::say;
use tool_shell::process::Cmd;

/// One thing wrong with the book, at a place an editor can jump to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}: {message}", file.display())]
pub struct Problem {
    /// The file, as the user should see it (relative to the workspace root if inside it).
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, in one line.
    pub message: String,
}

/// Our checks failed: the error of a build whose sources or links are wrong. Any other
/// error is mdBook's (or the file system's), with its context.
#[derive(Debug, thiserror::Error)]
#[error("the book has {} problem{} (listed above)", .0.len(), if .0.len() == 1 { "" } else { "s" })]
pub struct Problems(pub Vec<Problem>);

/// Where a problem is shown from: paths relative to the workspace root, when inside it.
struct Shown(PathBuf);

impl Shown {
    fn path(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.0).unwrap_or(path).to_path_buf()
    }

    fn problem(&self, file: &Path, line: usize, message: String) -> Problem {
        Problem { file: self.path(file), line, message }
    }
}

/// `cargo xtask book` (and the `ci` stage, which `check`s the pictures instead of drawing
/// them again): builds `book/` under `root`, prints the path of `index.html`, and opens it
/// if asked. Each problem is printed on its own line; the error is their count.
pub fn run(root: &Path, open: bool, check: bool, browser: bool) -> Result<()> {
    // The pictures first: the chapters include them.
    let stale = pictures::draw(root, &root.join("book"), !check)?;
    let built = match stale.is_empty() {
        true => build(&root.join("book"), root, !check),
        false => Err(Problems(stale).into()),
    };
    let index = built.inspect_err(|err| {
        if let Some(Problems(problems)) = err.downcast_ref() {
            problems.iter().for_each(coro_cli::complain);
        }
    })?;
    say(index.display())?;
    if browser {
        // A workspace of its own: headless_chrome takes minutes to build, which only this pays.
        let target = tool_shell::workspace::target_dir(root)?;
        let tool = "run -q --locked --manifest-path tools/book-browser/Cargo.toml --target-dir";
        let book = index.parent().unwrap_or(root);
        let run = Cmd::cargo(tool.split(' ')).arg(target.join("book-browser")).arg("--");
        run.arg(book).arg(target.join("book-screens")).dir(root).run()?;
    }
    if open && !Cmd::new(OPENER).arg(&index).start() {
        // Best effort: the path is printed, so a machine without an opener loses nothing.
        tool_shell::output::tell(format_args!(
            "note: `{OPENER}` is not available; open the path above in a browser\n"
        ));
    }
    Ok(())
}

const OPENER: &str = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };

/// Checks the sources of the book in `book_dir`, writes its glossary (`write`, else checks
/// it), builds it, checks its pages, and returns the absolute path of `index.html`. Paths
/// in problems are shown relative to `shown_from`.
pub fn build(book_dir: &Path, shown_from: &Path, write: bool) -> Result<PathBuf> {
    // Canonical paths throughout, so that every file shows relative to `shown_from` and
    // `book/../target/book` shows as `target/book`.
    let book_dir = book_dir.canonicalize().with_context(|| book_dir.display().to_string())?;
    let book_toml = book_dir.join("book.toml");
    let mut config =
        Config::from_disk(&book_toml).with_context(|| book_toml.display().to_string())?;
    // What `MDBook::load` would do, so our checks look at the directory mdBook will build.
    config.update_from_env()?;
    let src_dir = book_dir.join(&config.book.src);
    let shown = Shown(shown_from.canonicalize().unwrap_or(shown_from.into()));

    // Before building: a missing chapter would stop mdBook with a less precise message, and
    // a missing include would not stop it at all.
    let mut problems = summary::check(&src_dir, &shown);
    problems.extend(sources::check(&src_dir, &shown));
    ensure!(problems.is_empty(), Problems(problems));

    let book = MDBook::load_with_config(&book_dir, config.clone()).context("loading the book")?;
    let problems = conventions::terms(&book, &src_dir, write, &shown)?;
    ensure!(problems.is_empty(), Problems(problems));
    // Loaded again: the glossary page may have just been written.
    let book = MDBook::load_with_config(&book_dir, config).context("loading the book")?;
    book.build().context("building the book")?;
    let out_dir = book.build_dir_for("html");
    let out_dir = out_dir.canonicalize().with_context(|| out_dir.display().to_string())?;
    let mut problems = links::check(&book, &src_dir, &out_dir, &shown);
    for path in book.book.chapters().filter_map(|chapter| chapter.path.as_ref()) {
        let page = out_dir.join(path.with_extension("html"));
        let wide = book_conventions::wide_lines(&std::fs::read_to_string(page).unwrap_or_default());
        problems.extend(wide.into_iter().map(|m| shown.problem(&src_dir.join(path), 1, m)));
    }
    ensure!(problems.is_empty(), Problems(problems));
    Ok(out_dir.join("index.html"))
}

/// Every file under `dir` whose name ends in `.extension`, sorted so that problems come
/// out in a stable order.
fn files_with_extension(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let entries = walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name();
    let files = entries.into_iter().flatten().filter(|entry| !entry.file_type().is_dir());
    let files = files.map(walkdir::DirEntry::into_path);
    files.filter(|path| path.extension().is_some_and(|ext| ext == extension)).collect()
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}
