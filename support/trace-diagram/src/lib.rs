//! A trace (book/src/traces.md) drawn as a sequence diagram: one lane per actor, in the
//! order they first appear, one row per event, an arrow where control passes from one
//! actor to another.
//!
//! The SVG is meant to be written inline into a page, so it paints no background and takes
//! its colours from the page: strokes and text in `currentColor`, the running coroutine's
//! bar in mdBook's `--quote-bg`, yields in `--links`. It reads in every theme. Each event
//! is a `<g class="event">` with its number and lane in `data-` attributes, for the book's
//! resume stepper.

use std::collections::HashMap;
use std::fmt::Write as _;

mod parse;

pub use parse::{Event, parse};

const ROW: usize = 24;
const TOP: usize = 44;
const MARGIN: usize = 12;
/// Tenths of a pixel: the width of a character of the 12 px monospace text.
const CHAR_TENTHS: usize = 73;

/// Verbs that hand control back to whoever resumed the actor.
const BACK: [&str; 3] = ["yield", "suspend", "return"];

/// The SVG of `trace`, described by `alt` for readers who cannot see it; `id` tells its
/// arrowheads apart from another picture's on the same page. `Err` names the first line
/// that is not an event.
pub fn svg(trace: &str, alt: &str, id: &str) -> Result<String, String> {
    let events = parse(trace)?;
    let mut lanes: Vec<&str> = Vec::new();
    for event in &events {
        for actor in std::iter::once(event.actor.as_str()).chain(event.object.as_deref()) {
            if !lanes.contains(&actor) {
                lanes.push(actor);
            }
        }
    }
    let label = |event: &Event| match &event.text {
        Some(text) => format!("{} {text}", event.verb),
        None => event.verb.clone(),
    };
    // Wide enough for the longest label between two lanes, and the prints left of lane 0.
    let longest = events
        .iter()
        .filter(|e| e.verb != "print")
        .map(|e| label(e).len())
        .max();
    let lane_width = (longest.unwrap_or(0) * CHAR_TENTHS / 10 + 24).max(110);
    let prints = events
        .iter()
        .filter(|e| e.verb == "print")
        .map(|e| label(e).len())
        .max();
    let gutter = prints.map_or(0, |chars| chars * CHAR_TENTHS / 10 + 12);
    let x = |lane: &str| {
        let index = lanes.iter().position(|l| *l == lane).unwrap_or(0);
        MARGIN + gutter + lane_width / 2 + index * lane_width
    };
    let width = 2 * MARGIN + gutter + lanes.len() * lane_width;
    let height = TOP + (events.len() + 1) * ROW;
    let y = |row: usize| TOP + row * ROW + ROW / 2;

    let mut body = String::new();
    // Who resumed each actor last: where its yield, suspend or return goes back to.
    let mut resumer: HashMap<&str, &str> = HashMap::new();
    // Where each actor's bar started (it runs from a resume to its next suspension).
    let mut running: HashMap<&str, usize> = HashMap::new();
    let mut bars = String::new();
    let mut ends: HashMap<&str, usize> = HashMap::new();
    for (row, event) in events.iter().enumerate() {
        let (actor, text) = (event.actor.as_str(), escape(&label(event)));
        let _ = write!(
            body,
            r#"<g class="event" data-event="{row}" data-lane="{}">"#,
            escape(actor)
        );
        match (event.object.as_deref(), event.verb.as_str()) {
            (_, "print") => {
                let _ = write!(
                    body,
                    r#"<text x="{}" y="{}" text-anchor="end">{text}</text>"#,
                    x(actor) - 10,
                    y(row) + 4
                );
            }
            (None, verb) if BACK.contains(&verb) => {
                let back = resumer.get(actor).copied();
                if let Some(start) = running.remove(actor) {
                    let _ = write!(
                        bars,
                        r#"<rect x="{}" y="{}" width="10" height="{}" class="bar"/>"#,
                        x(actor) - 5,
                        y(start),
                        y(row) - y(start)
                    );
                }
                match back {
                    Some(to) => body.push_str(&arrow(id, x(actor), x(to), y(row), &text, true)),
                    None => body.push_str(&note(x(actor), y(row), &text)),
                }
            }
            (Some(object), verb) => {
                // Control goes into the object (or, for `await`, the object answers to X).
                if matches!(verb, "resume" | "await" | "poll" | "call") {
                    resumer.insert(object, actor);
                    running.entry(object).or_insert(row);
                }
                if verb == "destroy" {
                    ends.insert(object, row);
                }
                body.push_str(&arrow(id, x(actor), x(object), y(row), &text, false));
            }
            (None, _) => body.push_str(&note(x(actor), y(row), &text)),
        }
        body.push_str("</g>");
    }
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="trace" id="{id}" role="img" viewBox="0 0 {width} {height}" width="{width}" style="max-width:100%;height:auto" font-family="monospace" font-size="12" fill="currentColor" stroke="currentColor"><title>{}</title>"#,
        escape(alt)
    );
    let _ = write!(
        svg,
        r#"<defs><marker id="{id}-head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" stroke="none"/></marker></defs>"#
    );
    svg.push_str(r#"<style>.trace .bar{fill:var(--quote-bg,#8884);stroke-width:1}.trace text{stroke:none}.trace .back{stroke:var(--links,currentColor);stroke-dasharray:4 3}.trace .back+text{fill:var(--links,currentColor)}.trace .on line,.trace .on text{stroke-width:2.5;font-weight:bold}</style>"#);
    for lane in &lanes {
        let (cx, bottom) = (
            x(lane),
            ends.get(lane).map_or(height - ROW / 2, |row| y(*row)),
        );
        let header = lane.len() * CHAR_TENTHS / 10 + 24;
        let _ = write!(
            svg,
            r#"<g class="lane" data-lane="{name}"><rect x="{}" y="8" width="{header}" height="24" rx="4" fill="none"/><text x="{cx}" y="24" text-anchor="middle">{name}</text><line x1="{cx}" y1="32" x2="{cx}" y2="{bottom}" stroke-dasharray="2 4"/></g>"#,
            cx - header / 2,
            name = escape(lane),
        );
    }
    let _ = write!(svg, "{bars}{body}</svg>");
    Ok(svg)
}

/// An arrow from `from` to `to` at height `y`, its label above it; dashed when it goes back.
fn arrow(id: &str, from: usize, to: usize, y: usize, text: &str, back: bool) -> String {
    let class = if back { r#" class="back""# } else { "" };
    let middle = (from + to) / 2;
    format!(
        r#"<line x1="{from}" y1="{y}" x2="{to}" y2="{y}" marker-end="url(#{id}-head)"{class}/><text x="{middle}" y="{}" text-anchor="middle">{text}</text>"#,
        y - 4
    )
}

/// A label on one lane: an event that goes to no other actor.
fn note(x: usize, y: usize, text: &str) -> String {
    format!(r#"<text x="{}" y="{}">{text}</text>"#, x + 10, y + 4)
}

/// `text` safe inside SVG text and attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests;
