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
