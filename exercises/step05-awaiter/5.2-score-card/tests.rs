use super::exercise::*;
use std::future::{Future, IntoFuture};
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use step01_function::{ELECTRONIC, RAP};
use step03_pinball::waker::{counting_waker, wakes};
use step05_awaiter::{NotAScore, Score};

const CHIME: &str = ELECTRONIC[2];

fn score(points: u8) -> Score {
    Score::new(points).unwrap()
}

#[test]
fn a_card_filled_in_beforehand_is_read_without_suspending() {
    let card = ScoreCard::default();
    card.give(7);
    let mut cx = Context::from_waker(Waker::noop());
    // One poll runs the whole body: the `.await` did not stop it.
    let body = pin!(async { card.ask(CHIME).await });
    assert_eq!(body.poll(&mut cx), Poll::Ready(Ok(score(7))));
    assert_eq!(card.asked(), Some(CHIME));
    assert_eq!(card.points(), None, "taken: the points count once");
}

#[test]
fn an_empty_card_suspends_the_body_until_points_are_given() {
    let card = ScoreCard::default();
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    let mut body = pin!(async { card.ask(CHIME).await });
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(card.asked(), Some(CHIME));
    assert_eq!(wakes(&counter), 0);
    card.give(4);
    assert_eq!(wakes(&counter), 1);
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Ready(Ok(score(4))));
    assert_eq!(card.points(), None);
}

/// Polls `body` to its end, the listener writing the next of `late` on the card each time
/// the body stops; the body's value, and how many polls that took.
fn listen_late<T>(
    card: &ScoreCard,
    body: impl Future<Output = T>,
    late: &[u8],
) -> (T, usize) {
    let mut body = pin!(body);
    let mut cx = Context::from_waker(Waker::noop());
    let mut late = late.iter();
    for polls in 1..=10 {
        match body.as_mut().poll(&mut cx) {
            Poll::Ready(value) => return (value, polls),
            Poll::Pending => card.give(
                *late
                    .next()
                    .expect("the body waits, but no score is left to give"),
            ),
        }
    }
    panic!("still not done after 10 polls");
}

#[test]
fn a_body_stops_only_at_the_questions_it_has_no_points_for() {
    let card = ScoreCard::default();
    card.give(8); // the first song is scored before it is asked about
    let body = async {
        let first = card.ask(RAP[0]).await;
        let second = card.ask(RAP[0]).await;
        let third = card.ask(RAP[3]).await;
        [first, second, third]
    };
    let (scores, polls) = listen_late(&card, body, &[6, 9]);
    assert_eq!(scores, [Ok(score(8)), Ok(score(6)), Ok(score(9))]);
    // Two stops, so three polls: the first question did not stop the body.
    assert_eq!(polls, 3);
    assert_eq!(card.asked(), Some(RAP[3]));
}

#[test]
fn nothing_is_asked_before_the_question_is_awaited() {
    let card = ScoreCard::default();
    let question = card.ask(CHIME);
    assert_eq!(card.asked(), None, "ask() alone asks nothing");
    let mut awaiter = pin!(question.into_future());
    assert_eq!(card.asked(), Some(CHIME));
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(awaiter.as_mut().poll(&mut cx), Poll::Pending);
}

#[test]
fn points_above_ten_are_refused() {
    let card = ScoreCard::default();
    let mut cx = Context::from_waker(Waker::noop());
    // Written beforehand: refused at once.
    card.give(11);
    let body = pin!(async { card.ask(CHIME).await });
    assert_eq!(body.poll(&mut cx), Poll::Ready(Err(NotAScore)));
    assert_eq!(card.points(), None, "taken, even refused");
    // Written while the body waits: refused at the resume.
    let mut body = pin!(async { card.ask(CHIME).await });
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Pending);
    card.give(242);
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Ready(Err(NotAScore)));
}

#[test]
fn a_poll_without_points_waits_again_with_the_newer_waker() {
    let card = ScoreCard::default();
    let (first, first_waker) = counting_waker();
    let (second, second_waker) = counting_waker();
    let mut body = pin!(async { card.ask(CHIME).await });
    let mut cx = Context::from_waker(&first_waker);
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Pending);
    // Polled again before any points: still nothing to read.
    let mut cx = Context::from_waker(&second_waker);
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Pending);
    card.give(10);
    assert_eq!((wakes(&first), wakes(&second)), (0, 1));
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Ready(Ok(score(10))));
}
