//! Reading what is on disk and what libtest prints: ids, exercise folders, test results.

use super::super::catalog::{self, Id};
use super::super::outcome::{self, Panic, TestResult};
use super::fixtures::{self, TempDir};
use coro_cli::Misspelled;

#[test]
fn ids_are_two_numbers_ordered_as_numbers() {
    let id: Id = "1.10".parse().unwrap();
    assert_eq!((id.step, id.number), (1, 10));
    assert!("1.9".parse::<Id>().unwrap() < id);
    assert_eq!(id.to_string(), "1.10");
    // The one way to write a number: no sign, no leading zero, so one id, one spelling.
    for bad in ["1", "1.", ".2", "1.2.3", "a.b", "1.x", "", " 1.2", "1.2 ", "1,2", "4294967296.1"] {
        assert_eq!(bad.parse::<Id>(), Err(None), "{bad:?}");
    }
    for (bad, how) in [
        ("07.1", Misspelled::LeadingZero),
        ("1.01", Misspelled::LeadingZero),
        ("00.1", Misspelled::LeadingZero),
        ("+1.1", Misspelled::Sign),
        ("1.+1", Misspelled::Sign),
        ("-1.1", Misspelled::Sign),
    ] {
        assert_eq!(bad.parse::<Id>(), Err(Some(how)), "{bad:?}");
    }
    assert_eq!("0.10".parse::<Id>(), Ok(Id { step: 0, number: 10 }));
}

#[test]
fn an_exercise_folder_is_read_whole() {
    let temp = TempDir::new("catalog");
    let dir = fixtures::exercise_files(temp.path(), "1.2", "count", 3);
    fixtures::exercise_files(temp.path(), "1.10", "count-more", 1);
    let exercises = catalog::load(&temp.path().join("exercises")).unwrap();
    let ids: Vec<String> = exercises.iter().map(|exercise| exercise.id.to_string()).collect();
    assert_eq!(ids, ["1.2", "1.10"]);
    let exercise = &exercises[0];
    assert_eq!((exercise.slug.as_str(), exercise.step.as_str()), ("count", "step01-function"));
    assert_eq!(exercise.title, "Count the songs");
    assert_eq!(exercise.hints, [1, 2, 3].map(|n| dir.join(format!("hint{n}.md"))));
    assert_eq!(exercise.workshop_file().to_str(), Some("step01-function/1.2-count.rs"));
    assert_eq!(exercise.module(), "ex1_2");
}

/// The error of loading the fixture exercise 1.1 after `spoil` changed its folder.
fn load_error(spoil: impl Fn(&std::path::Path)) -> String {
    let temp =
        TempDir::new(&format!("spoiled-{:?}", std::thread::current().id()).replace(['(', ')'], ""));
    let dir = fixtures::exercise_files(temp.path(), "1.1", "count", 2);
    spoil(&dir);
    let err = catalog::load(&temp.path().join("exercises")).unwrap_err().to_string();
    err.replace(&format!("{}/", temp.path().display()), "")
}

#[test]
fn a_malformed_exercise_folder_is_named_with_what_it_lacks() {
    let remove = |file: &'static str| {
        move |dir: &std::path::Path| std::fs::remove_file(dir.join(file)).unwrap()
    };
    let folder = "exercises/step01-function/1.1-count";
    assert_eq!(load_error(remove("solution.rs")), format!("{folder}: no solution.rs"));
    let hints = "needs hint1.md, then at most hint2.md and hint3.md";
    assert_eq!(load_error(remove("hint1.md")), format!("{folder}: {hints}"));
    let fourth =
        |dir: &std::path::Path| fixtures::write_files(dir, &[("hint3.md", "3"), ("hint4.md", "4")]);
    assert_eq!(load_error(fourth), format!("{folder}: {hints}"));
    let untitled = |dir: &std::path::Path| fixtures::write_files(dir, &[("task.md", "# Count\n")]);
    let heading = "task.md must start with `### Exercise 1.1: <title>`";
    assert_eq!(load_error(untitled), format!("{folder}: {heading}"));
    let moved = |dir: &std::path::Path| {
        fixtures::write_files(dir, &[("task.md", "### Exercise 2.1: Count\n")]);
        std::fs::rename(dir, dir.with_file_name("2.1-count")).unwrap();
    };
    assert_eq!(
        load_error(moved),
        "exercises/step01-function/2.1-count: exercise 2.1 is not in step 1"
    );
}

/// What a test binary printed (Rust 1.95): a test that passed, two the harness reported
/// (a `todo!()`; a mismatch, after a line the test printed), and one that panicked before
/// any assertion put the harness in place, as std's hook printed it.
const LIBTEST: &str = "
running 4 tests
test solutions::ex1_1::tests::zero_songs ... ok
test starters::ex1_1::tests::the_show ... FAILED
test starters::ex1_1::tests::top_song ... FAILED
test starters::ex1_1::tests::unwrapped ... FAILED

failures:

---- starters::ex1_1::tests::top_song stdout ----
a line the test printed

---- starters::ex1_1::tests::unwrapped stdout ----

thread 'starters::ex1_1::tests::unwrapped' (27413) panicked at /w/tests.rs:9:5:
called `Option::unwrap()` on a `None` value
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace


failures:
    starters::ex1_1::tests::the_show
    starters::ex1_1::tests::top_song
    starters::ex1_1::tests::unwrapped

test result: FAILED. 1 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
";

/// What the harness wrote on standard error meanwhile, past libtest's capture.
const STDERR: &str = "\
xtask-exercise test starters::ex1_1::tests::the_show
xtask-exercise at /w/starter.rs:12:5
xtask-exercise todo the show
xtask-exercise test starters::ex1_1::tests::top_song
xtask-exercise at /w/tests.rs:7:5
xtask-exercise note the talk's show
xtask-exercise expected Some((\"Front 242 -> No Shuffle\", 4))
xtask-exercise got Some((\"Orbital -> Chime\", 4))
";

fn reported(facts: &[(&str, &str)]) -> Option<Panic> {
    let facts = facts.iter().map(|(what, text)| (what.to_string(), text.to_string()));
    Some(Panic::Reported(facts.collect()))
}

#[test]
fn test_output_becomes_one_result_per_test() {
    let result = |name: &str, failure| TestResult { name: name.to_owned(), failure };
    let expected = vec![
        result("solutions::ex1_1::tests::zero_songs", None),
        result(
            "starters::ex1_1::tests::the_show",
            reported(&[("at", "/w/starter.rs:12:5"), ("todo", "the show")]),
        ),
        result(
            "starters::ex1_1::tests::top_song",
            reported(&[
                ("at", "/w/tests.rs:7:5"),
                ("note", "the talk's show"),
                ("expected", "Some((\"Front 242 -> No Shuffle\", 4))"),
                ("got", "Some((\"Orbital -> Chime\", 4))"),
            ]),
        ),
        result(
            "starters::ex1_1::tests::unwrapped",
            Some(Panic::Verbatim(vec![
                "thread 'starters::ex1_1::tests::unwrapped' (27413) panicked at /w/tests.rs:9:5:"
                    .into(),
                "called `Option::unwrap()` on a `None` value".into(),
                "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
                    .into(),
            ])),
        ),
    ];
    assert_eq!(outcome::parse(LIBTEST, STDERR), Some(expected));
    // A build that failed printed no test at all.
    assert_eq!(outcome::parse("error[E0308]: mismatched types\n", ""), None);
}

#[test]
fn failures_read_as_expected_and_got() {
    let results = outcome::parse(LIBTEST, STDERR).unwrap();
    let shorten = |text: &str| text.replace("/w/", "");
    let described =
        |index: usize| outcome::describe(results[index].failure.as_ref().unwrap(), &shorten);
    assert_eq!(
        described(1),
        ["at starter.rs:12:5", "not yet implemented: the show (a `todo!()` is still there)"]
    );
    assert_eq!(
        described(2),
        [
            "at tests.rs:7:5",
            "the talk's show",
            "expected: Some((\"Front 242 -> No Shuffle\", 4))",
            "     got: Some((\"Orbital -> Chime\", 4))",
        ]
    );
    // What the harness did not see is shown as it was printed.
    assert_eq!(
        described(3)[..2],
        [
            "thread 'starters::ex1_1::tests::unwrapped' (27413) panicked at tests.rs:9:5:",
            "called `Option::unwrap()` on a `None` value",
        ]
    );
    let facts = [
        ("at", "x.rs:1:1"),
        ("todo", ""),
        ("expected", "two"),
        ("expected", "lines"),
        ("got", "one"),
        ("message", "assertion failed: radio.next_song()"),
    ];
    assert_eq!(
        outcome::describe(&reported(&facts).unwrap(), &shorten),
        [
            "at x.rs:1:1",
            "not yet implemented (a `todo!()` is still there)",
            "expected: two",
            "          lines",
            "     got: one",
            "assertion failed: radio.next_song()",
        ]
    );
}

#[test]
fn an_exercise_may_use_the_step_crates_up_to_its_own() {
    let temp = TempDir::new("step-crates");
    let manifest = "[package]\n";
    fixtures::write_files(
        temp.path(),
        &[
            ("step01-function/Cargo.toml", manifest),
            ("step03-pinball/Cargo.toml", manifest),
            ("step02-generator/README.md", "not a crate"),
            ("xtask/Cargo.toml", manifest),
        ],
    );
    let crates = |last| catalog::step_crates(temp.path(), last).unwrap();
    assert_eq!(crates(2), ["step01-function"]);
    assert_eq!(crates(3), ["step01-function", "step03-pinball"]);
    assert_eq!(crates(0), Vec::<String>::new());
}
