//! A trace (book/src/traces.md) drawn as a sequence diagram: one lane per actor, in the
//! order they first appear, one row per event, an arrow where control passes from one
//! actor to another.
//!
//! The SVG is meant to be written inline into a page, so it paints no background and takes
//! its colours from the page: strokes and text in `currentColor`, the running coroutine's
//! bar a tint of it; the book's CSS (book/pictures.css) colours bars and the ways back
//! with mdBook's theme variables, and the SVG reads without it too. It reads in every theme. Each event
//! is a `<g class="event">` with its number and lane in `data-` attributes, for the book's
//! resume stepper.
//!
//! The same trace makes two more pictures ([`picture`]): the states one coroutine passes
//! through ([`states_svg`]), and an executor's run queue step by step ([`queue_svg`]).

use std::collections::HashMap;
use std::fmt::Write as _;

mod frames;
mod parse;
mod queue;
mod states;

pub use frames::{Frame, frames_svg, parse_frames};
pub use parse::{Event, parse};
pub use queue::{Step, queue_svg, steps};
pub use states::{State, Transition, states_svg, transitions};

const ROW: usize = 24;
const TOP: usize = 44;
const MARGIN: usize = 12;
/// Tenths of a pixel: the width of a character of the 12 px monospace text.
const CHAR_TENTHS: usize = 73;

/// Verbs by which an actor gives control into its object.
const INTO: [&str; 4] = ["resume", "poll", "call", "await"];

/// Verbs by which an actor gives control back: to the one below it on the stack of who
/// runs inside whose resume.
const BACK: [&str; 4] = ["yield", "suspend", "return", "transfer"];

/// The picture of `trace` that `kind` asks for: `None`, its sequence diagram ([`svg`]);
/// `states`, the states of the coroutine `actor` ([`states_svg`]); `queue`, the executor's
/// table, step by step ([`queue_svg`]). Described by `alt`; `id` as for [`svg`].
pub fn picture(
    kind: Option<&str>,
    actor: Option<&str>,
    trace: &str,
    alt: &str,
    id: &str,
) -> Result<String, String> {
    match (kind, actor) {
        (None, None) => svg(trace, alt, id),
        (Some("states"), Some(actor)) => states_svg(&parse(trace)?, actor, alt, id),
        (Some("queue"), None) => queue_svg(&parse(trace)?, alt),
        _ => Err(format!(
            "kind {kind:?} with actor {actor:?}: a sequence diagram takes neither, \
             `states` an actor, `queue` none"
        )),
    }
}

/// The SVG of `trace`, described by `alt` for readers who cannot see it; `id` tells its
/// arrowheads apart from another picture's on the same page. `Err` names the first line
/// that is not an event.
pub fn svg(trace: &str, alt: &str, id: &str) -> Result<String, String> {
    let events = parse(trace)?;
    let lanes = lanes(&events);
    let label = |event: &Event| match &event.text {
        Some(text) => format!("{} {text}", event.verb),
        None => event.verb.clone(),
    };
    let chars = |print: bool| {
        let events = events
            .iter()
            .filter(|event| (event.verb == "print") == print);
        events
            .map(|event| label(event).len() * CHAR_TENTHS / 10)
            .max()
    };
    // Wide enough for the longest label between two lanes, and the prints left of lane 0.
    let lane_width = (chars(false).unwrap_or(0) + 24).max(110);
    let gutter = chars(true).map_or(0, |width| width + 12);
    let x = |lane: &str| {
        let index = lanes.iter().position(|l| *l == lane).unwrap_or(0);
        MARGIN + gutter + lane_width / 2 + index * lane_width
    };
    let width = 2 * MARGIN + gutter + lanes.len() * lane_width;
    let height = TOP + (events.len() + 1) * ROW;
    let y = |row: usize| TOP + row * ROW + ROW / 2;

    let (mut body, mut bars) = (String::new(), String::new());
    // Who runs inside whose resume, with the row each started at: an actor that acts is
    // running, so whoever was above it has stopped. One that is on no stack (the caller,
    // the executor) starts a stack of its own as its base, drawn without a bar: it is
    // where control comes back to. An awaited coroutine runs from the await only if it
    // acts before anyone below it does (step 6), not when the executor gets to it later
    // (step 7): until then its start is `Awaited`.
    let mut stack: Vec<(&str, Start)> = Vec::new();
    // A stackful coroutine's suspension (step 9: `inner suspend caller`) stops every
    // level above the one it names at once; the next resume of the bottom one of them
    // switches that whole stack back in, with every level running again.
    let mut stopped: Vec<&str> = Vec::new();
    // Who awaits whom (step 6: `outer await middle1`, `middle1 await inner`), until the
    // awaited one returns: a resume of the outer goes down that chain (Rust: each poll
    // polls the next; C++: the walk down the talk's mSub), and a suspension at its bottom
    // suspends the whole chain at once, back to whoever resumed its top.
    let mut awaits: HashMap<&str, &str> = HashMap::new();
    let mut ends: HashMap<&str, usize> = HashMap::new();
    let mut close = |stack: &mut Vec<(&str, Start)>, keep: usize, row: usize| {
        for (lane, start) in stack.drain(keep.min(stack.len())..) {
            if let Start::Running(start) = start
                && row > start
            {
                let (x, top, tall) = (x(lane) - 5, y(start), y(row) - y(start));
                let _ = write!(
                    bars,
                    r#"<rect x="{x}" y="{top}" width="10" height="{tall}" class="bar" data-start="{start}" fill="currentColor" fill-opacity="0.12" stroke="currentColor" stroke-opacity="0.5"/>"#
                );
            }
        }
    };
    for (row, event) in events.iter().enumerate() {
        let (actor, verb) = (event.actor.as_str(), event.verb.as_str());
        let text = escape(&label(event));
        let shape = if verb == "print" {
            let (x, y) = (x(actor) - 10, y(row) + 4);
            format!(r#"<text x="{x}" y="{y}" text-anchor="end">{text}</text>"#)
        } else if verb == "holds" {
            // What the frame keeps across the suspension that follows: beside its lane, on
            // the left, where the row is empty (every event has a row of its own).
            let (x, y) = (x(actor) - 10, y(row) + 4);
            format!(
                r#"<text x="{x}" y="{y}" text-anchor="end" class="holds" font-style="italic" opacity="0.75">{text}</text>"#
            )
        } else if verb == "queue" {
            // A task put on the run queue (step 7) runs at a later step, not now: a note
            // beside the queue's owner, on the right, and no turn of control.
            let (x, y) = (x(actor) + 10, y(row) + 4);
            let what =
                escape(&format!("{verb} {}", event.object.as_deref().unwrap_or("")));
            format!(
                r#"<text x="{x}" y="{y}" class="queue" font-style="italic" opacity="0.75">{}</text>"#,
                what.trim_end()
            )
        } else {
            let at = running(&mut stack, &awaits, &events, event, row);
            if verb == "return" {
                awaits.retain(|_, awaited| *awaited != actor);
            }
            if BACK.contains(&verb) {
                // Control goes back to the one below, or to the object a transfer names,
                // or, for a stackful suspension, to the one it names below it: every
                // level above that one stops with it.
                let below = event.object.as_deref().filter(|_| verb == "suspend");
                let below =
                    below.and_then(|to| stack.iter().position(|(lane, _)| *lane == to));
                if let Some(below) = below {
                    stopped = stack[below + 1..].iter().map(|(lane, _)| *lane).collect();
                    close(&mut stack, below + 1, row);
                } else if let Some(mut at) = at {
                    // A plain suspension stops every level that awaits it, down the chain.
                    while verb == "suspend"
                        && at > 0
                        && awaits.get(stack[at - 1].0) == Some(&stack[at].0)
                    {
                        at -= 1;
                    }
                    close(&mut stack, at, row);
                }
                let to = event
                    .object
                    .as_deref()
                    .or(stack.last().map(|(lane, _)| *lane));
                match to {
                    Some(to) => {
                        arrow(id, (x(actor), x(to)), y(row), &text, true, lane_width)
                    }
                    None => note(x(actor), y(row), &text),
                }
            } else {
                match at {
                    Some(at) => close(&mut stack, at + 1, row),
                    None => {
                        close(&mut stack, 0, row);
                        stack.push((actor, Start::Base));
                    }
                }
                match event.object.as_deref() {
                    Some(object) => {
                        match verb {
                            "await" => {
                                awaits.insert(actor, object);
                                stack.push((object, Start::Awaited(row)));
                            }
                            _ if INTO.contains(&verb) => {
                                stack.push((object, Start::Running(row)));
                                if stopped.first() == Some(&object) {
                                    let above = stopped.drain(..).skip(1);
                                    stack.extend(
                                        above.map(|lane| (lane, Start::Running(row))),
                                    );
                                }
                            }
                            "destroy" => {
                                ends.insert(object, row);
                            }
                            _ => {}
                        }
                        arrow(id, (x(actor), x(object)), y(row), &text, false, lane_width)
                    }
                    None => note(x(actor), y(row), &text),
                }
            }
        };
        // The line, its verb and who runs after it, for the stepper (book/stepper.js).
        let line = [
            Some(actor),
            Some(verb),
            event.object.as_deref(),
            event.text.as_deref(),
        ];
        let line = escape(&line.into_iter().flatten().collect::<Vec<_>>().join(" "));
        let after = stack.last().map_or(String::new(), |(lane, _)| escape(lane));
        let _ = write!(
            body,
            r#"<g class="event" data-event="{row}" data-verb="{verb}" data-running="{after}" data-line="{line}">{shape}</g>"#
        );
    }
    close(&mut stack, 0, events.len());
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="trace" id="{id}" role="img" viewBox="0 0 {width} {height}" width="{width}" style="max-width:100%;height:auto" font-family="monospace" font-size="12" fill="currentColor"><title>{}</title>"#,
        escape(alt)
    );
    let _ = write!(
        svg,
        r#"<defs><marker id="{id}-head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" stroke="none"/></marker></defs>"#
    );
    for lane in &lanes {
        let (cx, bottom) = (
            x(lane),
            ends.get(lane).map_or(height - ROW / 2, |row| y(*row)),
        );
        let header = lane.len() * CHAR_TENTHS / 10 + 24;
        let _ = write!(
            svg,
            r#"<g class="lane" data-lane="{name}"><rect x="{}" y="8" width="{header}" height="24" rx="4" fill="none" stroke="currentColor"/><text x="{cx}" y="24" text-anchor="middle">{name}</text><line x1="{cx}" y1="32" x2="{cx}" y2="{bottom}" stroke="currentColor" stroke-dasharray="2 4"/></g>"#,
            cx - header / 2,
            name = escape(lane),
        );
    }
    let _ = write!(svg, "{bars}{body}</svg>");
    Ok(svg)
}

/// Where `event`'s actor stands on the stack of who runs, once it acts: a coroutine that
/// acts while on no stack runs inside the resume of the one on top (a resume that goes
/// down a chain of awaits, traced once, at the top), since that resume, and so does every
/// level of that chain between them; an awaited one that acts runs since the await. A
/// finished coroutine's last word (`transfer`) is not running.
fn running<'a>(
    stack: &mut Vec<(&'a str, Start)>,
    awaits: &HashMap<&'a str, &'a str>,
    events: &[Event],
    event: &'a Event,
    row: usize,
) -> Option<usize> {
    let actor = event.actor.as_str();
    let mut at = stack.iter().position(|(lane, _)| *lane == actor);
    // Named by another's event: resumed, called, awaited... but not the one a stackful
    // suspension goes back to (step 9), which drives rather than is driven.
    let driven = events
        .iter()
        .any(|other| other.object.as_deref() == Some(actor) && other.verb != "suspend");
    if at.is_none() && driven && event.verb != "transfer" {
        let since = match stack.last() {
            Some((_, Start::Running(since) | Start::Awaited(since))) => *since,
            _ => row,
        };
        // The levels between the top and the actor, where the top's awaits lead to it.
        let mut chain = Vec::new();
        let mut next = stack.last().and_then(|(top, _)| awaits.get(top));
        while let Some(&level) = next.filter(|level| **level != actor) {
            if chain.contains(&level) {
                break;
            }
            chain.push(level);
            next = awaits.get(level);
        }
        if next == Some(&actor) {
            stack.extend(
                chain
                    .into_iter()
                    .map(|level| (level, Start::Running(since))),
            );
        }
        stack.push((actor, Start::Running(since)));
        at = Some(stack.len() - 1);
    }
    if let Some(at) = at
        && let (_, Start::Awaited(since)) = stack[at]
    {
        stack[at].1 = Start::Running(since);
    }
    at
}

/// Where a lane's bar starts, on the stack of who runs inside whose resume.
#[derive(Debug, Clone, Copy)]
enum Start {
    /// The caller or the executor: no bar.
    Base,
    /// Running since this row.
    Running(usize),
    /// Awaited at this row; running since then once it acts.
    Awaited(usize),
}

/// The lanes, left to right: those that are never resumed or created (the caller, the
/// executor) first, then the coroutines, each group in the order they first appear.
fn lanes(events: &[Event]) -> Vec<&str> {
    let mut lanes: Vec<&str> = Vec::new();
    for event in events {
        for actor in std::iter::once(event.actor.as_str()).chain(event.object.as_deref())
        {
            if !lanes.contains(&actor) {
                lanes.push(actor);
            }
        }
    }
    let driven = |lane: &&str| {
        events
            .iter()
            .any(|event| event.object.as_deref() == Some(lane) && event.verb != "suspend")
    };
    let (coroutines, drivers): (Vec<&str>, Vec<&str>) =
        lanes.into_iter().partition(driven);
    drivers.into_iter().chain(coroutines).collect()
}

/// An arrow from `from` to `to` at height `y`, its label above it; dashed when it goes back.
/// Over an arrow that passes lanes (a chain suspended at once), the label stands between
/// its first two lanes, clear of the lanes it passes.
fn arrow(
    id: &str,
    (from, to): (usize, usize),
    y: usize,
    text: &str,
    back: bool,
    lane_width: usize,
) -> String {
    // A way back is dashed; the book's CSS gives it the theme's link colour.
    let class = if back {
        r#" class="back" stroke-dasharray="4 3""#
    } else {
        ""
    };
    let middle = if from.abs_diff(to) <= lane_width {
        (from + to) / 2
    } else if from > to {
        from - lane_width / 2
    } else {
        from + lane_width / 2
    };
    format!(
        r#"<line x1="{from}" y1="{y}" x2="{to}" y2="{y}" stroke="currentColor" marker-end="url(#{id}-head)"{class}/><text x="{middle}" y="{}" text-anchor="middle">{text}</text>"#,
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
