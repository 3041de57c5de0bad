//! An executor's table, step by step (step 7): one row per resume of a task, with who
//! runs, the run queue once the step is over, and where every task stands then. Read from
//! the trace's `queue` events (a task goes to the back of the run queue) and `resume`s
//! (the executor takes the one at the front; a task that resumes another, as a direct
//! wake does, takes nothing from the queue).

use std::fmt::Write as _;

use crate::{Event, escape};

/// One row: the state of things once a step is over, before the next one starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// 0 before the first step.
    pub number: usize,
    /// The task that runs in this step, and who resumed it (`executor`, or a task).
    pub runs: Option<(String, String)>,
    /// The run queue at the end of the step, front first.
    pub queue: Vec<String>,
    /// Every task so far, in the order they appeared, with where it stands:
    /// `created`, `queued`, `running`, `suspended`, `waiting for X`, `done`, `destroyed`.
    pub tasks: Vec<(String, String)>,
}

/// The rows of `events`: one before the first step, then one per step.
pub fn steps(events: &[Event]) -> Vec<Step> {
    let tasks: Vec<&str> = crate::lanes(events)
        .into_iter()
        .filter(|lane| events.iter().any(|e| e.object.as_deref() == Some(*lane)))
        .collect();
    let mut rows = Vec::new();
    let mut row = Step {
        number: 0,
        runs: None,
        queue: Vec::new(),
        tasks: Vec::new(),
    };
    let set = |row: &mut Step, task: &str, state: String| match row
        .tasks
        .iter_mut()
        .find(|(name, _)| name == task)
    {
        Some((_, old)) => *old = state,
        None => row.tasks.push((task.to_owned(), state)),
    };
    for event in events {
        let (actor, verb) = (event.actor.as_str(), event.verb.as_str());
        let Some(object) = event.object.as_deref() else {
            // A task that queued itself first (it gave up its turn) stays queued.
            let queued = row.tasks.iter().any(|(t, s)| t == actor && s == "queued");
            match verb {
                "return" if tasks.contains(&actor) => set(&mut row, actor, "done".into()),
                "suspend" | "yield" if tasks.contains(&actor) && !queued => {
                    set(&mut row, actor, "suspended".into());
                }
                _ => {}
            }
            continue;
        };
        match verb {
            "create" => set(&mut row, object, "created".into()),
            "queue" => {
                row.queue.push(object.to_owned());
                set(&mut row, object, "queued".into());
            }
            "resume" | "poll" if tasks.contains(&object) => {
                let next = Step {
                    number: row.number + 1,
                    runs: Some((object.to_owned(), actor.to_owned())),
                    ..row.clone()
                };
                rows.push(std::mem::replace(&mut row, next));
                // From the loop, the task leaves the queue; a task resuming another (a
                // direct wake) takes nothing from it.
                if !tasks.contains(&actor)
                    && let Some(at) = row.queue.iter().position(|q| q == object)
                {
                    row.queue.remove(at);
                }
                set(&mut row, object, "running".into());
            }
            "await" => set(&mut row, actor, format!("waiting for {object}")),
            "destroy" => set(&mut row, object, "destroyed".into()),
            _ => {}
        }
    }
    rows.push(row);
    rows
}

const ROW: f64 = 28.0;
/// The run queue's column.
const HEADER: &str = "run queue after it";
/// Width of a character of the 12 px text.
const CHAR: f64 = 7.3;

/// The SVG of the executor's table of `events`, described by `alt`. `Err` if no task is
/// ever resumed.
pub fn queue_svg(events: &[Event], alt: &str) -> Result<String, String> {
    let rows = steps(events);
    if rows.len() < 2 {
        return Err("no task of the trace is ever resumed".into());
    }
    let tasks: Vec<String> = rows
        .last()
        .map(|r| r.tasks.iter().map(|(t, _)| t.clone()).collect())
        .unwrap_or_default();
    let widest = |texts: &mut dyn Iterator<Item = usize>| {
        texts.max().unwrap_or(0) as f64 * CHAR + 24.0
    };
    let runs = widest(
        &mut rows
            .iter()
            .map(|r| r.runs.as_ref().map_or(0, |(t, by)| t.len() + by.len() + 8)),
    );
    let runs = runs.max(90.0);
    let chip = |name: &str| name.len() as f64 * CHAR + 12.0;
    let queue = rows
        .iter()
        .map(|r| r.queue.iter().map(|q| chip(q) + 6.0).sum::<f64>())
        .fold(HEADER.len() as f64 * CHAR, f64::max)
        + 16.0;
    let state = widest(
        &mut rows
            .iter()
            .flat_map(|r| r.tasks.iter().map(|(t, s)| t.len().max(s.len()))),
    );
    let columns: Vec<f64> = [56.0, runs, queue]
        .into_iter()
        .chain(tasks.iter().map(|_| state.max(110.0)))
        .collect();
    let lefts: Vec<f64> = columns
        .iter()
        .scan(8.0, |x, w| {
            let left = *x;
            *x += w;
            Some(left)
        })
        .collect();
    let width = lefts.last().unwrap_or(&0.0) + columns.last().unwrap_or(&0.0) + 8.0;
    let height = (rows.len() + 1) as f64 * ROW + 16.0;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="queue" role="img" viewBox="0 0 {width:.0} {height:.0}" width="{width:.0}" style="max-width:100%;height:auto" font-family="sans-serif" font-size="12" fill="currentColor"><title>{}</title>"#,
        escape(alt)
    );
    let text = |svg: &mut String, column: usize, y: f64, what: &str, extra: &str| {
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" {extra}>{}</text>"#,
            lefts[column] + 8.0,
            y + ROW / 2.0 + 4.0,
            escape(what)
        );
    };
    let mut header = vec!["step", "runs", HEADER];
    header.extend(tasks.iter().map(String::as_str));
    for (column, name) in header.iter().enumerate() {
        text(&mut svg, column, 8.0, name, r#"font-weight="bold""#);
    }
    for (index, row) in rows.iter().enumerate() {
        let y = 8.0 + (index + 1) as f64 * ROW;
        let _ = write!(
            svg,
            r#"<line x1="8" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="currentColor" stroke-opacity="{}"/>"#,
            width - 8.0,
            if index == 0 { "0.8" } else { "0.3" }
        );
        let ran = row.runs.as_ref().map(|(task, _)| task.as_str());
        let _ = write!(svg, r#"<g class="step" data-step="{}">"#, row.number);
        let number = if row.number == 0 {
            "start".to_owned()
        } else {
            row.number.to_string()
        };
        text(&mut svg, 0, y, &number, "");
        let runs = match &row.runs {
            None => "(none yet)".to_owned(),
            Some((task, by)) if by == "executor" => task.clone(),
            Some((task, by)) => format!("{task}, by {by}"),
        };
        text(
            &mut svg,
            1,
            y,
            &runs,
            if ran.is_some() {
                r#"font-weight="bold""#
            } else {
                ""
            },
        );
        let mut x = lefts[2] + 8.0;
        for queued in &row.queue {
            let w = chip(queued);
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" rx="4" fill="none" stroke="currentColor"/><text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                y + 5.0,
                ROW - 10.0,
                x + w / 2.0,
                y + ROW / 2.0 + 4.0,
                escape(queued)
            );
            x += w + 6.0;
        }
        if row.queue.is_empty() {
            text(&mut svg, 2, y, "(empty)", r#"opacity="0.6""#);
        }
        for (column, task) in tasks.iter().enumerate() {
            let column = column + 3;
            let state = row
                .tasks
                .iter()
                .find(|(t, _)| t == task)
                .map(|(_, s)| s.as_str());
            // The cell of the task that ran in this step is tinted, as its bars are in
            // the sequence diagrams.
            if ran == Some(task.as_str()) {
                let _ = write!(
                    svg,
                    r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{ROW}" class="ran" fill="currentColor" fill-opacity="0.12"/>"#,
                    lefts[column], y, columns[column]
                );
            }
            text(&mut svg, column, y, state.unwrap_or("–"), "");
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    Ok(svg)
}
