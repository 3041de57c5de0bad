//! The workspace at a root as cargo has it: what `cargo metadata` says of it (its packages,
//! its target directory), and its manifest.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

use crate::process::Cmd;

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

/// The workspace's `Cargo.toml`, parsed.
pub fn manifest(root: &Path) -> Result<toml::Table> {
    let text = std::fs::read_to_string(root.join("Cargo.toml")).context("Cargo.toml")?;
    text.parse().context("Cargo.toml")
}
