//! The plots: cost per resume against the depth of the chain, for every chain (as text for
//! the terminal, and as an SVG for the book), and a bar chart of what a resume costs in
//! every variant that is not a deeper chain (SVG). Drawn by hand: a few lines, dots and
//! bars need no plotting library. Depth goes along a log scale, cost along a linear one,
//! so a cost that grows with depth bends upwards and a flat one stays flat.
//!
//! Each SVG is written inline into the page: it paints no background, and its axes and text
//! take the page's colour (`currentColor`), so it reads in every theme.

use std::fmt::Write as _;

use super::measure::{Results, Row};

struct Series {
    label: &'static str,
    mark: char,
    colour: &'static str,
    /// Dashed: a C++ chain.
    dashed: bool,
    points: Vec<(u32, f64)>,
}

/// Mid tones, readable on a light page and a dark one: Rust's warm, C++'s cool.
const CHAINS: [(&str, char, &str, bool, &str); 5] = [
    ("Rust: boxed chain (step 6)", 'b', "#e0603f", false, "boxed-"),
    ("Rust: plain async fn chain", 'p', "#d9a400", false, "plain-"),
    ("Rust: CallStack (innermost)", 's', "#b05fc9", false, "callstack-"),
    ("C++: mSub walk (the talk)", 'm', "#3a8fd9", true, "c++-msub-"),
    ("C++: symmetric transfer", 't', "#2aa876", true, "c++-sym-"),
];

/// What is plotted: instructions when callgrind counted every chain (they do not drift),
/// nanoseconds otherwise; the C++ generator's figure as a reference line; and the largest
/// value plotted, so the scale fits them all.
fn data(results: &Results) -> (&'static str, Vec<Series>, Option<f64>, f64) {
    let counted = CHAINS.iter().all(|(.., prefix)| {
        results.family(prefix).iter().all(|(_, row)| row.instructions.is_some())
    });
    let value = |row: &Row| if counted { row.instructions.unwrap_or(0.0) } else { row.ns };
    let all: Vec<Series> = CHAINS
        .iter()
        .map(|&(label, mark, colour, dashed, prefix)| {
            let points = results.family(prefix).into_iter().map(|(d, row)| (d, value(row)));
            Series { label, mark, colour, dashed, points: points.collect() }
        })
        .filter(|series| !series.points.is_empty())
        .collect();
    let unit = if counted { "instructions per resume" } else { "ns per resume" };
    let cpp = results.rows.first().map(value);
    let top = all.iter().flat_map(|s| &s.points).map(|(_, v)| *v).chain(cpp).fold(1.0, f64::max);
    (unit, all, cpp, top)
}

/// Where depth `d` goes on a log₂ axis from depth 1 to 64, as a fraction of its length.
fn along(depth: u32) -> f64 {
    (f64::from(depth.max(1))).log2() / 6.0
}

const COLUMNS: usize = 56;
const ROWS: usize = 12;

/// The depth plot in text: a letter per series, `c` along the C++ generator's figure.
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

/// The start of an inline SVG: its size, the page's font and colour, its alt text.
fn header(height: u32, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" viewBox=\"0 0 640 {height}\" \
         style=\"max-width:100%;height:auto\" role=\"img\" font-family=\"sans-serif\" \
         font-size=\"12\" fill=\"currentColor\">\n<title>{title}</title>\n"
    )
}

/// The depth plot as an SVG image: a line per chain, its figure at depth 64 to its right.
pub fn svg(results: &Results) -> String {
    let (unit, series, cpp, highest) = data(results);
    let top = highest * 1.1;
    let (left, right, upper, lower) = (70.0, 560.0, 30.0, 300.0);
    // Zero sits above the axis, so that a line near zero is not drawn on it.
    let zero = lower - 14.0;
    // Depth 1 sits a little right of the y axis, clear of its labels.
    let x = |depth: u32| left + 24.0 + along(depth) * (right - left - 24.0);
    let y = |value: f64| zero - value / top * (zero - upper);
    let (centre, middle) = ((left + right) / 2.0, (upper + lower) / 2.0);
    let (key_x, text_x) = (left + 14.0, left + 32.0);
    let mut out = header(
        360,
        &format!(
            "{unit} against the depth of the chain: Rust's boxed, plain and CallStack chains, \
             C++'s mSub and symmetric-transfer chains, beside the C++ generator"
        ),
    );
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" y1=\"{lower}\" x2=\"{right}\" y2=\"{lower}\" stroke=\"currentColor\"/>\n\
         <line x1=\"{left}\" y1=\"{upper}\" x2=\"{left}\" y2=\"{lower}\" stroke=\"currentColor\"/>\n\
         <text x=\"{centre}\" y=\"345\" text-anchor=\"middle\">depth of the chain (log scale)</text>\n\
         <text x=\"16\" y=\"{middle}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {middle})\">{unit}</text>"
    );
    for depth in [1u32, 4, 16, 64] {
        let (x, y) = (x(depth), lower + 18.0);
        let _ = writeln!(out, "<text x=\"{x:.1}\" y=\"{y}\" text-anchor=\"middle\">{depth}</text>");
    }
    for tick in [0.0, highest / 2.0, highest] {
        let (x, y) = (left - 6.0, y(tick) + 4.0);
        let _ = writeln!(out, "<text x=\"{x}\" y=\"{y:.1}\" text-anchor=\"end\">{tick:.0}</text>");
    }
    let legend_y = |index: usize| upper + 4.0 + 18.0 * index as f64;
    if let Some(cpp) = cpp {
        // In the legend rather than beside the line, which runs along the axis.
        let (at, key_y) = (y(cpp), legend_y(series.len()) - 2.0);
        let (key_end, text_y) = (left + 26.0, key_y + 3.0);
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" y1=\"{at:.1}\" x2=\"{right}\" y2=\"{at:.1}\" stroke=\"currentColor\" stroke-dasharray=\"1 3\"/>\n\
             <line x1=\"{key_x}\" y1=\"{key_y:.1}\" x2=\"{key_end}\" y2=\"{key_y:.1}\" stroke=\"currentColor\" stroke-dasharray=\"1 3\"/>\n\
             <text x=\"{text_x}\" y=\"{text_y:.1}\">C++ generator (not nested): {cpp:.1}</text>"
        );
    }
    // The figures at depth 64, from the highest down, kept 14 pixels apart.
    let mut ends: Vec<(f64, usize)> = series
        .iter()
        .enumerate()
        .filter_map(|(index, s)| s.points.last().map(|(_, v)| (y(*v), index)))
        .collect();
    ends.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut label_y = vec![0.0; series.len()];
    let mut floor = f64::NEG_INFINITY;
    for (at, index) in ends {
        floor = at.max(floor + 14.0);
        label_y[index] = floor;
    }
    for (index, s) in series.iter().enumerate() {
        let (colour, label) = (s.colour, s.label);
        let dash = if s.dashed { " stroke-dasharray=\"6 3\"" } else { "" };
        let points = s.points.iter().map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)));
        let points = points.collect::<Vec<_>>().join(" ");
        let _ = writeln!(
            out,
            "<polyline points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>"
        );
        for (d, v) in &s.points {
            let (cx, cy) = (x(*d), y(*v));
            let _ = writeln!(
                out,
                "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"3.5\" fill=\"{colour}\"/>"
            );
        }
        if let Some((d, v)) = s.points.last() {
            let (tx, ty) = (x(*d) + 10.0, label_y[index] + 4.0);
            let _ =
                writeln!(out, "<text x=\"{tx:.1}\" y=\"{ty:.1}\" fill=\"{colour}\">{v:.0}</text>");
        }
        let (key_y, text_y) = (legend_y(index) - 4.0, legend_y(index) + 1.0);
        let _ = writeln!(
            out,
            "<rect x=\"{key_x}\" y=\"{key_y:.1}\" width=\"12\" height=\"4\" fill=\"{colour}\"/>\n<text x=\"{text_x}\" y=\"{text_y:.1}\" fill=\"{colour}\">{label}</text>"
        );
    }
    out.push_str("</svg>\n");
    out
}

/// The bar chart's colours: C++ cool (g++'s and clang++'s rows apart), Rust warm.
const GXX: &str = "#3a8fd9";
const CLANG: &str = "#2aa876";
const RUST: &str = "#e0603f";

/// The rows the bar chart shows: every one but the chains deeper than 1 (the depth plot's).
fn flat(results: &Results) -> impl Iterator<Item = &Row> {
    results.rows.iter().filter(|row| row.variant.depth.is_none_or(|depth| depth == 1))
}

/// The bar chart: nanoseconds per resume, one bar per row, on a log scale (from a hundredth
/// of a nanosecond to the slowest row), each labelled with its nanoseconds and its
/// instructions. g++'s rows, clang++'s and Rust's in three colours.
pub fn bars(results: &Results) -> String {
    let rows: Vec<&Row> = flat(results).collect();
    let (bar, gap, top_margin) = (13.0, 5.0, 30.0);
    let height = top_margin + (bar + gap) * rows.len() as f64 + 40.0;
    let (left, right) = (150.0, 520.0);
    let slowest = rows.iter().map(|row| row.ns).fold(1.0, f64::max);
    let (low, high) = (-2.0, slowest.log10().ceil());
    let x = |ns: f64| left + (ns.max(0.01).log10() - low) / (high - low) * (right - left);
    let mut out = header(
        height.ceil() as u32,
        "Nanoseconds per resume in every variant, on a log scale, C++ and Rust, each bar \
         labelled with its nanoseconds and instructions; chains at depth 1 only",
    );
    let axis_y = height - 34.0;
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" y1=\"{axis_y:.1}\" x2=\"{right}\" y2=\"{axis_y:.1}\" stroke=\"currentColor\"/>\n\
         <text x=\"{centre:.1}\" y=\"{label_y:.1}\" text-anchor=\"middle\">ns per resume (log scale); labels: ns, instructions</text>\n\
         <rect x=\"{left}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{GXX}\"/><text x=\"{c_x}\" y=\"17\">C++, g++</text>\n\
         <rect x=\"{l_key}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{CLANG}\"/><text x=\"{l_x}\" y=\"17\">C++, clang++</text>\n\
         <rect x=\"{r_key}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{RUST}\"/><text x=\"{r_x}\" y=\"17\">Rust</text>",
        centre = (left + right) / 2.0,
        label_y = height - 6.0,
        c_x = left + 14.0,
        l_key = left + 80.0,
        l_x = left + 94.0,
        r_key = left + 190.0,
        r_x = left + 204.0,
    );
    let mut decade = low;
    while decade <= high {
        let (tx, ns) = (x(10f64.powf(decade)), 10f64.powf(decade));
        let tick = if ns < 1.0 { format!("{ns}") } else { format!("{ns:.0}") };
        let _ = writeln!(
            out,
            "<line x1=\"{tx:.1}\" y1=\"{top_margin}\" x2=\"{tx:.1}\" y2=\"{axis_y:.1}\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>\n\
             <text x=\"{tx:.1}\" y=\"{ty:.1}\" text-anchor=\"middle\">{tick}</text>",
            ty = axis_y + 14.0
        );
        decade += 1.0;
    }
    for (index, row) in rows.iter().enumerate() {
        let y = top_margin + (bar + gap) * index as f64;
        // g++'s rows are `c++…`, clang++'s `clang…` (the bench's `Yardstick::clang`).
        let name = &row.variant.name;
        let colour = if name.starts_with("c++") {
            GXX
        } else if name.starts_with("clang") {
            CLANG
        } else {
            RUST
        };
        let end = x(row.ns);
        let count = row.instructions.map_or("n/a".into(), |count| format!("{count:.0}"));
        let figure = match row.ns {
            ns if ns < 0.01 => "folded away".into(),
            ns if ns < 10.0 => format!("{ns:.2} ns"),
            ns if ns < 100.0 => format!("{ns:.1} ns"),
            ns => format!("{ns:.0} ns"),
        };
        let _ = writeln!(
            out,
            "<text x=\"{name_x}\" y=\"{ty:.1}\" text-anchor=\"end\">{name}</text>\n\
             <rect x=\"{left}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{bar}\" fill=\"{colour}\"/>\n\
             <text x=\"{vx:.1}\" y=\"{ty:.1}\">{figure}, {count}</text>",
            name_x = left - 6.0,
            ty = y + bar - 2.5,
            name = row.variant.name,
            width = (end - left).max(1.0),
            vx = end + 5.0,
        );
    }
    out.push_str("</svg>\n");
    out
}
