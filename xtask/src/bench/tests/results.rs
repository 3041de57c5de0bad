//! What is shown and written: the table, the facts the chapter quotes, the plots.

use crate::bench::check::Variant;
use crate::bench::measure::{Results, Row};
use crate::bench::{Plan, plot, report};

fn row(name: &str, depth: Option<u32>, ns: f64, instructions: Option<f64>) -> Row {
    let what = format!("what {name} is");
    Row {
        variant: Variant {
            name: name.into(),
            what,
            depth,
            frame_bytes: 48,
            against: "x".into(),
            touched_bytes: None,
        },
        ratio: ns / 2.0,
        ns,
        instructions,
    }
}

/// A stackful row: a stack of a megabyte and a guard page, one page of it touched.
fn stackful() -> Row {
    let mut row = row("stackful", None, 10.0, Some(60.0));
    row.variant.frame_bytes = 1_052_672;
    row.variant.touched_bytes = Some(4096);
    row
}

fn results() -> Results {
    Results {
        plan: Plan::FULL,
        rows: vec![
            row("c++", None, 2.0, Some(20.0)),
            row("iterator-inlined", None, 0.0002, Some(0.0)),
            row("genawaiter-rc", None, 3.0, Some(37.0)),
            row("genawaiter-sync", None, 30.0, Some(246.0)),
            row("await-1", Some(1), 10.0, Some(114.0)),
            row("await-64", Some(64), 300.0, Some(2130.0)),
            row("callstack-1", Some(1), 20.0, Some(186.0)),
            row("callstack-64", Some(64), 21.0, Some(190.0)),
            stackful(),
            row("c++-ucontext", None, 300.0, Some(117.0)),
            row("c++-when-any", None, 20.0, Some(403.0)),
            row("select", None, 2.0, Some(15.0)),
        ],
    }
}

#[test]
fn the_table_has_a_row_per_variant_and_shows_folded_loops_as_less_than_a_hundredth() {
    let table = report::table(&results());
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2 + 12);
    assert_eq!(lines[2], "| `c++` | what c++ is | 1.00 | 2.00 | 20.0 | 48 |");
    assert_eq!(
        lines[3],
        "| `iterator-inlined` | what iterator-inlined is | < 0.01 | < 0.01 | 0.0 | 48 |"
    );
    assert_eq!(lines[7], "| `await-64` | what await-64 is | 150 | 300 | 2130.0 | 48 |");
    assert_eq!(
        lines[10],
        "| `stackful` | what stackful is | 5.00 | 10.00 | 60.0 | 1052672 (4096 touched) |"
    );
}

#[test]
fn the_facts_compare_rows_and_every_one_is_anchored_in_the_file() {
    let facts = report::facts(&results());
    let fact = |name: &str| facts.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    assert_eq!(fact("instructions-cpp"), Some("20.0"));
    assert_eq!(fact("instructions-cpp-when-any"), Some("403.0"));
    assert_eq!(fact("instructions-select"), Some("15.0"));
    assert_eq!(fact("sync-over-rc"), Some("6.6"));
    assert_eq!(fact("await-per-level"), Some("32.0"));
    assert_eq!(fact("callstack-spread"), Some("4.0"));
    // A stackful frame is quoted as two numbers, reserved and touched.
    assert_eq!(fact("frame-stackful"), Some("1052672"));
    assert_eq!(fact("touched-stackful"), Some("4096"));
    assert_eq!(facts.iter().filter(|(name, _)| name == "frame-stackful").count(), 1);
    assert_eq!(fact("stackful-reserved-over-touched"), Some("257.0"));
    assert_eq!(fact("ucontext-over-stackful-time"), Some("30.0"));
    assert_eq!(fact("create-stackful-over-rc-time"), Some("n/a"), "no create rows here");
    let setup = ["machine: AMD EPYC, 2 cores".to_owned(), "bench profile".to_owned()];
    let file = report::results_file(&setup, &results(), "TABLE");
    for (name, value) in facts.iter().map(|(n, v)| (n.as_str(), v.as_str())) {
        let region = format!("<!-- ANCHOR: {name} -->\n{value}\n<!-- ANCHOR_END: {name} -->");
        assert!(file.contains(&region), "{name}");
    }
    assert!(file.contains("- machine: AMD EPYC, 2 cores\n"));
}

#[test]
fn the_plots_show_both_chains_by_depth() {
    let ascii = plot::ascii(&results());
    assert!(ascii.starts_with("instructions per resume, by depth"), "{ascii}");
    assert!(ascii.lines().nth(1).unwrap().ends_with('a'), "the deepest await is the top: {ascii}");
    // The grid's thirteen rows: the two CallStack dots, one of them on an await dot (`*`).
    let grid: String = ascii.lines().skip(1).take(13).collect();
    assert_eq!(grid.matches(['s', '*']).count(), 2, "{ascii}");
    let svg = plot::svg(&results());
    assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>\n"));
    assert_eq!(svg.matches("<circle").count(), 4);
    assert!(svg.contains(">2130</text>"));
    // Inline in the page: no background of its own, the page's colour for axes and text.
    assert!(!svg.contains("white") && !svg.contains("<rect width"), "{svg}");
    assert!(svg.contains(r#"fill="currentColor""#) && svg.contains("<title>"), "{svg}");
    assert!(!svg.contains("\n\n"), "a blank line would end the page's HTML block");
}
