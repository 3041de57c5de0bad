use super::*;

const TRACE: &str = "\
caller create radio
caller resume radio
radio yield \"Public Enemy -> Fight The Power\"
caller print \"Public Enemy -> Fight The Power\"
caller resume radio
radio return
caller destroy radio
";

#[test]
fn a_line_is_an_actor_a_verb_and_maybe_an_object_and_a_text() {
    let events =
        parse("caller resume radio\nradio yield \"a b\"\ntask2 wake task1 -> queue\n")
            .unwrap();
    let event =
        |actor: &str, verb: &str, object: Option<&str>, text: Option<&str>| Event {
            actor: actor.into(),
            verb: verb.into(),
            object: object.map(Into::into),
            text: text.map(Into::into),
        };
    assert_eq!(
        events,
        [
            event("caller", "resume", Some("radio"), None),
            event("radio", "yield", None, Some("\"a b\"")),
            event("task2", "wake", Some("task1"), Some("-> queue")),
        ]
    );
    assert_eq!(
        parse("caller\n").unwrap_err(),
        "line 1: \"caller\" is not `<actor> <verb> …`"
    );
}

#[test]
fn the_radio_has_two_lanes_and_a_row_per_event() {
    let svg = svg(TRACE, "The radio, resumed twice", "two").unwrap();
    assert!(svg.starts_with("<svg "), "{svg}");
    assert!(svg.contains("<title>The radio, resumed twice</title>"));
    assert_eq!(svg.matches(r#"<g class="lane""#).count(), 2);
    assert_eq!(svg.matches(r#"<g class="event""#).count(), 7);
    // The yield goes back to the caller, dashed; the value is escaped.
    assert!(
        svg.contains(r#"class="back" stroke-dasharray="4 3"/><text"#),
        "{svg}"
    );
    // Coloured without the book's CSS too: no style sheet of its own, no background.
    assert!(
        !svg.contains("<style") && !svg.contains("<rect width"),
        "{svg}"
    );
    assert!(
        svg.contains("yield &quot;Public Enemy -&gt; Fight The Power&quot;"),
        "{svg}"
    );
    // Inline in a page: no blank line (it would end the HTML block) and no background.
    assert!(!svg.contains("\n\n") && !svg.contains("background"));
    // The radio ran twice, from each resume to its yield or return: two bars.
    assert_eq!(svg.matches(r#"class="bar""#).count(), 2);
}

#[test]
fn the_drivers_come_first_and_a_suspension_ends_every_bar_above_it() {
    let trace = "\
caller create outer
executor resume outer
outer await inner
executor resume inner
inner return
inner transfer outer
";
    let svg = svg(trace, "a", "b").unwrap();
    let lanes: Vec<_> = svg
        .match_indices(r#"<g class="lane" data-lane=""#)
        .map(|(at, found)| svg[at + found.len()..].split('"').next().unwrap())
        .collect();
    assert_eq!(lanes, ["caller", "executor", "outer", "inner"]);
    // outer runs from its resume until the executor acts again; inner from the await to
    // the same place (a zero-height bar is not drawn), then from its resume to its return.
    assert_eq!(svg.matches(r#"class="bar""#).count(), 2, "{svg}");
}

#[test]
fn a_stackful_suspension_stops_every_level_and_a_resume_switches_them_all_back() {
    // Step 9: the inner, two plain calls down, suspends the whole stack to the caller;
    // the resume brings outer, middle1 and inner back, so the inner returns to middle1.
    let trace = "\
caller resume outer
outer call middle1
middle1 call inner
inner suspend caller
caller resume outer
inner return
middle1 return
outer return
";
    let svg = svg(trace, "a", "b").unwrap();
    let (arrow, lane) = (|row| arrow(&svg, row), |name| lane(&svg, name));
    assert_eq!(arrow(3), (lane("inner"), lane("caller")), "{svg}");
    assert_eq!(arrow(5), (lane("inner"), lane("middle1")), "{svg}");
    assert_eq!(arrow(6), (lane("middle1"), lane("outer")), "{svg}");
    // Before the suspension all three run; after the resume all three run again.
    assert_eq!(svg.matches(r#"class="bar""#).count(), 6, "{svg}");
}

#[test]
fn a_suspension_at_the_bottom_of_an_await_chain_suspends_the_chain_to_the_caller() {
    // Step 6 at depth 2: the inner's suspension goes back past middle1 and outer to the
    // caller; the next resume goes down to it again, so it returns to middle1, not outer.
    let trace = "\
caller resume outer
outer await middle1
middle1 await inner
inner suspend
caller resume outer
inner return
middle1 suspend
caller resume outer
middle1 return
outer return
";
    let svg = svg(trace, "a", "b").unwrap();
    let (arrow, lane) = (|row| arrow(&svg, row), |name| lane(&svg, name));
    assert_eq!(arrow(3), (lane("inner"), lane("caller")), "{svg}");
    assert_eq!(arrow(5), (lane("inner"), lane("middle1")), "{svg}");
    assert_eq!(arrow(6), (lane("middle1"), lane("caller")), "{svg}");
    assert_eq!(arrow(8), (lane("middle1"), lane("outer")), "{svg}");
    assert_eq!(arrow(9), (lane("outer"), lane("caller")), "{svg}");
    // outer, middle1 and inner from the first resume to the suspension; all three from
    // the second to middle1's; outer and middle1 from the third to outer's return.
    assert_eq!(svg.matches(r#"class="bar""#).count(), 8, "{svg}");
}

/// The x of where the arrow of event `row` starts and ends.
fn arrow(svg: &str, row: usize) -> (usize, usize) {
    let event = format!(r#"data-event="{row}""#);
    let at = svg.find(&event).unwrap();
    let line = &svg[at..];
    let line = &line[line.find("<line").unwrap()..];
    let x = |attribute: &str| {
        let from = line.find(attribute).unwrap() + attribute.len();
        line[from..]
            .split('"')
            .next()
            .unwrap()
            .parse::<usize>()
            .unwrap()
    };
    (x(r#"x1=""#), x(r#"x2=""#))
}

/// The x of lane `name`'s line.
fn lane(svg: &str, name: &str) -> usize {
    let at = svg.find(&format!(r#"data-lane="{name}""#)).unwrap();
    let text = &svg[at..];
    let from = text.find(r#"x1=""#).unwrap() + 4;
    text[from..]
        .split('"')
        .next()
        .unwrap()
        .parse::<usize>()
        .unwrap()
}

#[test]
fn the_same_trace_gives_the_same_picture() {
    assert_eq!(svg(TRACE, "a", "a").unwrap(), svg(TRACE, "a", "a").unwrap());
}

#[test]
fn frames_are_read_from_frame_size_lines_and_drawn_to_one_scale() {
    let cpp = parse_frames("frame: 56 bytes\n").unwrap();
    let rust = parse_frames("frame outer: 48 bytes\nframe inner: 24 bytes\n").unwrap();
    assert_eq!(cpp, [(String::new(), 56)]);
    assert_eq!(rust, [("outer".into(), 48), ("inner".into(), 24)]);
    assert_eq!(
        parse_frames("frames: 5\n").unwrap_err(),
        "\"frames: 5\" is not `frame[ NAME]: N bytes`"
    );
    let svg = frames_svg(&[("C++", cpp), ("Rust", rust)], "Frames");
    assert!(
        svg.starts_with("<svg ") && svg.contains("<title>Frames</title>"),
        "{svg}"
    );
    assert!(
        svg.contains(">56 bytes<") && svg.contains(">outer: 48 bytes<"),
        "{svg}"
    );
    assert!(svg.contains(">72 bytes in all<"), "{svg}");
    // 72 bytes is the tallest column: 180 px; 56 bytes is 140 px.
    assert!(svg.contains(r#"height="140.0""#), "{svg}");
}

#[test]
fn what_a_frame_holds_is_a_note_beside_its_lane_and_changes_no_turn() {
    let trace = "caller resume radio\nradio holds \"song 1 of 2\"\nradio yield \"a\"\n";
    let svg = svg(trace, "a", "h").unwrap();
    assert!(
        svg.contains(r#"class="holds" font-style="italic" opacity="0.75">holds &quot;song 1 of 2&quot;</text>"#),
        "{svg}"
    );
    // One bar, from the resume to the yield; the yield goes back to the caller.
    assert_eq!(svg.matches(r#"class="bar""#).count(), 1, "{svg}");
    assert!(
        svg.contains(r#"data-verb="yield" data-running="caller""#),
        "{svg}"
    );
}

/// Step 7's trace, without its prints: outer awaits inner, which gives up its turn once.
const EXECUTOR: &str = "\
caller create outer
executor queue outer
executor resume outer
outer create inner
executor queue inner
outer await inner
executor resume inner
executor queue inner
inner suspend
executor resume inner
inner return
inner transfer outer
executor queue outer
executor resume outer
outer return
";

#[test]
fn a_queue_event_is_a_note_beside_the_executor_and_changes_no_turn() {
    let svg = svg(EXECUTOR, "a", "q").unwrap();
    assert!(
        svg.contains(
            r#"class="queue" font-style="italic" opacity="0.75">queue inner</text>"#
        ),
        "{svg}"
    );
    // No arrow for it: outer runs from its resume to its await, unbroken by the queueing
    // of inner; then inner twice, then outer.
    assert_eq!(svg.matches(r#"class="bar""#).count(), 4, "{svg}");
    assert!(
        svg.contains(r#"data-verb="queue" data-running="outer""#),
        "{svg}"
    );
}

/// `(from, to, event, count)` of each transition, in order.
fn taken(trace: &str, actor: &str) -> Vec<(State, State, String, usize)> {
    transitions(&parse(trace).unwrap(), actor)
        .into_iter()
        .map(|t| (t.from, t.to, t.event, t.count))
        .collect()
}

#[test]
fn the_radio_s_states_and_how_often_each_transition_is_taken() {
    let trace = TRACE.replace(
        "caller resume radio\nradio return",
        "caller resume radio\nradio yield \"b\"\ncaller resume radio\nradio return",
    );
    use State::*;
    let t = |from, to, event: &str, count| (from, to, event.to_owned(), count);
    assert_eq!(
        taken(&trace, "radio"),
        [
            t(Start, Created, "create", 1),
            t(Created, Running, "resume", 1),
            t(Running, Yielded, "yield", 2),
            t(Yielded, Running, "resume", 2),
            t(Running, Returned, "return", 1),
            t(Returned, Destroyed, "destroy", 1),
        ]
    );
    let svg = picture(
        Some("states"),
        Some("radio"),
        &trace,
        "The radio's states",
        "s",
    )
    .unwrap();
    assert!(
        svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" class="states""#),
        "{svg}"
    );
    assert!(
        svg.contains("<title>The radio&apos;s states</title>")
            || svg.contains("<title>The radio's states</title>")
    );
    for shown in [
        ">created<",
        ">suspended at its start<",
        ">running<",
        ">at a yield<",
        ">returned<",
        ">destroyed<",
        ">yield ×2<",
        ">resume ×2<",
        ">destroy ×1<",
    ] {
        assert!(svg.contains(shown), "{shown} in {svg}");
    }
    assert_eq!(svg.matches(r#"<g class="state""#).count(), 5, "{svg}");
    assert_eq!(svg.matches(r#"<g class="transition""#).count(), 6, "{svg}");
    // The page's colours, no background, no style sheet, no blank line.
    assert!(
        !svg.contains("<style") && !svg.contains("background") && !svg.contains("\n\n")
    );
    assert!(
        !svg.contains("fill=\"#") && !svg.contains("stroke=\"#"),
        "{svg}"
    );
}

#[test]
fn a_resume_that_only_goes_down_to_the_awaited_one_loops_on_the_await() {
    // Step 6: the caller's resumes of outer run inner, until inner is done.
    let trace = "\
caller create outer
caller resume outer
outer create inner
outer await inner
inner suspend
caller resume outer
inner suspend
caller resume outer
inner return
outer return
caller destroy outer
";
    use State::*;
    let t = |from, to, event: &str, count| (from, to, event.to_owned(), count);
    assert_eq!(
        taken(trace, "outer"),
        [
            t(Start, Created, "create", 1),
            t(Created, Running, "resume", 1),
            t(Running, Awaiting, "await inner", 1),
            t(Awaiting, Awaiting, "resume → inner", 1),
            t(Awaiting, Running, "resume", 1),
            t(Running, Returned, "return", 1),
            t(Returned, Destroyed, "destroy", 1),
        ]
    );
    // inner is never resumed itself: it runs from the await, then inside outer's resumes.
    assert_eq!(
        taken(trace, "inner"),
        [
            t(Start, Created, "create", 1),
            t(Created, Running, "via outer await inner", 1),
            t(Running, Suspended, "suspend", 2),
            t(Suspended, Running, "via caller resume outer", 2),
            t(Running, Returned, "return", 1),
        ]
    );
}

#[test]
fn a_yield_s_own_suspend_a_give_and_a_transfer_keep_the_state() {
    use State::*;
    let t = |from, to, event: &str, count| (from, to, event.to_owned(), count);
    // Step 5: the yield's awaiter suspends, and the caller gives the score in between.
    let trace = "caller resume radio\nradio yield \"a\"\nradio suspend\ncaller give radio \"8\"\ncaller resume radio\nradio return\n";
    assert_eq!(
        taken(trace, "radio"),
        [
            t(Start, Running, "resume", 1),
            t(Running, Yielded, "yield", 1),
            t(Yielded, Yielded, "suspend", 1),
            t(Yielded, Yielded, "give", 1),
            t(Yielded, Running, "resume", 1),
            t(Running, Returned, "return", 1),
        ]
    );
    // Step 7 with direct wakes: inner, done, hands control to outer and resumes it.
    let steps = taken(
        "executor resume inner\ninner return\ninner transfer outer\ninner resume outer\n",
        "inner",
    );
    assert_eq!(
        steps[2..],
        [t(Returned, Returned, "transfer outer", 1)],
        "{steps:?}"
    );
    let svg = picture(Some("states"), Some("radio"), trace, "a", "l").unwrap();
    assert!(
        svg.contains(">suspend ×1<") && svg.contains(">give ×1<"),
        "{svg}"
    );
}

#[test]
fn the_executor_s_table_has_the_queue_and_every_task_s_state_after_each_step() {
    let rows = steps(&parse(EXECUTOR).unwrap());
    let row = |step: &Step| {
        let runs = step.runs.as_ref().map(|(task, _)| task.clone());
        let tasks: Vec<String> = step
            .tasks
            .iter()
            .map(|(t, s)| format!("{t}: {s}"))
            .collect();
        (step.number, runs, step.queue.join(" "), tasks.join(", "))
    };
    let rows: Vec<_> = rows.iter().map(row).collect();
    assert_eq!(
        rows,
        [
            (0, None, "outer".into(), "outer: queued".into()),
            (
                1,
                Some("outer".into()),
                "inner".into(),
                "outer: waiting for inner, inner: queued".into()
            ),
            (
                2,
                Some("inner".into()),
                "inner".into(),
                "outer: waiting for inner, inner: queued".into()
            ),
            (
                3,
                Some("inner".into()),
                "outer".into(),
                "outer: queued, inner: done".into()
            ),
            (
                4,
                Some("outer".into()),
                "".into(),
                "outer: done, inner: done".into()
            ),
        ]
    );
    let svg = picture(Some("queue"), None, EXECUTOR, "The executor", "t").unwrap();
    assert!(
        svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" class="queue""#)
            && svg.contains("<title>The executor</title>"),
        "{svg}"
    );
    assert_eq!(svg.matches(r#"<g class="step""#).count(), 5, "{svg}");
    assert!(
        svg.contains(">waiting for inner<") && svg.contains(">(empty)<"),
        "{svg}"
    );
    // The cell of the task that ran, once per step.
    assert_eq!(svg.matches(r#"class="ran""#).count(), 4, "{svg}");
    assert!(!svg.contains("<style") && !svg.contains("background"));
}

#[test]
fn a_task_resumed_by_another_takes_nothing_from_the_queue() {
    // Step 7 with direct wakes: inner's wake polls outer inside inner's step.
    let trace = EXECUTOR.replace(
        "inner transfer outer\nexecutor queue outer\nexecutor resume outer\n",
        "inner transfer outer\ninner resume outer\n",
    );
    let rows = steps(&parse(&trace).unwrap());
    let last = &rows[4];
    assert_eq!(last.runs, Some(("outer".into(), "inner".into())));
    assert!(
        rows[3].queue.is_empty() && last.queue.is_empty(),
        "{rows:?}"
    );
    let svg = picture(Some("queue"), None, &trace, "a", "d").unwrap();
    assert!(svg.contains(">outer, by inner<"), "{svg}");
}

#[test]
fn a_picture_is_a_sequence_diagram_unless_its_kind_says_otherwise() {
    assert_eq!(picture(None, None, TRACE, "a", "a"), svg(TRACE, "a", "a"));
    for (kind, actor) in [
        (Some("states"), None),
        (Some("queue"), Some("radio")),
        (Some("timeline"), None),
        (None, Some("radio")),
    ] {
        assert!(
            picture(kind, actor, TRACE, "a", "a").is_err(),
            "{kind:?} {actor:?}"
        );
    }
    assert_eq!(
        picture(Some("states"), Some("pinball"), TRACE, "a", "a").unwrap_err(),
        "no event of the trace is about \"pinball\""
    );
    assert!(picture(Some("queue"), None, "caller print \"a\"\n", "a", "a").is_err());
}
