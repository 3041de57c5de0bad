//! `--hint`, `--solution` and `reset` on a fixture exercise: hints one at a time,
//! remembered; the solution, or the starter over the learner's file, only on a yes.

use super::super::catalog::Id;
use super::super::progress::Progress;
use super::super::{attempt, help};
use super::fixtures::{self, SOLUTION, STARTER, TempDir};

fn id(text: &str) -> Id {
    text.parse().unwrap()
}

#[test]
fn hints_come_one_at_a_time_and_the_last_one_repeats() {
    let temp = TempDir::new("hints");
    let learner = fixtures::learner(&temp);
    let hint = || {
        let mut out = Vec::new();
        help::hint(&learner, &learner.exercises[0], &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let again = "`cargo xtask exercise 1.1 --hint` again shows hint 2 of 2.";
    let last = "That was the last hint; `cargo xtask exercise 1.1 --solution` shows the solution.";
    assert_eq!(hint(), format!("Hint 1 of 2 for exercise 1.1:\n\nHint number 1.\n\n{again}\n"));
    assert_eq!(hint(), format!("Hint 2 of 2 for exercise 1.1:\n\nHint number 2.\n\n{last}\n"));
    assert_eq!(hint(), format!("Hint 2 of 2 for exercise 1.1:\n\nHint number 2.\n\n{last}\n"));
    assert_eq!(Progress::load(&learner.progress_file()).hints_shown(id("1.1")), 2);
}

#[test]
fn the_solution_is_shown_only_on_yes() {
    let temp = TempDir::new("solution-shown");
    let learner = fixtures::learner(&temp);
    let exercise = &learner.exercises[0];
    let answer = |typed: &str, yes: bool| {
        let mut out = Vec::new();
        help::solution(exercise, yes, &mut typed.as_bytes(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let ask = "Show the solution to exercise 1.1? It gives the exercise away. [y/N] ";
    let no = "Not shown. `cargo xtask exercise 1.1 --hint` gives a smaller push.\n";
    let path = format!("{}/exercises/step01-function/1.1-count/solution.rs", temp.path().display());
    let shown = format!("The solution to exercise 1.1 ({path}):\n\n{SOLUTION}");
    assert_eq!(answer("n\n", false), format!("{ask}{no}"));
    assert_eq!(answer("", false), format!("{ask}\n{no}"));
    assert_eq!(answer(" Yes\n", false), format!("{ask}{shown}"));
    assert_eq!(answer("", true), shown);
}

#[test]
fn reset_puts_the_starter_back_only_on_yes() {
    let temp = TempDir::new("reset");
    let learner = fixtures::learner(&temp);
    fixtures::write_files(&learner.dir, &[("step01-function/1.1-count.rs", SOLUTION)]);
    let file = format!("{}/workshop/step01-function/1.1-count.rs", temp.path().display());
    let reset = |typed: &str, yes: bool| {
        let mut out = Vec::new();
        attempt::reset(&learner, &learner.exercises[0], yes, &mut typed.as_bytes(), &mut out)
            .unwrap();
        (String::from_utf8(out).unwrap(), std::fs::read_to_string(&file).unwrap())
    };
    let ask = format!("Overwrite {file} with the starter? Your work in it is lost. [y/N] ");
    let kept = format!("Not reset: {file} is as it was.\n");
    let done = format!("{file} is the starter again: cargo xtask exercise 1.1\n");
    assert_eq!(reset("no\n", false), (format!("{ask}{kept}"), SOLUTION.to_owned()));
    assert_eq!(reset("", false), (format!("{ask}\n{kept}"), SOLUTION.to_owned()));
    assert_eq!(reset("y\n", false), (format!("{ask}{done}"), STARTER.to_owned()));
    std::fs::write(&file, SOLUTION).unwrap();
    assert_eq!(reset("", true), (done, STARTER.to_owned()));
}

/// What the confirmation reads from `input`: the answer, and how many bytes it took.
fn answer_and_bytes_read(input: &[u8]) -> (Option<Vec<u8>>, usize) {
    let mut rest = input;
    let answer = help::read_answer(&mut rest).unwrap();
    (answer, input.len() - rest.len())
}

#[test]
fn the_answer_is_one_short_line() {
    assert_eq!(answer_and_bytes_read(b"yes\nmore"), (Some(b"yes".to_vec()), 4));
    assert_eq!(answer_and_bytes_read(b"y"), (Some(b"y".to_vec()), 1));
    assert_eq!(answer_and_bytes_read(b""), (None, 0));
    // 63 characters and the newline still fit; one more is a line too long to be a yes.
    let spaced = [vec![b' '; 62], b"y\n".to_vec()].concat();
    assert_eq!(answer_and_bytes_read(&spaced).1, 64);
    let long = [vec![b' '; 63], b"y\nyes\n".to_vec()].concat();
    assert_eq!(answer_and_bytes_read(&long), (Some(Vec::new()), 65));
}

#[test]
fn an_endless_line_is_read_only_so_far_and_is_a_no() {
    // 10 MiB of zeros, the start of `</dev/zero`: 64 bytes of answer, 64 KiB skipped.
    let zeros = vec![0; 10 << 20];
    assert_eq!(answer_and_bytes_read(&zeros), (Some(Vec::new()), 64 + (64 << 10)));
    // A 1 MiB line and then a yes: the long line is the answer, and it is a no.
    let long = [vec![b'a'; 1 << 20], b"\ny\n".to_vec()].concat();
    assert_eq!(answer_and_bytes_read(&long), (Some(Vec::new()), 64 + (64 << 10)));

    let temp = TempDir::new("solution-endless");
    let learner = fixtures::learner(&temp);
    let mut out = Vec::new();
    help::solution(&learner.exercises[0], false, &mut &zeros[..], &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "Show the solution to exercise 1.1? It gives the exercise away. [y/N] \
         Not shown. `cargo xtask exercise 1.1 --hint` gives a smaller push.\n"
    );
}
