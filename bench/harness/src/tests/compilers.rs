//! The clang rows: one beside every C++ row of the list, named, built and timed apart.

use crate::build::{Compiler, YARDSTICKS, Yardstick};

fn clang_rows() -> Vec<Yardstick> {
    YARDSTICKS.iter().map(|row| row.clang()).collect()
}

#[test]
fn every_row_of_the_list_is_g_plus_plus_and_gets_a_clang_row_named_after_it() {
    assert!(YARDSTICKS.iter().all(|row| row.compiler == Compiler::Gxx));
    let names: Vec<&str> = clang_rows().iter().map(|row| row.name).collect();
    for name in ["clang", "clang-ucontext", "clang-msub-4", "clang-sym-64", "clang-hidden"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    // Every name is one row's: none is a g++ row's, none starts a g++ family's prefix
    // (`c++-msub-`), which the depth plot gathers by.
    let mut all: Vec<&str> = YARDSTICKS.iter().map(|row| row.name).chain(names).collect();
    let count = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), count, "{all:?}");
    assert!(clang_rows().iter().all(|row| !row.name.starts_with("c++")));
}

#[test]
fn a_clang_row_builds_the_same_source_into_its_own_file_with_the_same_arguments() {
    for (gxx, clang) in YARDSTICKS.iter().zip(clang_rows()) {
        assert_eq!((clang.compiler, clang.source()), (Compiler::Clang, gxx.source()));
        assert_eq!(clang.file_name(), format!("{}-clang", gxx.file_name()));
        assert_eq!((clang.args(), clang.depth), (gxx.args(), gxx.depth));
        assert_eq!(clang.what, format!("`{}` built by clang++", gxx.name));
    }
}

#[test]
fn a_clang_row_is_timed_against_a_g_plus_plus_build_and_no_variant_against_it() {
    for (gxx, clang) in YARDSTICKS.iter().zip(clang_rows()) {
        // A yardstick's clang build against the yardstick; a counterpart's against what
        // the g++ counterpart is timed against.
        assert_eq!(clang.against, Some(gxx.against.unwrap_or(gxx.program)), "{}", clang.name);
        assert!(gxx.measures(gxx.program, gxx.depth), "{}", gxx.name);
        assert!(!clang.measures(clang.program, clang.depth), "{}", clang.name);
    }
}

#[test]
fn the_bar_chart_colours_g_plus_plus_clang_and_rust_apart() {
    use crate::check::Variant;
    use crate::measure::{Results, Row};
    use crate::{Plan, plot};
    let row = |name: &str| Row {
        variant: Variant {
            name: name.into(),
            depth: None,
            frame_bytes: 64,
            what: String::new(),
            against: "c++".into(),
            touched_bytes: None,
        },
        ratio: 1.0,
        ns: 2.0,
        instructions: Some(20.0),
    };
    let rows = vec![row("c++"), row("clang-hidden"), row("iterator")];
    let bars = plot::bars(&Results { plan: Plan::FULL, rows });
    for (colour, label) in
        [("#3a8fd9", "C++, g++"), ("#2aa876", "C++, clang++"), ("#e0603f", "Rust")]
    {
        // The key, and one bar.
        assert_eq!(bars.matches(&format!("fill=\"{colour}\"")).count(), 2, "{colour}: {bars}");
        assert!(bars.contains(&format!(">{label}</text>")), "{label}");
    }
}
