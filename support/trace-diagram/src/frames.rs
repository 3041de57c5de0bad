//! How big the frames are: the `--frame-size` lines of programs (`frame: 56 bytes`, or one
//! line per frame, `frame outer: 48 bytes`), drawn as a column of boxes per program, each
//! box as tall as its frame is big, all on one scale. The colours are the page's, as in
//! the sequence diagrams.

use std::fmt::Write as _;

/// The tallest column, in pixels; every box is on its scale.
const TALLEST: f64 = 180.0;
/// A box never shorter than its label.
const SHORTEST: f64 = 20.0;
const WIDTH: usize = 200;

/// One frame: its name (empty when a program has one) and its size in bytes.
pub type Frame = (String, u64);

/// The frames a program's `--frame-size` printed; `Err` names a line that is not one.
pub fn parse_frames(text: &str) -> Result<Vec<Frame>, String> {
    text.lines()
        .map(|line| {
            let (name, size) = line
                .strip_prefix("frame")
                .and_then(|rest| rest.split_once(": "))
                .ok_or_else(|| format!("{line:?} is not `frame[ NAME]: N bytes`"))?;
            let bytes = size.strip_suffix(" bytes").and_then(|n| n.parse().ok());
            let bytes = bytes
                .ok_or_else(|| format!("{line:?} is not `frame[ NAME]: N bytes`"))?;
            Ok((name.trim().to_owned(), bytes))
        })
        .collect()
}

/// The SVG of `columns` (a label such as "C++, g++ -O2", and the frames), described by
/// `alt` for readers who cannot see it.
pub fn frames_svg(columns: &[(&str, Vec<Frame>)], alt: &str) -> String {
    let total = |frames: &[Frame]| frames.iter().map(|(_, bytes)| *bytes).sum::<u64>();
    let most = columns
        .iter()
        .map(|(_, frames)| total(frames))
        .max()
        .unwrap_or(1)
        .max(1);
    let scale = TALLEST / most as f64;
    let tall = |bytes: u64| (bytes as f64 * scale).max(SHORTEST);
    let height = columns
        .iter()
        .map(|(_, frames)| frames.iter().map(|f| tall(f.1)).sum::<f64>());
    let height = height.fold(0.0, f64::max) + 60.0;
    let width = columns.len() * WIDTH + 20;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="frames" role="img" viewBox="0 0 {width} {height:.0}" width="{width}" style="max-width:100%;height:auto" font-family="sans-serif" font-size="12" fill="currentColor"><title>{}</title>"#,
        super::escape(alt)
    );
    for (index, (label, frames)) in columns.iter().enumerate() {
        let (left, centre) = (10 + index * WIDTH + 20, 10 + index * WIDTH + WIDTH / 2);
        let _ = write!(
            svg,
            r#"<text x="{centre}" y="20" text-anchor="middle" font-weight="bold">{}</text>"#,
            super::escape(label)
        );
        let mut top = 32.0;
        for (name, bytes) in frames {
            let (h, w) = (tall(*bytes), WIDTH - 40);
            let text = if name.is_empty() {
                format!("{bytes} bytes")
            } else {
                format!("{name}: {bytes} bytes")
            };
            let _ = write!(
                svg,
                r#"<rect x="{left}" y="{top:.1}" width="{w}" height="{h:.1}" rx="3" fill="currentColor" fill-opacity="0.12" stroke="currentColor"/><text x="{centre}" y="{:.1}" text-anchor="middle">{}</text>"#,
                top + h / 2.0 + 4.0,
                super::escape(&text)
            );
            top += h;
        }
        // A column of several frames says what they come to.
        let total = total(frames);
        if frames.len() > 1 {
            let _ = write!(
                svg,
                r#"<text x="{centre}" y="{:.1}" text-anchor="middle">{total} bytes in all</text>"#,
                top + 18.0
            );
        }
    }
    svg + "</svg>"
}
