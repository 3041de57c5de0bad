use super::exercise::*;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use step03_pinball::Pinball;

/// The whole game as the talk's caller plays it, and how many turns the caller took.
fn game(turns: u32, target: u32) -> (String, u32) {
    let table = Rc::new(RefCell::new(Vec::new()));
    let mut coro = Pinball::new(pinball_until(turns, target, Rc::clone(&table)));
    let mut mine = 0;
    while coro.play() {
        writeln!(table.borrow_mut(), "My turn to play.").unwrap();
        mine += 1;
    }
    drop(coro);
    let text = String::from_utf8(table.borrow().clone()).unwrap();
    (text, mine)
}

#[test]
fn reaching_the_target_wins_at_once() {
    let expected = "Coro's turn to play.\nMy turn to play.\n\
                    Coro's turn to play.\nCoro wins with 200 points.\n";
    assert_eq!(game(4, 200), (expected.to_string(), 1));
}

#[test]
fn a_target_between_two_scores_is_reached_by_the_higher() {
    let (text, mine) = game(10, 250);
    assert_eq!(text.lines().last(), Some("Coro wins with 300 points."));
    assert_eq!(mine, 2);
}

#[test]
fn out_of_turns_the_coroutine_loses() {
    let expected = "Coro's turn to play.\nMy turn to play.\n\
                    Coro's turn to play.\nMy turn to play.\nCoro loses.\n";
    assert_eq!(game(2, 1000), (expected.to_string(), 2));
}

#[test]
fn the_last_turn_can_still_win() {
    let (text, mine) = game(3, 300);
    assert_eq!(text.lines().last(), Some("Coro wins with 300 points."));
    assert_eq!(mine, 2);
}
