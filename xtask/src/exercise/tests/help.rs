//! `--hint` and `--solution` on a fixture exercise: hints one at a time, remembered; the
//! solution only on a yes.

use super::super::catalog::Id;
use super::super::help;
use super::super::progress::Progress;
use super::fixtures::{self, SOLUTION, TempDir};

fn id(text: &str) -> Id {
    text.parse().unwrap()
}

#[test]
fn hints_come_one_at_a_time_and_the_last_one_repeats() {
    let temp = TempDir::new("hints");
    let workshop = fixtures::workshop(&temp);
    let hint = || {
        let mut out = Vec::new();
        help::hint(&workshop, &workshop.exercises[0], &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let again = "`cargo xtask exercise 1.1 --hint` again shows hint 2 of 2.";
    let last = "That was the last hint; `cargo xtask exercise 1.1 --solution` shows the solution.";
    assert_eq!(
        hint(),
        format!("Hint 1 of 2 for exercise 1.1:\n\nHint number 1.\n\n{again}\n")
    );
    assert_eq!(
        hint(),
        format!("Hint 2 of 2 for exercise 1.1:\n\nHint number 2.\n\n{last}\n")
    );
    assert_eq!(
        hint(),
        format!("Hint 2 of 2 for exercise 1.1:\n\nHint number 2.\n\n{last}\n")
    );
    assert_eq!(
        Progress::load(&workshop.progress_file()).hints_shown(id("1.1")),
        2
    );
}

#[test]
fn the_solution_is_shown_only_on_yes() {
    let temp = TempDir::new("solution-shown");
    let workshop = fixtures::workshop(&temp);
    let exercise = &workshop.exercises[0];
    let answer = |typed: &str, yes: bool| {
        let mut out = Vec::new();
        help::solution(exercise, yes, &mut typed.as_bytes(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let ask = "Show the solution to exercise 1.1? It gives the exercise away. [y/N] ";
    let no = "Not shown. `cargo xtask exercise 1.1 --hint` gives a smaller push.\n";
    let path = format!(
        "{}/exercises/step01-function/1.1-count/solution.rs",
        temp.path().display()
    );
    let shown = format!("The solution to exercise 1.1 ({path}):\n\n{SOLUTION}");
    assert_eq!(answer("n\n", false), format!("{ask}{no}"));
    assert_eq!(answer("", false), format!("{ask}\n{no}"));
    assert_eq!(answer(" Yes\n", false), format!("{ask}{shown}"));
    assert_eq!(answer("", true), shown);
}
