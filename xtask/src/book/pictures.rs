//! The book's sequence diagrams, drawn from the traces of the real programs. Each entry of
//! `book/pictures.toml` names a package, the arguments of its `--trace` run and the SVG
//! under `book/src` that the chapters include; `cargo xtask book` draws them again, and
//! `cargo xtask ci` fails on one that is not what its program draws today: a picture is
//! regenerated, never edited by hand.

use std::path::Path;

use super::Problem;
use crate::process::Cmd;
use crate::{Context, Result};

/// Draws every picture of `book_dir/pictures.toml`, running the programs in the workspace
/// at `root`; writes those that changed (`write`), or returns a problem for each picture
/// that differs from its file.
pub fn draw(root: &Path, book_dir: &Path, write: bool) -> Result<Vec<Problem>> {
    let text = std::fs::read_to_string(book_dir.join("pictures.toml"));
    let table: toml::Table = text?.parse().context("book/pictures.toml")?;
    let entries = table.get("trace").and_then(toml::Value::as_array).into_iter().flatten();
    let mut stale = Vec::new();
    for entry in entries {
        let field = |key: &str| {
            entry
                .get(key)
                .and_then(toml::Value::as_str)
                .with_context(|| format!("book/pictures.toml: a [[trace]] without `{key} = \"…\"`"))
        };
        let (file, package, alt) = (field("file")?, field("package")?, field("alt")?);
        let args = entry.get("args").and_then(toml::Value::as_array).into_iter().flatten();
        let args: Vec<&str> = args.filter_map(toml::Value::as_str).collect();
        // Cargo's own lines come through: on a fresh clone this is where the steps build.
        let run =
            Cmd::cargo(["run", "-q", "-p", package, "--"]).args(&args).dir(root).live_stderr();
        // The file's path as the picture's id: unique on the page, as ids must be.
        let id = file.trim_end_matches(".svg").replace(['/', '.'], "-");
        let svg = trace_diagram::svg(&run.read()?, alt, &id)
            .map_err(|err| anyhow::anyhow!("`{run}` printed no trace: {err}"))?;
        let path = book_dir.join("src").join(file);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(&svg) {
            continue;
        }
        if write {
            std::fs::write(&path, svg).with_context(|| path.display().to_string())?;
        } else {
            let message = format!("not what `{run}` draws: `cargo xtask book` draws it again");
            let file = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            stale.push(Problem { file, line: 1, message });
        }
    }
    Ok(stale)
}
