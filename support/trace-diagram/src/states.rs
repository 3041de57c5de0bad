//! One coroutine's states, read from a trace: where its frame stands after each event
//! that concerns it (created, running, suspended at a yield, a suspend or an await,
//! returned, destroyed), and the transitions between them, each with the event that takes
//! it and how many times the trace took it. Drawn as boxes: the life of the frame on one
//! row, left to right, and the ways it can be suspended on a row below the running box,
//! to and from which the resumes go.

use std::fmt::Write as _;

use crate::{Event, escape};

/// Where a coroutine's frame stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    /// Before the trace's first event about it: the picture's dot.
    Start,
    /// Created, its body not started.
    Created,
    /// Its body runs.
    Running,
    /// Stopped at a `yield`, with a value handed out.
    Yielded,
    /// Stopped at a `suspend`, with nothing handed out.
    Suspended,
    /// Stopped at an `await` of another coroutine.
    Awaiting,
    /// Its body ended; the frame is still there.
    Returned,
    /// Its frame is freed.
    Destroyed,
}

impl State {
    /// The box's two lines: the state, and what it means.
    pub fn name(self) -> (&'static str, &'static str) {
        match self {
            State::Start => ("", ""),
            State::Created => ("created", "suspended at its start"),
            State::Running => ("running", ""),
            State::Yielded => ("suspended", "at a yield"),
            State::Suspended => ("suspended", "nothing handed out"),
            State::Awaiting => ("suspended", "at an await"),
            State::Returned => ("returned", "its body ended"),
            State::Destroyed => ("destroyed", "its frame freed"),
        }
    }

    /// On the row below the running box: the ways of being suspended.
    fn below(self) -> bool {
        matches!(self, State::Yielded | State::Suspended | State::Awaiting)
    }
}

/// A transition of the trace: from, to, the event that took it, how many times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// The state it leaves.
    pub from: State,
    /// The state it enters (the same, for a transfer or a give).
    pub to: State,
    /// The event, without the coroutine's name: `resume`, `yield`, `await inner`, or what
    /// ran it when no event says (`via caller resume outer`: a resume down a chain of
    /// awaits).
    pub event: String,
    /// How many times the trace took it.
    pub count: usize,
}

/// The transitions `actor` takes in `events`, in the order the trace first takes them.
pub fn transitions(events: &[Event], actor: &str) -> Vec<Transition> {
    let mut taken: Vec<Transition> = Vec::new();
    let mut take = |from: State, to: State, event: String| match taken
        .iter_mut()
        .find(|t| t.from == from && t.to == to && t.event == event)
    {
        Some(transition) => transition.count += 1,
        None => taken.push(Transition {
            from,
            to,
            event,
            count: 1,
        }),
    };
    let mut state = State::Start;
    // The latest event that handed control into a coroutine: what runs `actor` when it
    // acts with no resume of its own (step 6's inner, resumed through the outer).
    let mut into: Option<&Event> = None;
    // While `actor` awaits, a resume of it may only go down to the one it awaits (step
    // 6): it has reached `actor` if `actor` acts before the next one. Until then it waits
    // here; one that did not is a loop, `resume → inner`.
    let mut awaited = String::new();
    let mut pending: Option<String> = None;
    for event in events {
        let verb = event.verb.as_str();
        let object = event.object.as_deref().unwrap_or("");
        if object == actor {
            let to = match verb {
                "create" => Some(State::Created),
                "resume" | "poll" | "call" => Some(State::Running),
                "destroy" => Some(State::Destroyed),
                "give" => Some(state),
                _ => None,
            };
            if let Some(to) = to {
                if let Some(resume) = pending.take() {
                    take(state, state, format!("{resume} → {awaited}"));
                }
                if state == State::Awaiting && to == State::Running {
                    pending = Some(verb.to_owned());
                } else {
                    take(state, to, verb.to_owned());
                    state = to;
                }
            }
        } else if event.actor == actor {
            let to = match verb {
                "yield" => Some(State::Yielded),
                "suspend" => Some(State::Suspended),
                "await" => Some(State::Awaiting),
                "return" => Some(State::Returned),
                _ => None,
            };
            let done = matches!(state, State::Returned | State::Destroyed);
            if verb == "transfer" || (verb == "suspend" && state == State::Yielded) {
                // A finished coroutine hands control on, or a yield's own awaiter
                // suspends (step 5): the same state.
                take(
                    state,
                    state,
                    format!("{verb} {object}").trim_end().to_owned(),
                );
            } else if !(done && to.is_none()) {
                // It acts, so it runs (a finished coroutine's last words aside: a direct
                // wake's resume).
                if state != State::Running {
                    let via = pending.take().unwrap_or_else(|| {
                        into.map_or("via ?".into(), |e| {
                            let object = e.object.as_deref().unwrap_or("");
                            format!("via {} {} {object}", e.actor, e.verb)
                        })
                    });
                    take(state, State::Running, via.trim_end().to_owned());
                    state = State::Running;
                }
                if let Some(to) = to {
                    take(state, to, format!("{verb} {object}").trim_end().to_owned());
                    state = to;
                    awaited = object.to_owned();
                }
            }
        }
        if crate::INTO.contains(&verb) {
            into = Some(event);
        }
    }
    if let Some(resume) = pending {
        take(state, state, format!("{resume} → {awaited}"));
    }
    taken
}

const BOX_W: f64 = 156.0;
const BOX_H: f64 = 46.0;
/// Between two boxes of the column.
const GAP: f64 = 46.0;
/// The least room between the running box and the ways of being suspended, beside it.
const ACROSS: f64 = 150.0;
/// Between two boxes of the ways of being suspended: room for the labels of two pairs of
/// arrows that leave the running box side by side.
const SIDE_GAP: f64 = 80.0;
/// Width of a character of the 12 px monospace labels.
const CHAR: f64 = 7.3;
/// How far along an arrow of a pair its label sits: the two labels at different heights.
const ALONG: f64 = 0.35;

/// The SVG of `actor`'s states in `events`, described by `alt`; `id` tells its
/// arrowheads apart from another picture's on the same page. `Err` if the trace has no
/// event about `actor`.
///
/// The life of the frame is a column, top to bottom (created, running, returned,
/// destroyed); the ways of being suspended stand beside the running box, on its right.
pub fn states_svg(
    events: &[Event],
    actor: &str,
    alt: &str,
    id: &str,
) -> Result<String, String> {
    let taken = transitions(events, actor);
    if taken.is_empty() {
        return Err(format!("no event of the trace is about {actor:?}"));
    }
    let mut states: Vec<State> = taken.iter().flat_map(|t| [t.from, t.to]).collect();
    states.sort();
    states.dedup();
    let (side, column): (Vec<State>, Vec<State>) = states.iter().partition(|s| s.below());
    let width_of = |t: &Transition| label(t).chars().count() as f64 * CHAR;
    let half = |s: &State| if *s == State::Start { 6.0 } else { BOX_H / 2.0 };
    let mut centre: Vec<(State, (f64, f64))> = Vec::new();
    let mut y = 0.0;
    for (index, state) in column.iter().enumerate() {
        if index > 0 {
            y += GAP;
        }
        centre.push((*state, (0.0, y + half(state))));
        y += 2.0 * half(state);
    }
    let at = |centre: &[(State, (f64, f64))], s: State| {
        centre.iter().find(|(c, _)| *c == s).map(|(_, p)| *p)
    };
    let running_y = at(&centre, State::Running).map_or(y / 2.0, |(_, y)| y);
    // As far to the right as the labels between running and them need.
    let across = taken
        .iter()
        .filter(|t| t.from.below() != t.to.below())
        .map(width_of)
        .fold(0.0, f64::max);
    let side_x = BOX_W + (across + 40.0).max(ACROSS);
    for (index, state) in side.iter().enumerate() {
        let y = running_y
            + (index as f64 - (side.len() - 1) as f64 / 2.0) * (BOX_H + SIDE_GAP);
        centre.push((*state, (side_x, y)));
    }
    let mut looped: Vec<State> = Vec::new();
    let mut arrows = Vec::new();
    for transition in &taken {
        let (Some(from), Some(to)) =
            (at(&centre, transition.from), at(&centre, transition.to))
        else {
            continue;
        };
        // Left of the column, right of the boxes beside it.
        let out = if transition.from.below() { 1.0 } else { -1.0 };
        let (path, (lx, ly), anchor) = if transition.from == transition.to {
            // A loop on the box's outer side; a second one under it, a third over it.
            let k = looped.iter().filter(|s| **s == transition.from).count();
            looped.push(transition.from);
            self_loop(from, out, k)
        } else if !transition.from.below()
            && !transition.to.below()
            && skips(&column, transition)
        {
            // Past the boxes between: an arc left of the column.
            let (x, fy, ty) = (from.0 - BOX_W / 2.0, from.1, to.1);
            let bend = x - 60.0;
            let anchor = if fy < ty { "end" } else { "start" };
            (
                format!(
                    "M{x:.1},{fy:.1} Q{bend:.1},{:.1} {x:.1},{ty:.1}",
                    (fy + ty) / 2.0
                ),
                (x - 34.0, (fy + ty) / 2.0 + 4.0),
                anchor,
            )
        } else {
            let back = taken
                .iter()
                .any(|t| t.from == transition.to && t.to == transition.from);
            straight(transition, from, to, back)
        };
        arrows.push((path, (lx, ly), anchor, label(transition)));
    }
    // Everything in view: the boxes, and the labels, which may reach past them.
    let wide = |s: &State| if *s == State::Start { 6.0 } else { BOX_W / 2.0 };
    let mut xs: Vec<f64> = centre
        .iter()
        .flat_map(|(s, (x, _))| [x - wide(s), x + wide(s)])
        .collect();
    let mut ys: Vec<f64> = centre
        .iter()
        .flat_map(|(s, (_, y))| [y - half(s), y + half(s)])
        .collect();
    for (_, (x, y), anchor, text) in &arrows {
        let w = text.chars().count() as f64 * CHAR;
        let left = match *anchor {
            "start" => *x,
            "end" => x - w,
            _ => x - w / 2.0,
        };
        xs.extend([left, left + w]);
        ys.extend([y - 11.0, y + 3.0]);
    }
    // Loops and arcs reach less far past their row than their labels.
    let (min_x, max_x) = (
        xs.iter().copied().fold(f64::MAX, f64::min),
        xs.iter().copied().fold(f64::MIN, f64::max),
    );
    let (min_y, max_y) = (
        ys.iter().copied().fold(f64::MAX, f64::min),
        ys.iter().copied().fold(f64::MIN, f64::max),
    );
    let (shift_x, shift_y) = (8.0 - min_x, 8.0 - min_y);
    let (width, height) = (max_x - min_x + 16.0, max_y - min_y + 16.0);

    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="states" role="img" viewBox="0 0 {width:.0} {height:.0}" width="{width:.0}" style="max-width:100%;height:auto" font-family="sans-serif" font-size="13" fill="currentColor"><title>{}</title>"#,
        escape(alt)
    );
    let _ = write!(
        svg,
        r#"<defs><marker id="{id}-head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" stroke="none"/></marker></defs><g transform="translate({shift_x:.1} {shift_y:.1})">"#
    );
    for (state, (x, y)) in &centre {
        svg.push_str(&state_box(*state, *x, *y));
    }
    for (path, (lx, ly), anchor, text) in &arrows {
        let _ = write!(
            svg,
            r#"<g class="transition"><path d="{path}" fill="none" stroke="currentColor" marker-end="url(#{id}-head)"/><text x="{lx:.1}" y="{ly:.1}" text-anchor="{anchor}" font-family="monospace" font-size="12">{}</text></g>"#,
            escape(text)
        );
    }
    svg.push_str("</g></svg>");
    Ok(svg)
}

/// A state's box (the start's dot) at `x`, `y`.
fn state_box(state: State, x: f64, y: f64) -> String {
    let (name, meaning) = state.name();
    if state == State::Start {
        return format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="6" class="start"/>"#);
    }
    // The running box is tinted as the running coroutine's bars are in the sequence
    // diagrams.
    let fill = if state == State::Running {
        r#"fill="currentColor" fill-opacity="0.12""#
    } else {
        r#"fill="none""#
    };
    let (left, top) = (x - BOX_W / 2.0, y - BOX_H / 2.0);
    let mut g = format!(
        r#"<g class="state" data-state="{name}"><rect x="{left:.1}" y="{top:.1}" width="{BOX_W}" height="{BOX_H}" rx="8" {fill} stroke="currentColor"/>"#
    );
    let bold = r#"text-anchor="middle" font-weight="bold""#;
    if meaning.is_empty() {
        let _ = write!(
            g,
            r#"<text x="{x:.1}" y="{:.1}" {bold}>{name}</text>"#,
            y + 4.0
        );
    } else {
        let _ = write!(
            g,
            r#"<text x="{x:.1}" y="{:.1}" {bold}>{name}</text><text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="11.5" opacity="0.8">{meaning}</text>"#,
            y - 3.0,
            y + 13.0
        );
    }
    g + "</g>"
}

/// A straight arrow from box to box, beside the one the other way (`back`) if there is
/// one: its path, where its label goes and how the label is anchored.
fn straight(
    transition: &Transition,
    from: (f64, f64),
    to: (f64, f64),
    back: bool,
) -> (String, (f64, f64), &'static str) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = dx.hypot(dy);
    let (ux, uy) = (dx / length, dy / length);
    // The normal on the right of the way it goes (y grows downwards).
    let (nx, ny) = (-uy, ux);
    let offset = if back { 8.0 } else { 0.0 };
    let clip = |(x, y): (f64, f64), state: State, sign: f64| {
        let t = if state == State::Start {
            6.0
        } else {
            (BOX_W / 2.0 / ux.abs().max(1e-9)).min(BOX_H / 2.0 / uy.abs().max(1e-9))
        };
        (
            x + sign * t * ux + nx * offset,
            y + sign * t * uy + ny * offset,
        )
    };
    let (a, b) = (
        clip(from, transition.from, 1.0),
        clip(to, transition.to, -1.0),
    );
    let path = format!("M{:.1},{:.1} L{:.1},{:.1}", a.0, a.1, b.0, b.1);
    if nx.abs() <= 0.3 {
        // Across: the label above the middle, or below it for the lower of a pair.
        let (mx, my) = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        let ly = my + if back && ny > 0.0 { 16.0 } else { -6.0 };
        return (path, (mx, ly), "middle");
    }
    let along = if back { ALONG } else { 0.5 };
    let (px, py) = (a.0 + (b.0 - a.0) * along, a.1 + (b.1 - a.1) * along);
    let anchor = if nx > 0.0 { "start" } else { "end" };
    (path, (px + nx * 8.0, py + ny * 8.0 + 4.0), anchor)
}

/// The `k`th loop on the box at `centre`: on its outer side (`out`, -1 for the left), then
/// under it, then over it. Its path, where its label goes and how the label is anchored.
fn self_loop(
    centre: (f64, f64),
    out: f64,
    k: usize,
) -> (String, (f64, f64), &'static str) {
    let (x, y) = centre;
    match k {
        0 => {
            let edge = x + out * BOX_W / 2.0;
            let far = edge + out * 36.0;
            let anchor = if out > 0.0 { "start" } else { "end" };
            (
                format!(
                    "M{edge:.1},{:.1} C{far:.1},{:.1} {far:.1},{:.1} {edge:.1},{:.1}",
                    y - 12.0,
                    y - 30.0,
                    y + 30.0,
                    y + 12.0
                ),
                (far + out * 6.0, y + 4.0),
                anchor,
            )
        }
        _ => {
            let s = if k == 1 { 1.0 } else { -1.0 };
            let edge = y + s * BOX_H / 2.0;
            let far = edge + s * 34.0;
            (
                format!(
                    "M{:.1},{edge:.1} C{:.1},{far:.1} {:.1},{far:.1} {:.1},{edge:.1}",
                    x - 12.0,
                    x - 30.0,
                    x + 30.0,
                    x + 12.0
                ),
                (x, far + if s > 0.0 { 10.0 } else { -2.0 }),
                "middle",
            )
        }
    }
}

/// What a transition's arrow says: the event, and how many times.
fn label(transition: &Transition) -> String {
    format!("{} ×{}", transition.event, transition.count)
}

/// Whether `transition` passes a box of `row` between its two ends.
fn skips(row: &[State], transition: &Transition) -> bool {
    let index = |s: State| row.iter().position(|r| *r == s);
    match (index(transition.from), index(transition.to)) {
        (Some(a), Some(b)) => a.abs_diff(b) > 1,
        _ => false,
    }
}
