//! The echo results as a bar chart, drawn by hand as SVG (a few rectangles need no plotting
//! library): no background, text and axes in `currentColor`, so that it reads in every
//! mdBook theme, and each bar's figures in a tooltip of its own.

use std::fmt::Write as _;

use super::report::{Results, ratio};
use super::servers::Kind;

/// Mid tones, readable on a light page and a dark one, by server.
fn colour(kind: &Kind) -> &'static str {
    match kind.id {
        "asio" => "#3a8fd9",
        "asio-try-first" => "#2fa37a",
        "tokio" => "#e0603f",
        _ => "#8c8c8c",
    }
}

/// A bar per server and load, its height the ratio to asio (so asio's bars all reach the
/// dashed line at 1), its MiB/s written under the load's name.
pub fn svg(results: &Results) -> String {
    let ratios = results.rows.iter().flat_map(|(_, cells)| cells.iter().filter_map(|c| c.ratio));
    let top = ratios.fold(1.0, f64::max) * 1.15;
    let (left, right, upper, lower) = (60.0, 620.0, 40.0, 290.0);
    let y = |ratio: f64| lower - ratio / top * (lower - upper);
    let group = (right - left) / results.loads.len() as f64;
    let bar = (group - 40.0) / results.rows.len().max(1) as f64;
    let middle = (upper + lower) / 2.0;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" viewBox=\"0 0 640 360\" \
         style=\"max-width:100%;height:auto\" role=\"img\" font-family=\"sans-serif\" \
         font-size=\"12\" fill=\"currentColor\">\n\
         <title>Echo throughput on loopback as a ratio to the asio server's, by load: {}</title>\n\
         <line x1=\"{left}\" y1=\"{lower}\" x2=\"{right}\" y2=\"{lower}\" stroke=\"currentColor\"/>\n\
         <line x1=\"{left}\" y1=\"{upper}\" x2=\"{left}\" y2=\"{lower}\" stroke=\"currentColor\"/>\n\
         <text x=\"16\" y=\"{middle}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {middle})\">\
         throughput, ratio to asio (higher is faster)</text>\n",
        results.rows.iter().map(|(k, _)| k.id).collect::<Vec<_>>().join(", ")
    );
    for tick in [0.0, 0.5, 1.0, 1.5, 2.0].into_iter().filter(|t| *t < top) {
        let at = y(tick);
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{tick:.1}</text>",
            left - 6.0,
            at + 4.0
        );
    }
    let one = y(1.0);
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" y1=\"{one:.1}\" x2=\"{right}\" y2=\"{one:.1}\" stroke=\"currentColor\" stroke-dasharray=\"4 4\"/>"
    );
    for (l, load) in results.loads.iter().enumerate() {
        let start = left + 20.0 + group * l as f64;
        let centre = start + (group - 40.0) / 2.0;
        let _ = writeln!(
            out,
            "<text x=\"{centre:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            lower + 18.0,
            load.label()
        );
        for (s, (kind, cells)) in results.rows.iter().enumerate() {
            let (Some(cell), x) = (cells.get(l), start + bar * s as f64) else { continue };
            let (top_y, width, c) = (y(cell.ratio.unwrap_or(0.0)), bar - 6.0, colour(kind));
            let _ = writeln!(
                out,
                "<rect x=\"{x:.1}\" y=\"{top_y:.1}\" width=\"{width:.1}\" height=\"{:.1}\" fill=\"{c}\"><title>{}, {}: {:.0} MiB/s, {}× asio</title></rect>\n\
                 <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                lower - top_y,
                kind.id,
                load.label(),
                cell.mibs,
                ratio(cell),
                x + width / 2.0,
                top_y - 5.0,
                ratio(cell),
            );
        }
        let asio = results.rows.first().and_then(|(_, cells)| cells.get(l)).map_or(0.0, |c| c.mibs);
        let _ = writeln!(
            out,
            "<text x=\"{centre:.1}\" y=\"{}\" text-anchor=\"middle\">asio: {asio:.0} MiB/s</text>",
            lower + 34.0
        );
    }
    for (s, (kind, _)) in results.rows.iter().enumerate() {
        let x = left + 20.0 + 130.0 * s as f64;
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n<text x=\"{}\" y=\"{}\">{}</text>",
            upper - 28.0,
            colour(kind),
            x + 18.0,
            upper - 18.0,
            kind.id
        );
    }
    out.push_str("</svg>\n");
    out
}
