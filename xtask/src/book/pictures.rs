//! The book's pictures, drawn from what the real programs print. Each entry of
//! `book/pictures.toml` names the runs and the SVG under `book/src` that a chapter
//! includes: a `[[trace]]` is a sequence diagram of one program's `--trace` (with a
//! `kind`, its states or its executor's queue), a `[[frames]]` the frame sizes a Rust
//! program and its C++ counterpart print with `--frame-size`. `cargo xtask book` draws
//! them again; `cargo xtask ci` fails on one that is not what its programs draw today: a
//! picture is regenerated, never edited by hand.

use std::path::Path;

use serde::Deserialize;

use super::{Problem, Shown};
use crate::{Context, Result};
use tool_shell::process::Cmd;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pictures {
    #[serde(default)]
    trace: Vec<Trace>,
    #[serde(default)]
    frames: Vec<Frames>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Trace {
    file: String,
    alt: String,
    package: String,
    args: Vec<String>,
    /// Another picture of the trace, `states` (of `actor`) or `queue`: trace_diagram::picture.
    kind: Option<String>,
    actor: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Frames {
    file: String,
    alt: String,
    rust: Package,
    cpp: Cpp,
}

/// A package run with `args`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Package {
    package: String,
    args: Vec<String>,
}

/// A C++ file from the root, compiled as the parity tests compile it, run with `args`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cpp {
    source: String,
    args: Vec<String>,
}

/// Draws every picture of `book_dir/pictures.toml`, running the programs in the workspace
/// at `root`; writes those that changed (`write`), or returns a problem for each picture
/// that differs from its file.
pub fn draw(root: &Path, book_dir: &Path, write: bool) -> Result<Vec<Problem>> {
    let text = std::fs::read_to_string(book_dir.join("pictures.toml"));
    let pictures: Pictures = toml::from_str(&text?).context("book/pictures.toml")?;
    // Cargo's own lines come through: on a fresh clone this is where the steps build.
    let cargo = |package: &str, args: &[String]| {
        Cmd::cargo(["run", "-q", "-p", package, "--"]).args(args).dir(root).live_stderr()
    };
    let mut drawn = Vec::new();
    for trace in &pictures.trace {
        let run = cargo(&trace.package, &trace.args);
        // The file's path as the picture's id: unique on the page, as ids must be.
        let id = trace.file.trim_end_matches(".svg").replace(['/', '.'], "-");
        let (kind, actor) = (trace.kind.as_deref(), trace.actor.as_deref());
        let svg = trace_diagram::picture(kind, actor, &run.read()?, &trace.alt, &id)
            .map_err(|err| anyhow::anyhow!("`{run}` printed no trace: {err}"))?;
        drawn.push((&trace.file, svg, run.to_string()));
    }
    let built = tool_shell::workspace::target_dir(root)?.join("pictures");
    std::fs::create_dir_all(&built).with_context(|| built.display().to_string())?;
    for frames in &pictures.frames {
        let (rust, source) =
            (cargo(&frames.rust.package, &frames.rust.args), root.join(&frames.cpp.source));
        let program = built.join(source.file_stem().unwrap_or_default());
        let gxx = Cmd::new("g++").args(cpp_parity::GXX_FLAGS).arg(&source).arg("-o");
        gxx.arg(&program).dir(root).read().context("the frame pictures need g++")?;
        let cpp = Cmd::new(&program).args(&frames.cpp.args).dir(root);
        let sizes = |run: &Cmd| {
            trace_diagram::parse_frames(&run.read()?)
                .map_err(|err| anyhow::anyhow!("`{run}` printed no frame sizes: {err}"))
        };
        let columns = [("C++ (g++ -O2)", sizes(&cpp)?), ("Rust", sizes(&rust)?)];
        let svg = trace_diagram::frames_svg(&columns, &frames.alt);
        drawn.push((&frames.file, svg, format!("{cpp}` and `{rust}")));
    }
    let mut stale = Vec::new();
    for (file, svg, runs) in drawn {
        let path = book_dir.join("src").join(file);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(&svg) {
            continue;
        }
        if write {
            std::fs::write(&path, svg).with_context(|| path.display().to_string())?;
        } else {
            let message = format!("not what `{runs}` draws: `cargo xtask book` draws it again");
            stale.push(Shown(root.to_path_buf()).problem(&path, 1, message));
        }
    }
    Ok(stale)
}
