//! The invariants of the workspace's layout that ARCHITECTURE.md states, checked against
//! what cargo itself says (`cargo metadata`), so that they cannot drift from the manifests.

use std::path::Path;

use serde_json::Value;

/// `cargo metadata` for the workspace's own packages.
fn packages() -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    metadata["packages"].as_array().unwrap().clone()
}

/// 2 for `step02-generator`; `None` for a package that is not a step.
fn step(name: &str) -> Option<u32> {
    name.strip_prefix("step")?.split_once('-')?.0.parse().ok()
}

#[test]
fn a_step_depends_only_on_earlier_steps() {
    let mut steps = 0;
    for package in packages() {
        let name = package["name"].as_str().unwrap();
        let Some(this) = step(name) else { continue };
        steps += 1;
        // Normal, dev and build dependencies alike: a test of step 3 may not peek at step 4.
        for dependency in package["dependencies"].as_array().unwrap() {
            let used = dependency["name"].as_str().unwrap();
            if let Some(that) = step(used) {
                assert!(that < this, "{name} depends on {used}, a step that is not earlier");
            }
        }
    }
    assert!(steps >= 7, "only {steps} step packages found");
}

#[test]
fn no_package_holds_the_exercises_or_the_workshop() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    for package in packages() {
        let manifest = Path::new(package["manifest_path"].as_str().unwrap());
        let dir = manifest.parent().unwrap();
        for folder in ["exercises", "workshop"] {
            let held = root.join(folder).starts_with(dir);
            assert!(!held, "{} contains {folder}/", package["name"]);
        }
    }
}
