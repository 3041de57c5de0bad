use super::*;

fn package(name: &str, bins: &[&str], skip: &[&str]) -> Value {
    let mut targets = vec![serde_json::json!({ "kind": ["lib"], "name": name })];
    targets.extend(bins.iter().map(|bin| serde_json::json!({ "kind": ["bin"], "name": bin })));
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
    let steps = plan(&metadata).unwrap();
    assert_eq!(
        steps,
        [
            Step { package: "step01-function".into(), bins: vec!["step01-function".into()] },
            Step {
                package: "step02-generator".into(),
                bins: vec!["step02-generator".into(), "by-hand".into()],
            },
        ]
    );
}

#[test]
fn output_that_is_not_metadata_is_an_error() {
    assert!(plan(&Value::Null).is_err());
    assert!(plan(&serde_json::json!({})).is_err());
}

#[test]
fn the_title_is_the_first_level_one_heading() {
    let root = tempfile::tempdir().unwrap();
    let chapter = crate::workspace::chapter(root.path(), "step01-function");
    std::fs::create_dir_all(chapter.parent().unwrap()).unwrap();
    std::fs::write(&chapter, "<!-- x -->\n## Not this\n# A function plays the radio \n# Later\n")
        .unwrap();
    assert_eq!(chapter_title(root.path(), "step01-function"), "A function plays the radio");
    assert_eq!(chapter_title(root.path(), "step09"), "step09");
}
