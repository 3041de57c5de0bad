//! The learner's loop on a fixture exercise: start, run (failing, wrong, done, not
//! compiling), list. Runs build the fixture with cargo, as a learner's do.

use super::super::catalog::Id;
use super::super::progress::{Progress, Run, fingerprint};
use super::super::{attempt, list};
use super::fixtures::{self, SOLUTION, STARTER, TempDir, WRONG};

fn id(text: &str) -> Id {
    text.parse().unwrap()
}

/// `attempt::run` on exercise 1.1 after writing `mine` as the learner's file: what it
/// printed, and its error if any.
fn run_with(temp: &TempDir, mine: &str) -> (String, Result<(), String>) {
    let learner = fixtures::learner(temp);
    fixtures::write_files(&learner.dir, &[("step01-function/1.1-count.rs", mine)]);
    let mut out = Vec::new();
    let result = attempt::run(&learner, &learner.exercises[0], false, &mut out);
    (String::from_utf8(out).unwrap(), result.map_err(|err| err.to_string()))
}

/// The first two lines of a run's output.
fn header(temp: &TempDir) -> String {
    let tmp = temp.path().display();
    format!(
        "Exercise 1.1: Count the songs\nTesting {tmp}/workshop/step01-function/1.1-count.rs \
         with {tmp}/exercises/step01-function/1.1-count/tests.rs\n\n"
    )
}

#[test]
fn a_starter_is_reported_failing_with_the_way_to_a_hint() {
    let temp = TempDir::new("starter");
    let (out, result) = run_with(&temp, STARTER);
    let at =
        format!("    at {}/workshop/step01-function/1.1-count.rs:6:5\n", temp.path().display());
    let todo = "    not yet implemented (a `todo!()` is still there)\n";
    let expected =
        format!("✗ rap_has_four_songs\n{at}{todo}✗ electronic_has_four_songs_too\n{at}{todo}");
    assert_eq!(out, header(&temp) + &expected);
    let advice = "`cargo xtask exercise 1.1 --hint` shows hint 1 of 2";
    assert_eq!(result, Err(format!("1.1 is not done yet: 2 of 2 tests fail; {advice}")));
}

#[test]
fn a_wrong_answer_shows_expected_and_got() {
    let temp = TempDir::new("wrong");
    let (out, result) = run_with(&temp, WRONG);
    let tests = format!("{}/exercises/step01-function/1.1-count/tests.rs", temp.path().display());
    let expected = format!(
        "✗ rap_has_four_songs\n    at {tests}:6:5\n    expected: 4\n         got: 3\n\
         ✗ electronic_has_four_songs_too\n    at {tests}:11:5\n    electronic\n    expected: 4\n         got: 3\n"
    );
    assert_eq!(out, header(&temp) + &expected);
    assert!(result.unwrap_err().starts_with("1.1 is not done yet: 2 of 2 tests fail; "));
}

#[test]
fn a_solution_is_reported_done_and_listed_done() {
    let temp = TempDir::new("solution");
    let (out, result) = run_with(&temp, SOLUTION);
    let done = "1.1 is done: all 2 tests pass. `cargo xtask exercise list` shows what is next.";
    let expected = format!("✓ rap_has_four_songs\n✓ electronic_has_four_songs_too\n\n{done}\n");
    assert_eq!(out, header(&temp) + &expected);
    assert_eq!(result, Ok(()));
    let progress = Progress::load(&temp.path().join("workshop/.progress"));
    let run = Run { passed: true, fingerprint: fingerprint(SOLUTION.as_bytes()) };
    assert_eq!(progress.runs.get(&id("1.1")), Some(&run));
}

#[test]
fn a_file_that_does_not_compile_shows_the_compilers_messages() {
    let temp = TempDir::new("broken");
    let (out, result) = run_with(&temp, "pub fn songs() -> usize {\n    \"four\"\n}\n");
    assert!(out.starts_with(&header(&temp)), "{out}");
    assert!(out.contains("error[E0308]: mismatched types\n"), "{out}");
    assert!(!out.contains("to rerun pass"), "{out}");
    let advice = "`cargo xtask exercise 1.1 --hint` shows hint 1 of 2";
    let why = "the compiler's messages are above";
    assert_eq!(result, Err(format!("1.1 does not compile yet ({why}); {advice}")));
}

#[test]
fn running_before_start_says_to_start() {
    let temp = TempDir::new("unstarted");
    let learner = fixtures::learner(&temp);
    let err = attempt::run(&learner, &learner.exercises[0], false, &mut Vec::new()).unwrap_err();
    let file = format!("{}/workshop/step01-function/1.1-count.rs", temp.path().display());
    assert_eq!(
        err.to_string(),
        format!("{file} does not exist: `cargo xtask exercise start` copies it")
    );
}

#[test]
fn start_copies_the_starters_and_never_overwrites_the_learners_files() {
    let temp = TempDir::new("start");
    let learner = fixtures::learner(&temp);
    let mine = "// my own work\n";
    fixtures::write_files(&learner.dir, &[("step01-function/1.2-count-again.rs", mine)]);
    let mut out = Vec::new();
    attempt::start(&learner, &mut out).unwrap();
    let dir = format!("{}/workshop/step01-function", temp.path().display());
    let next = "Read target/book/step01-function.html (`cargo xtask book` builds it), then run: cargo xtask exercise 1.1";
    assert_eq!(
        String::from_utf8(out).unwrap(),
        format!(
            "copied {dir}/1.1-count.rs\nkept   {dir}/1.2-count-again.rs (your work)\n\n{next}\n"
        )
    );
    let read = |file: &str| std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
    assert_eq!(read("1.1-count.rs"), STARTER);
    assert_eq!(read("1.2-count-again.rs"), mine);
    // A second start keeps everything, the copied starter included.
    let mut again = Vec::new();
    attempt::start(&learner, &mut again).unwrap();
    let list = "`cargo xtask exercise list` shows where you stand.";
    assert_eq!(
        String::from_utf8(again).unwrap(),
        format!(
            "kept   {dir}/1.1-count.rs (your work)\nkept   {dir}/1.2-count-again.rs (your work)\n\n{list}\n"
        )
    );
}

#[test]
fn list_gives_each_exercise_its_status_under_its_chapter() {
    let temp = TempDir::new("list");
    let learner = fixtures::learner(&temp);
    let title = crate::workspace::chapter_title(&learner.root, "step01-function");
    let listed = |learner| {
        let mut out = Vec::new();
        list::list(learner, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let heading = format!("{title} (read target/book/step01-function.html)\n");
    let page = format!("file://{}/target/book/step01-function.html", learner.root.display());
    let link = |id: &str| format!("        {page}#exercise-{id}-count-the-songs\n");
    let (one, two) = (link("11"), link("12"));
    // Whether the book is built is the repository's business, not this test's.
    let listed = |learner| -> String {
        let text = listed(learner);
        text.replace(" The links work once `cargo xtask book` has built the book.", "")
    };
    let start = "First run `cargo xtask exercise start`: it copies the starters into workshop/.";
    assert_eq!(
        listed(&learner),
        format!(
            "{heading}  1.1   not started     Count the songs\n{one}  1.2   not started     Count the songs\n{two}\n0 of 2 done. {start}\n"
        )
    );
    fixtures::write_files(
        &learner.dir,
        &[
            ("step01-function/1.1-count.rs", SOLUTION),
            ("step01-function/1.2-count-again.rs", WRONG),
        ],
    );
    assert!(listed(&learner).contains("  1.1   edited, run it  Count the songs\n"));
    let mut progress = Progress::default();
    progress
        .runs
        .insert(id("1.1"), Run { passed: true, fingerprint: fingerprint(SOLUTION.as_bytes()) });
    progress
        .runs
        .insert(id("1.2"), Run { passed: false, fingerprint: fingerprint(WRONG.as_bytes()) });
    progress.save(&learner.progress_file()).unwrap();
    assert_eq!(
        listed(&learner),
        format!(
            "{heading}  1.1   done            Count the songs\n{one}  1.2   failing         Count the songs\n{two}\n1 of 2 done. Next: cargo xtask exercise 1.2\n"
        )
    );
}

#[test]
fn a_panic_in_the_learners_code_shows_its_place_and_message() {
    let temp = TempDir::new("panics");
    let mine = "use step01_function::Style;\n\npub fn songs(style: Style) -> usize {\n    \
                panic!(\"no {style:?} songs\")\n}\n";
    let (out, result) = run_with(&temp, mine);
    let at =
        format!("    at {}/workshop/step01-function/1.1-count.rs:4:5\n", temp.path().display());
    let expected = format!(
        "✗ rap_has_four_songs\n{at}    no Rap songs\n\
         ✗ electronic_has_four_songs_too\n{at}    no Electronic songs\n"
    );
    assert_eq!(out, header(&temp) + &expected);
    assert!(result.unwrap_err().starts_with("1.1 is not done yet: 2 of 2 tests fail; "));
}
