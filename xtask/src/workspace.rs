//! The workspace as every command sees it: its root, and the book chapter each step package
//! has. What cargo says of it (`cargo metadata`, the target directory, the manifest) is
//! `tool_shell::workspace`, which the bench harness reads too.

use std::path::{Path, PathBuf};

/// The workspace root, whatever directory `cargo xtask` was typed in: cargo may be run from
/// a subdirectory, but every path the commands use is relative to the root.
pub fn root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// A step package's chapter: `book/src/step02-generator.md`.
pub fn chapter(root: &Path, package: &str) -> PathBuf {
    root.join("book/src").join(format!("{package}.md"))
}

/// The chapter's first `# ` heading, or the package name if there is no chapter (yet).
pub fn chapter_title(root: &Path, package: &str) -> String {
    let text = std::fs::read_to_string(chapter(root, package)).unwrap_or_default();
    let title = text.lines().find_map(|line| line.strip_prefix("# "));
    title.map_or(package.to_owned(), |title| title.trim().to_owned())
}
