use super::exercise::*;
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;
use step03_pinball::Pinball;

/// The whole tournament as the caller plays it: the text, and how many turns it took.
fn play(games: Vec<u32>) -> (String, u32) {
    let table = Rc::new(RefCell::new(Vec::new()));
    let mut coro = Pinball::new(tournament(games, Rc::clone(&table)));
    let mut mine = 0;
    while coro.play() {
        writeln!(table.borrow_mut(), "My turn to play.").unwrap();
        mine += 1;
    }
    assert!(coro.take_error().is_none());
    drop(coro);
    let text = String::from_utf8(table.borrow().clone()).unwrap();
    (text, mine)
}

#[test]
fn the_caller_plays_at_every_turn_of_every_game() {
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
    assert_eq!(play(vec![2, 1]), (expected.to_string(), 3));
}

#[test]
fn a_game_without_turns_does_not_suspend_the_tournament() {
    let expected = "\
Game 1 of 3 starts.
Coro loses.
Game 2 of 3 starts.
Coro's turn to play.
My turn to play.
Coro loses.
Game 3 of 3 starts.
Coro loses.
Coro leaves the table.
";
    assert_eq!(play(vec![0, 1, 0]), (expected.to_string(), 1));
}

#[test]
fn the_caller_gets_as_many_turns_as_all_the_games_together() {
    let (text, mine) = play(vec![3, 5, 2, 4]);
    assert_eq!(mine, 3 + 5 + 2 + 4);
    assert_eq!(text.matches("Coro loses.").count(), 4);
    assert_eq!(text.lines().last(), Some("Coro leaves the table."));
}

#[test]
fn without_games_coro_leaves_at_once() {
    assert_eq!(play(vec![]), ("Coro leaves the table.\n".to_string(), 0));
}

#[test]
fn a_game_that_breaks_the_table_ends_the_tournament_with_its_error() {
    // Room for "Game 1 of 2 starts.\n" and one "Coro's turn to play.\n": the game's
    // second turn does not fit.
    let table = Rc::new(RefCell::new(io::Cursor::new([0u8; 20 + 21])));
    let mut coro = Pinball::new(tournament(vec![3, 3], Rc::clone(&table)));
    assert!(coro.play());
    assert!(!coro.play(), "the game's error ends the tournament");
    let kind = coro.take_error().map(|error| error.kind());
    assert_eq!(kind, Some(io::ErrorKind::WriteZero));
}
