//! `cargo xtask tour`: every step's binary, in order, each under its chapter's title, so
//! the whole story can be watched from one command.

use std::path::Path;

use serde_json::Value;

use crate::Result;
use crate::output::say;
use crate::run::Cargo;

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
    let metadata = Cargo::new(["metadata", "--format-version", "1", "--no-deps"]).output(root)?;
    let steps = plan(&metadata)?;
    if steps.is_empty() {
        return Err("no `step*` packages in the workspace".to_string().into());
    }
    for step in &steps {
        let chapter = root.join("book/src").join(format!("{}.md", step.package));
        say(format_args!(
            "\n== {} ==",
            chapter_title(&chapter, &step.package)
        ))?;
        if step.bins.is_empty() {
            say("(no binary to run yet)")?;
        }
        for bin in &step.bins {
            Cargo::new(["run", "-q", "-p", &step.package, "--bin", bin]).run(root)?;
        }
    }
    Ok(())
}

/// The steps in `cargo metadata` output: packages named `step…`, by name; for each, its
/// binaries minus those in `[package.metadata.tour] skip = […]` (a helper binary that
/// waits for input, say, has no place in an unattended tour).
pub fn plan(metadata: &str) -> Result<Vec<Step>> {
    let metadata: Value = serde_json::from_str(metadata)
        .map_err(|err| format!("cannot read `cargo metadata` output: {err}"))?;
    let packages = metadata["packages"]
        .as_array()
        .ok_or("`cargo metadata` output has no package list".to_string())?;
    let mut steps: Vec<Step> = packages
        .iter()
        .filter_map(|package| {
            let name = package["name"].as_str()?;
            name.starts_with("step").then(|| Step {
                package: name.to_owned(),
                bins: bins(package, name),
            })
        })
        .collect();
    steps.sort_by(|a, b| a.package.cmp(&b.package));
    Ok(steps)
}

fn bins(package: &Value, name: &str) -> Vec<String> {
    let skip: Vec<&str> = package["metadata"]["tour"]["skip"]
        .as_array()
        .map(|skip| skip.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut bins: Vec<String> = package["targets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|target| {
            target["kind"]
                .as_array()
                .is_some_and(|kinds| kinds.iter().any(|kind| kind == "bin"))
        })
        .filter_map(|target| target["name"].as_str())
        .filter(|bin| !skip.contains(bin))
        .map(str::to_owned)
        .collect();
    // The package's own binary tells the chapter's story; the others are variations on it.
    bins.sort_by_key(|bin| (bin != name, bin.clone()));
    bins
}

/// The chapter's first `# ` heading, or the package name if there is no chapter (yet).
pub fn chapter_title(chapter: &Path, package: &str) -> String {
    std::fs::read_to_string(chapter)
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|line| line.strip_prefix("# ").map(|title| title.trim().to_owned()))
        })
        .unwrap_or_else(|| package.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(name: &str, bins: &[&str], skip: &[&str]) -> Value {
        let mut targets = vec![serde_json::json!({ "kind": ["lib"], "name": name })];
        targets.extend(
            bins.iter()
                .map(|bin| serde_json::json!({ "kind": ["bin"], "name": bin })),
        );
        serde_json::json!({
            "name": name,
            "targets": targets,
            "metadata": if skip.is_empty() { Value::Null } else {
                serde_json::json!({ "tour": { "skip": skip } })
            },
        })
    }

    #[test]
    fn steps_in_name_order_own_binary_first_skipped_ones_left_out() {
        let metadata = serde_json::json!({ "packages": [
            package("step02-generator", &["zz-extra", "step02-generator", "by-hand"], &["zz-extra"]),
            package("coro-cli", &["not-a-step"], &[]),
            package("step01-function", &["step01-function"], &[]),
            package("xtask", &["xtask"], &[]),
        ]});
        let steps = plan(&metadata.to_string()).unwrap();
        assert_eq!(
            steps,
            [
                Step {
                    package: "step01-function".into(),
                    bins: vec!["step01-function".into()],
                },
                Step {
                    package: "step02-generator".into(),
                    bins: vec!["step02-generator".into(), "by-hand".into()],
                },
            ]
        );
    }

    #[test]
    fn output_that_is_not_metadata_is_an_error() {
        assert!(plan("not json").is_err());
        assert!(plan("{}").is_err());
    }

    #[test]
    fn the_title_is_the_first_level_one_heading() {
        let dir = std::env::temp_dir().join(format!("xtask-tour-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let chapter = dir.join("step01-function.md");
        std::fs::write(
            &chapter,
            "<!-- x -->\n## Not this\n# A function plays the radio \n# Later\n",
        )
        .unwrap();
        let title = chapter_title(&chapter, "step01-function");
        let missing = chapter_title(&dir.join("step09.md"), "step09");
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(title, "A function plays the radio");
        assert_eq!(missing, "step09");
    }
}
