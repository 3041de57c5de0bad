//! What is shown and written: the table, the facts the chapter quotes, the plots.

use crate::check::Variant;
use crate::measure::{Results, Row};
use crate::{Plan, plot, report};

fn row(name: &str, depth: Option<u32>, ns: f64, instructions: Option<f64>) -> Row {
    let what = format!("what {name} is");
    Row {
        variant: Variant {
            name: name.into(),
            what,
            depth,
            frame_bytes: 48,
            against: "c++".into(),
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
            row("executor", None, 130.0, Some(700.0)),
            row("tokio-yield", None, 100.0, Some(350.0)),
            row("c++-msub-1", Some(1), 2.0, Some(37.0)),
            row("plain-1", Some(1), 3.0, Some(47.0)),
            row("boxed-1", Some(1), 10.0, Some(114.0)),
            row("c++-msub-64", Some(64), 90.0, Some(352.0)),
            row("plain-64", Some(64), 100.0, Some(614.0)),
            row("boxed-64", Some(64), 300.0, Some(2130.0)),
            row("c++-sym-1", Some(1), 2.0, Some(21.0)),
            row("callstack-1", Some(1), 20.0, Some(186.0)),
            row("c++-sym-64", Some(64), 2.0, Some(21.0)),
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
    assert_eq!(lines.len(), 2 + 20);
    assert_eq!(lines[2], "| `c++` | — | 1.00 | 2.00 | 20.0 | 48 | what c++ is |");
    assert_eq!(
        lines[3],
        "| `iterator-inlined` | `c++` | < 0.01 | < 0.01 | 0.0 | 48 | what iterator-inlined is |"
    );
    assert_eq!(lines[13], "| `boxed-64` | `c++` | 150 | 300 | 2130.0 | 48 | what boxed-64 is |");
    assert_eq!(
        lines[18],
        "| `stackful` | `c++` | 5.00 | 10.00 | 60.0 | 1052672 (4096 touched) | what stackful is |"
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
    assert_eq!(fact("boxed-per-level"), Some("32.0"));
    assert_eq!(fact("plain-per-level"), Some("9.0"));
    assert_eq!(fact("cpp-msub-per-level"), Some("5.0"));
    assert_eq!(fact("callstack-spread"), Some("4.0"));
    assert_eq!(fact("cpp-sym-spread"), Some("0.0"));
    assert_eq!(fact("executor-over-tokio-yield"), Some("2.0"));
    assert_eq!(fact("executor-over-tokio-yield-time"), Some("1.3"));
    assert_eq!(fact("executor-over-local-pool"), Some("n/a"), "no local-pool row here");
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
fn the_plots_show_every_chain_by_depth_and_every_flat_row_as_a_bar() {
    let ascii = plot::ascii(&results());
    assert!(ascii.starts_with("instructions per resume, by depth"), "{ascii}");
    assert!(ascii.lines().nth(1).unwrap().ends_with('b'), "the deepest boxed is the top: {ascii}");
    // The grid's thirteen rows: at depth 64 each chain apart, at depth 1 some at one spot.
    let grid: String = ascii.lines().skip(1).take(13).collect();
    for mark in ['b', 'p', 's', 'm', 't', '*'] {
        assert!(grid.contains(mark), "{mark}: {ascii}");
    }
    let svg = plot::svg(&results());
    assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>\n"));
    assert_eq!(svg.matches("<circle").count(), 10);
    assert_eq!(svg.matches("<polyline").count(), 5);
    assert!(svg.contains(">2130</text>") && svg.contains(">21</text>"), "{svg}");
    let bars = plot::bars(&results());
    // Every row but the chains at depth 64: 20 rows, 5 of them such chains.
    assert_eq!(bars.matches("height=\"13\"").count(), 15, "{bars}");
    assert!(bars.contains(">folded away, 0</text>") && bars.contains(">boxed-1</text>"));
    assert!(!bars.contains(">boxed-64<"));
    for image in [svg, bars] {
        // Inline in the page: no background of its own, the page's colour for axes and text.
        assert!(!image.contains("white") && !image.contains("<rect width"), "{image}");
        assert!(image.contains(r#"fill="currentColor""#) && image.contains("<title>"), "{image}");
        assert!(!image.contains("\n\n"), "a blank line would end the page's HTML block");
    }
}
