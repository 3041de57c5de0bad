//! The parts of book-browser that need no browser: which pages to load, and where Chromium is.
//! Kept apart from main.rs so that they can be tested without Chromium.

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};

/// Pages of mdBook's output at the book's root that are not chapters, and why they are not
/// loaded:
/// - `print.html` is every chapter again on one page, and it calls `window.print()` on load;
///   its chapters are checked one by one already.
/// - `404.html` loads its assets from the site's absolute root (`site-url`), which under
///   file:// is the file system's root: every asset would fail, by design of the page.
/// - `toc.html` is mdBook 0.5's sidebar as a page of its own, for browsers without JavaScript;
///   its links are the sidebar that every chapter carries.
pub const SKIPPED: [&str; 3] = ["print.html", "404.html", "toc.html"];

/// Whether a page, by its path relative to the book dir, is one of [`SKIPPED`]. Only at the
/// root: mdBook writes those there, and a chapter named so in a folder is still a chapter.
pub fn is_skipped(relative: &Path) -> bool {
    relative.parent() == Some(Path::new("")) && relative.to_str().is_some_and(|name| SKIPPED.contains(&name))
}

/// Every `*.html` in `book` and below, less [`SKIPPED`], relative to `book`, sorted so that
/// runs compare line by line.
pub fn pages(book: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut folders = vec![book.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension() == Some(OsStr::new("html")) {
                let relative = path.strip_prefix(book).expect("read_dir yields paths under book").to_path_buf();
                if !is_skipped(&relative) {
                    found.push(relative);
                }
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The names tried on PATH when `$CHROMIUM` is not set, in order. Debian's `chromium`
/// package installs /usr/bin/chromium.
pub const CANDIDATES: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];

/// Chromium: `chromium` (the value of `$CHROMIUM`) if given, else the first of [`CANDIDATES`]
/// that is a file in one of the folders of `path` (the value of `$PATH`). Our own lookup, not
/// headless_chrome's, so that the path given to LaunchOptions is always explicit.
pub fn find_chromium(chromium: Option<&OsStr>, path: Option<&OsStr>) -> Option<PathBuf> {
    if let Some(chromium) = chromium.filter(|c| !c.is_empty()) {
        return Some(PathBuf::from(chromium));
    }
    let folders: Vec<PathBuf> = std::env::split_paths(path?).collect();
    CANDIDATES
        .iter()
        .flat_map(|name| folders.iter().map(move |folder| folder.join(name)))
        .find(|candidate| candidate.is_file())
}
