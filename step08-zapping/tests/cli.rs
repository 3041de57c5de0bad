//! The binary as a listener meets it: every show, and its refusals.

use assert_cmd::Command;

fn zapping() -> Command {
    Command::cargo_bin("step08-zapping").unwrap()
}

fn shown(args: &[&str]) -> String {
    let output = zapping().args(args).assert().success().stderr("");
    String::from_utf8(output.get_output().stdout.clone()).unwrap()
}

// ANCHOR: zap
/// Without arguments, six rounds: each goes to the station whose song comes first, and
/// electronic's song, raced and dropped, is kept for its minute (7, then 14).
#[test]
fn without_arguments_it_zaps_six_rounds_and_no_song_is_lost() {
    assert_eq!(
        shown(&[]),
        "\
zap: 6 rounds, the first song wins each
0:03 rap: Public Enemy -> Fight The Power
0:06 rap: Public Enemy -> Fight The Power
0:07 electronic: Front 242 -> No Shuffle
0:09 rap: Beastie Boys -> Sabotage
0:12 rap: Ice Cube -> It was a good day
0:14 electronic: Front 242 -> No Shuffle
zap: over at 0:14
"
    );
    assert_eq!(shown(&["zap"]), shown(&[]));
}
// ANCHOR_END: zap

// ANCHOR: careless
/// The careless wait keeps its song in its own frame: each lost race drops the song, so
/// electronic, always 7 minutes away when a round starts, is never heard.
#[test]
fn a_careless_wait_loses_the_song_of_every_race_it_loses() {
    let careless = shown(&["zap", "--careless"]);
    let lost: Vec<&str> = careless
        .lines()
        .filter(|l| l.ends_with("never handed over"))
        .collect();
    assert_eq!(lost.len(), 6, "{careless}");
    assert_eq!(
        lost[0],
        "  electronic: \"Front 242 -> No Shuffle\" lost, never handed over"
    );
    assert!(!careless.contains(" electronic: Front"), "{careless}");
    assert!(careless.ends_with("0:18 rap: Public Enemy -> Fight The Power\n  electronic: \"Front 242 -> No Shuffle\" lost, never handed over\nzap: over at 0:18\n"), "{careless}");
}
// ANCHOR_END: careless

#[test]
fn join_plays_both_shows_to_the_end_interleaved_by_minute() {
    assert_eq!(
        shown(&["join"]),
        "\
join: rap and electronic, 3 songs each
0:03 rap: Public Enemy -> Fight The Power
0:06 rap: Public Enemy -> Fight The Power
0:07 electronic: Front 242 -> No Shuffle
0:09 rap: Beastie Boys -> Sabotage
0:09 rap: off air
0:14 electronic: Front 242 -> No Shuffle
0:21 electronic: Underworld -> Born Slippy
0:21 electronic: off air
join: both shows over at 0:21
"
    );
}

// ANCHOR: select
/// The first song wins the race; electronic's show is dropped then, mid-show, and its
/// guard's destructor is what says so.
#[test]
fn select_keeps_the_first_song_and_drops_the_other_show() {
    assert_eq!(
        shown(&["select"]),
        "\
select: rap against electronic, 1 song each
0:03 rap: Public Enemy -> Fight The Power
0:03 rap: off air
select: rap ended first, at 0:03
0:03 electronic: off air
"
    );
}
// ANCHOR_END: select

#[test]
fn timeout_cuts_electronic_off_at_the_top_of_the_hour() {
    let timeout = shown(&["timeout"]);
    let lines: Vec<&str> = timeout.lines().collect();
    assert_eq!(lines.len(), 11, "{timeout}");
    assert_eq!(lines[8], "0:56 electronic: Orbital -> Chime");
    assert_eq!(
        lines[9..],
        ["1:00 the top of the hour", "1:00 electronic: off air"]
    );
}

#[test]
fn the_merged_streams_give_the_songs_the_joined_shows_give() {
    for songs in ["1", "3", "6"] {
        let stream = shown(&["stream", "--songs", songs]);
        let join = shown(&["join", "--songs", songs]);
        let songs_of = |show: &str| -> Vec<String> {
            show.lines()
                .filter(|l| l.starts_with(char::is_numeric) && !l.ends_with("off air"))
                .map(String::from)
                .collect()
        };
        assert_eq!(songs_of(&stream), songs_of(&join), "--songs {songs}");
        assert_eq!(songs_of(&stream).len(), 2 * songs.parse::<usize>().unwrap());
    }
}

#[test]
fn the_trace_says_who_starts_each_wait_who_ends_it_and_who_is_dropped() {
    let trace = shown(&["select", "--trace"]);
    assert_eq!(
        trace,
        "\
caller print \"select: rap against electronic, 1 song each\"
listener resume rap
rap holds \"Public Enemy -> Fight The Power at minute 3\"
rap suspend
listener resume electronic
electronic holds \"Front 242 -> No Shuffle at minute 7\"
electronic suspend
clock resume rap
rap return \"Public Enemy -> Fight The Power\"
rap transfer listener
caller print \"0:03 rap: Public Enemy -> Fight The Power\"
listener resume rap
rap return
rap transfer listener
caller print \"0:03 rap: off air\"
caller print \"select: rap ended first, at 0:03\"
listener destroy electronic
caller print \"0:03 electronic: off air\"
"
    );
    assert_eq!(shown(&["--trace", "select"]), trace);
}

#[test]
fn bad_input_is_refused_in_one_line_with_exit_code_2() {
    let refusals: [(&[&str], &str); 6] = [
        (&["zap", "--rounds", "7"], "7 is not in 1..=6"),
        (&["zap", "--rounds", "0"], "0 is not in 1..=6"),
        (&["join", "--songs", "03"], "leading zero"),
        (&["stream", "--songs", "-1"], "-1 is not in 1..=6"),
        (&["timeout", "--songs", "3"], "--songs"),
        (&["skip"], "skip"),
    ];
    for (args, reason) in refusals {
        coro_cli::testing::assert_refused(zapping().args(args).output().unwrap(), reason);
    }
}

#[test]
fn a_reader_that_leaves_and_an_output_that_fails_are_handled() {
    coro_cli::testing::assert_quiet_when_the_reader_leaves(
        std::process::Command::new(env!("CARGO_BIN_EXE_step08-zapping")).arg("timeout"),
    );
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        env!("CARGO_BIN_EXE_step08-zapping").as_ref(),
        "step08-zapping",
        Some(&[]),
    );
}
