use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use book_browser::{find_chromium, is_skipped, pages};

#[test]
fn skips_only_the_root_pages_that_are_not_chapters() {
    assert!(is_skipped(Path::new("print.html")));
    assert!(is_skipped(Path::new("404.html")));
    assert!(is_skipped(Path::new("toc.html")));
    assert!(!is_skipped(Path::new("index.html")));
    assert!(!is_skipped(Path::new("step01/print.html")));
}

#[test]
fn lists_every_html_below_the_book_sorted_less_the_skipped() {
    let book = tempfile::tempdir().unwrap();
    for file in ["index.html", "print.html", "404.html", "toc.html", "b.html", "a/c.html", "a/print.html", "a/pic.svg", "x.css"] {
        let path = book.path().join(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, "").unwrap();
    }
    let expected: Vec<PathBuf> = ["a/c.html", "a/print.html", "b.html", "index.html"].iter().map(PathBuf::from).collect();
    assert_eq!(pages(book.path()).unwrap(), expected);
}

#[test]
fn a_missing_book_is_an_error_not_a_panic() {
    assert!(pages(Path::new("/nonexistent/book")).is_err());
}

#[test]
fn chromium_from_the_variable_first_then_the_path_in_order() {
    let bin = tempfile::tempdir().unwrap();
    fs::write(bin.path().join("google-chrome"), "").unwrap();
    fs::write(bin.path().join("chromium-browser"), "").unwrap();
    let path = bin.path().as_os_str();
    assert_eq!(find_chromium(Some(OsStr::new("/opt/chrome")), Some(path)), Some(PathBuf::from("/opt/chrome")));
    assert_eq!(find_chromium(None, Some(path)), Some(bin.path().join("chromium-browser")));
    assert_eq!(find_chromium(Some(OsStr::new("")), Some(path)), Some(bin.path().join("chromium-browser")));
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(find_chromium(None, Some(empty.path().as_os_str())), None);
    assert_eq!(find_chromium(None, None), None);
}
