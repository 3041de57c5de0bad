use super::exercise::*;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use step03_pinball::Pinball;
use step06_nested::PollCount;

/// A cup of `rounds` rounds whose game has `turns` turns, played by the talk's caller:
/// the transcript, and how many frames each resume polled.
fn play(rounds: u32, turns: u32) -> (String, Vec<u64>) {
    let table = Rc::new(RefCell::new(Vec::new()));
    let polls = PollCount::default();
    let mut coro = Pinball::new(round(rounds, turns, Rc::clone(&table), &polls));
    let mut per_resume = Vec::new();
    loop {
        let before = polls.get();
        let going = coro.play();
        per_resume.push(polls.get() - before);
        if !going {
            break;
        }
        writeln!(table.borrow_mut(), "My turn to play.").unwrap();
    }
    assert!(coro.take_error().is_none());
    drop(coro);
    let text = String::from_utf8(table.borrow().clone()).unwrap();
    (text, per_resume)
}

#[test]
fn the_final_waits_for_the_semi_final_which_waits_for_the_game() {
    let expected = "\
Round 3 waits for round 2.
Round 2 waits for round 1.
Coro's turn to play.
My turn to play.
Coro's turn to play.
My turn to play.
Coro loses.
Round 2 is over.
Round 3 is over.
";
    assert_eq!(play(3, 2).0, expected);
}

#[test]
fn every_resume_polls_every_round() {
    // Two turns, three resumes: each goes down from round 3 to the game.
    assert_eq!(play(3, 2).1, [3, 3, 3]);
}

#[test]
fn a_turn_costs_one_poll_per_round() {
    for rounds in [1, 2, 5, 20] {
        let (_, per_resume) = play(rounds, 4);
        let expected = vec![u64::from(rounds); 5];
        assert_eq!(per_resume, expected, "{rounds} rounds");
    }
}

#[test]
fn a_cup_of_one_round_is_the_game_itself() {
    let expected = "Coro's turn to play.\nMy turn to play.\nCoro loses.\n";
    assert_eq!(play(1, 1), (expected.to_string(), vec![1, 1]));
}

#[test]
fn a_game_without_turns_ends_the_whole_cup_in_one_resume() {
    let expected = "\
Round 2 waits for round 1.
Coro loses.
Round 2 is over.
";
    assert_eq!(play(2, 0), (expected.to_string(), vec![2]));
}
