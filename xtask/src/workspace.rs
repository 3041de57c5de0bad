//! The workspace as every command sees it: its root, what `cargo metadata` says of it (its
//! packages, its target directory), and the book chapter each step package has.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::process::Cmd;
use crate::{Context, Result};

/// The workspace root, whatever directory `cargo xtask` was typed in: cargo may be run from
/// a subdirectory, but every path the commands use is relative to the root.
pub fn root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// `cargo metadata` for the workspace's own packages (`--no-deps`), in its JSON format.
pub fn metadata(root: &Path) -> Result<Value> {
    let text = Cmd::cargo(["metadata", "--format-version", "1", "--no-deps"]).dir(root).read()?;
    serde_json::from_str(&text).context("cannot read `cargo metadata` output")
}

/// The workspace's target directory as cargo has it (`CARGO_TARGET_DIR`, `build.target-dir`
/// in a config file, or `target/`), so that what xtask builds reuses what cargo built.
pub fn target_dir(root: &Path) -> Result<PathBuf> {
    let dir = metadata(root)?["target_directory"].as_str().map(PathBuf::from);
    dir.context("`cargo metadata` output has no target directory")
}

pub fn manifest(root: &Path) -> Result<toml::Table> {
    let text = std::fs::read_to_string(root.join("Cargo.toml")).context("Cargo.toml")?;
    text.parse().context("Cargo.toml")
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
