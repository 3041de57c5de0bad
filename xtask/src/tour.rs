//! `cargo xtask tour`: every step's binary, in order, each under its chapter's title, so
//! the whole story can be watched from one command.

use std::path::Path;

use serde_json::Value;

use crate::workspace::chapter_title;
use crate::{Context, Result, ensure};
use tool_shell::output::say;
use tool_shell::process::Cmd;

/// One step package and the binaries to run, in order.
#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    /// The package name, e.g. `step02-generator` (also its chapter's file name).
    pub package: String,
    /// Its binaries: the one named like the package first, then the others by name.
    pub bins: Vec<String>,
}

/// Runs the tour from the workspace `root`, stopping at the first binary that fails, or
/// when the reader leaves: the next line written then fails, and `main` ends quietly.
pub fn run(root: &Path) -> Result<()> {
    let steps = plan(&tool_shell::workspace::metadata(root)?)?;
    ensure!(!steps.is_empty(), "no `step*` packages in the workspace");
    for step in &steps {
        say(format_args!("\n== {} ==", chapter_title(root, &step.package)))?;
        if step.bins.is_empty() {
            say("(no binary to run yet)")?;
        }
        for bin in &step.bins {
            Cmd::cargo(["run", "-q", "-p", &step.package, "--bin", bin]).dir(root).run()?;
        }
    }
    Ok(())
}

/// The steps in `cargo metadata` output: packages named `step…`, by name; for each, its
/// binaries minus those in `[package.metadata.tour] skip = […]` (a helper binary that
/// waits for input, say, has no place in an unattended tour).
pub fn plan(metadata: &Value) -> Result<Vec<Step>> {
    let packages =
        metadata["packages"].as_array().context("`cargo metadata` output has no package list")?;
    let named = packages.iter().filter_map(|package| Some((package, package["name"].as_str()?)));
    let steps = named.filter(|(_, name)| name.starts_with("step"));
    let steps = steps.map(|(p, name)| Step { package: name.into(), bins: bins(p, name) });
    let mut steps: Vec<Step> = steps.collect();
    steps.sort_by(|a, b| a.package.cmp(&b.package));
    Ok(steps)
}

fn bins(package: &Value, name: &str) -> Vec<String> {
    let skip = package["metadata"]["tour"]["skip"].as_array().into_iter().flatten();
    let skip: Vec<&str> = skip.filter_map(Value::as_str).collect();
    let targets = package["targets"].as_array().into_iter().flatten();
    let mut bins: Vec<String> = targets
        .filter(|target| target["kind"].as_array().is_some_and(|k| k.contains(&"bin".into())))
        .filter_map(|target| target["name"].as_str())
        .filter(|bin| !skip.contains(bin))
        .map(str::to_owned)
        .collect();
    // The package's own binary tells the chapter's story; the others are variations on it.
    bins.sort_by_key(|bin| (bin != name, bin.clone()));
    bins
}

#[cfg(test)]
mod tests;
