//! Cost per resume against the depth of the chain, for the two ways step 6 resumes one:
//! as text for the terminal, and as an SVG drawn by hand for the book (a few lines and
//! dots need no plotting library). Depth goes along a log scale, cost along a linear one,
//! so a cost that grows with depth bends upwards and a flat one stays flat.
//!
//! The SVG is written inline into the page: it paints no background, and its axes and text
//! take the page's colour (`currentColor`), so it reads in every theme.

use std::fmt::Write as _;

use super::measure::{Results, Row};

struct Series {
    label: &'static str,
    mark: char,
    colour: &'static str,
    points: Vec<(u32, f64)>,
}

/// What is plotted: instructions when callgrind counted every nested variant (they do not
/// drift), nanoseconds otherwise; the C++ generator's figure as a reference line; and the
/// largest value plotted, so the scale fits them all.
fn data(results: &Results) -> (&'static str, Vec<Series>, Option<f64>, f64) {
    let counted = |prefix| results.family(prefix).iter().all(|(_, row)| row.instructions.is_some());
    let counted = counted("await-") && counted("callstack-");
    let value = |row: &Row| if counted { row.instructions.unwrap_or(0.0) } else { row.ns };
    let series = |label, mark, colour, prefix| {
        let points = results.family(prefix).into_iter().map(|(d, row)| (d, value(row))).collect();
        Series { label, mark, colour, points }
    };
    let unit = if counted { "instructions per resume" } else { "ns per resume" };
    let cpp = results.rows.first().map(value);
    let all = vec![
        // Mid tones, readable on a light page and a dark one.
        series(".await chain (Pinball)", 'a', "#e0603f", "await-"),
        series("CallStack (innermost)", 's', "#3a8fd9", "callstack-"),
    ];
    let top = all.iter().flat_map(|s| &s.points).map(|(_, v)| *v).chain(cpp).fold(1.0, f64::max);
    (unit, all, cpp, top)
}

/// Where depth `d` goes on a log₂ axis from depth 1 to 64, as a fraction of its length.
fn along(depth: u32) -> f64 {
    (f64::from(depth.max(1))).log2() / 6.0
}

const COLUMNS: usize = 56;
const ROWS: usize = 12;

/// The plot in text: `a` and `s` for the two series, `c` along the C++ figure.
pub fn ascii(results: &Results) -> String {
    let (unit, series, cpp, top) = data(results);
    let mut grid = vec![vec![' '; COLUMNS + 1]; ROWS + 1];
    let row_of = |value: f64| ROWS - ((value / top) * ROWS as f64).round() as usize;
    let column = |depth: u32| (along(depth) * COLUMNS as f64).round() as usize;
    if let Some(cpp) = cpp {
        grid[row_of(cpp)].iter_mut().step_by(2).for_each(|cell| *cell = 'c');
    }
    for s in &series {
        for (depth, value) in &s.points {
            let cell = &mut grid[row_of(*value)][column(*depth)];
            *cell = if matches!(*cell, ' ' | 'c') { s.mark } else { '*' };
        }
    }
    let mut out = format!("{unit}, by depth of the chain (depth on a log scale)\n");
    for (index, row) in grid.iter().enumerate() {
        let label = match index {
            0 => format!("{top:.0}"),
            i if i == ROWS => "0".to_string(),
            i if i == ROWS / 2 => format!("{:.0}", top / 2.0),
            _ => String::new(),
        };
        let _ = writeln!(out, "{label:>8} |{}", row.iter().collect::<String>().trim_end());
    }
    let _ = writeln!(out, "{:>8} +{}", "", "-".repeat(COLUMNS + 1));
    // Each depth's label starts at its column (they are far enough apart not to overlap).
    let axis = [1u32, 4, 16, 64].into_iter();
    let axis = axis.fold(String::new(), |axis, d| format!("{axis:<at$}{d}", at = column(d)));
    let _ = writeln!(out, "{:>8}  {axis}   depth", "");
    let legend: Vec<String> = series.iter().map(|s| format!("{} = {}", s.mark, s.label)).collect();
    let _ = write!(out, "{:>8}  {}, c = C++ generator, * = two at one spot", "", legend.join(", "));
    out
}

/// The same plot as an SVG image.
pub fn svg(results: &Results) -> String {
    let (unit, series, cpp, highest) = data(results);
    let top = highest * 1.1;
    let (left, right, upper, lower) = (70.0, 590.0, 30.0, 300.0);
    // Zero sits above the axis, so that a line near zero (the C++ figure) is not drawn on it.
    let zero = lower - 14.0;
    // Depth 1 sits a little right of the y axis, clear of its labels.
    let x = |depth: u32| left + 24.0 + along(depth) * (right - left - 24.0);
    let y = |value: f64| zero - value / top * (zero - upper);
    let (centre, middle) = ((left + right) / 2.0, (upper + lower) / 2.0);
    let (key_x, text_x) = (left + 14.0, left + 32.0);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" viewBox=\"0 0 640 360\" \
         style=\"max-width:100%;height:auto\" role=\"img\" font-family=\"sans-serif\" \
         font-size=\"12\" fill=\"currentColor\">\n\
         <title>{unit} against the depth of the chain, for the .await chain and CallStack, \
         beside the C++ generator</title>\n\
         <line x1=\"{left}\" y1=\"{lower}\" x2=\"{right}\" y2=\"{lower}\" stroke=\"currentColor\"/>\n\
         <line x1=\"{left}\" y1=\"{upper}\" x2=\"{left}\" y2=\"{lower}\" stroke=\"currentColor\"/>\n\
         <text x=\"{centre}\" y=\"345\" text-anchor=\"middle\">depth of the chain (log scale)</text>\n\
         <text x=\"16\" y=\"{middle}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {middle})\">{unit}</text>\n"
    );
    for depth in [1u32, 4, 16, 64] {
        let (x, y) = (x(depth), lower + 18.0);
        let _ = writeln!(out, "<text x=\"{x:.1}\" y=\"{y}\" text-anchor=\"middle\">{depth}</text>");
    }
    for tick in [0.0, highest / 2.0, highest] {
        let (x, y) = (left - 6.0, y(tick) + 4.0);
        let _ = writeln!(out, "<text x=\"{x}\" y=\"{y:.1}\" text-anchor=\"end\">{tick:.0}</text>");
    }
    if let Some(cpp) = cpp {
        // In the legend rather than beside the line, which runs along the axis.
        let (at, keys) = (y(cpp), 18.0 * series.len() as f64);
        let (key_end, key_y, text_y) = (left + 26.0, upper + 2.0 + keys, upper + 5.0 + keys);
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" y1=\"{at:.1}\" x2=\"{right}\" y2=\"{at:.1}\" stroke=\"currentColor\" stroke-dasharray=\"4 4\"/>\n\
             <line x1=\"{key_x}\" y1=\"{key_y:.1}\" x2=\"{key_end}\" y2=\"{key_y:.1}\" stroke=\"currentColor\" stroke-dasharray=\"4 4\"/>\n\
             <text x=\"{text_x}\" y=\"{text_y:.1}\">C++ generator: {cpp:.1}</text>"
        );
    }
    for (index, s) in series.iter().enumerate() {
        // A dot's label goes above it, unless the other line passes just above at that
        // depth: then below, so that where the two lines cross their labels stay apart.
        let others = series.iter().filter(|other| other.label != s.label);
        let others = others.flat_map(|o| &o.points);
        let below = |depth, value| {
            others.clone().any(|(d, v)| *d == depth && *v > value && y(value) - y(*v) < 24.0)
        };
        let (colour, label) = (s.colour, s.label);
        let points = s.points.iter().map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)));
        let points = points.collect::<Vec<_>>().join(" ");
        let _ = writeln!(
            out,
            "<polyline points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>"
        );
        for (d, v) in &s.points {
            let (cx, cy) = (x(*d), y(*v));
            // Below a dot so low that its label would meet the axis, it goes to the right.
            let (x, y, anchor) = match below(*d, *v) {
                true if cy + 18.0 < zero => (cx, cy + 18.0, "middle"),
                true => (cx + 8.0, cy + 4.0, "start"),
                false => (cx, cy - 9.0, "middle"),
            };
            let _ = writeln!(
                out,
                "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"4\" fill=\"{colour}\"/>\n<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" fill=\"{colour}\">{v:.0}</text>"
            );
        }
        let legend_y = upper + 4.0 + 18.0 * index as f64;
        let (key_y, text_y) = (legend_y - 4.0, legend_y + 1.0);
        let _ = writeln!(
            out,
            "<rect x=\"{key_x}\" y=\"{key_y:.1}\" width=\"12\" height=\"4\" fill=\"{colour}\"/>\n<text x=\"{text_x}\" y=\"{text_y:.1}\" fill=\"{colour}\">{label}</text>"
        );
    }
    out.push_str("</svg>\n");
    out
}
