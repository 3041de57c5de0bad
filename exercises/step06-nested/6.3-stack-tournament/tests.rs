use super::exercise::*;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use step06_nested::{CallStack, PollCount};

/// One resume, as the caller sees it: `play()`'s answer, the stack's height after it, and
/// how many frames it polled.
type Resume = (bool, usize, u64);

/// The whole tournament as the caller plays it on the stack: the text, and every resume.
fn play(games: Vec<u32>) -> (String, Vec<Resume>) {
    let table = Rc::new(RefCell::new(Vec::new()));
    let polls = PollCount::default();
    let mut coro = CallStack::new(tournament(games, Rc::clone(&table), &polls));
    assert_eq!(coro.depth(), 1, "the tournament alone, not started");
    let mut resumes = Vec::new();
    loop {
        let before = polls.get();
        let going = coro.play();
        resumes.push((going, coro.depth(), polls.get() - before));
        if !going {
            break;
        }
        writeln!(table.borrow_mut(), "My turn to play.").unwrap();
    }
    assert!(coro.take_error().is_none());
    drop(coro);
    let text = String::from_utf8(table.borrow().clone()).unwrap();
    (text, resumes)
}

#[test]
fn the_transcript_is_exercise_6_2s() {
    let expected = "\
Game 1 of 2 starts.
Coro's turn to play.
My turn to play.
Coro's turn to play.
My turn to play.
Coro loses.
Game 2 of 2 starts.
Coro's turn to play.
My turn to play.
Coro loses.
Coro leaves the table.
";
    assert_eq!(play(vec![2, 1]).0, expected);
}

#[test]
fn a_turn_in_the_middle_of_a_game_polls_the_game_alone() {
    let expected = [
        // The tournament starts and calls game 1, which plays its first turn.
        (true, 2, 2),
        // Game 1's second turn: the tournament is not polled.
        (true, 2, 1),
        // Game 1 ends; the tournament goes on and calls game 2, which plays a turn.
        (true, 2, 3),
        // Game 2 ends, and so does the tournament: the stack is empty.
        (false, 0, 2),
    ];
    assert_eq!(play(vec![2, 1]).1, expected);
}

#[test]
fn a_long_game_costs_one_poll_per_turn() {
    let (_, resumes) = play(vec![6]);
    let polls: Vec<u64> = resumes.iter().map(|&(_, _, polls)| polls).collect();
    assert_eq!(polls, [2, 1, 1, 1, 1, 1, 2]);
}

#[test]
fn without_games_the_tournament_ends_in_its_first_resume() {
    assert_eq!(
        play(vec![]),
        ("Coro leaves the table.\n".to_string(), vec![(false, 0, 1)])
    );
}
