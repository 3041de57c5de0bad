//! The hand-made pieces, one at a time: the awaiter and what resumes it,
//! `IntoFuture`, the awaiter that does not suspend when the score is there, and what
//! the return object does when the body awaits something else.

use std::cell::RefCell;
use std::future::{Future, IntoFuture};
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

mod common;
use common::{counting_waker, score, wakes};
use step05_awaiter::{AskScore, Listener, Promise, RadioStation, ScoredRadio};

const CHIME: &str = "Orbital -> Chime";

// ANCHOR: two_polls
#[test]
fn the_awaiter_goes_on_when_the_listener_moves_on_not_when_it_is_polled() {
    let promise = Rc::new(Promise::default());
    let listener = Listener::new(Rc::clone(&promise));
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);

    let mut on_air = pin!(listener.play(CHIME).into_future());
    // First poll: await_suspend, await_ready. The song is on air, the body suspended.
    assert_eq!(on_air.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(promise.on_air(), Some(CHIME));
    // The score arrives and wakes the body, but the listener has not moved on yet:
    // the poll that follows is only a poll, and the body stays where it is.
    promise.give_score(score(8));
    assert_eq!(wakes(&counter), 1);
    assert_eq!(on_air.as_mut().poll(&mut cx), Poll::Pending);
    // The listener moves on: that is the resume. The next poll is await_resume.
    promise.move_on();
    assert_eq!(wakes(&counter), 2);
    assert_eq!(on_air.as_mut().poll(&mut cx), Poll::Ready(Some(score(8))));
}
// ANCHOR_END: two_polls

thread_local! {
    /// The body that [`PollAtOnce`] polls: a waker must be `Send`, a body with an
    /// `Rc` is not.
    static BODY: RefCell<Option<Pin<Box<dyn Future<Output = ()>>>>> = RefCell::default();
}

/// A waker that polls the body inside `wake()`, as step 7's `WakeMode::Direct` does.
struct PollAtOnce;

impl Wake for PollAtOnce {
    fn wake(self: Arc<Self>) {
        // What the poll returns shows in the promise; the test reads it there.
        let _ = poll_body();
    }
}

fn poll_body() -> Poll<()> {
    let waker = Waker::from(Arc::new(PollAtOnce));
    BODY.with_borrow_mut(|body| {
        let body = body.as_mut().expect("a body to poll");
        body.as_mut().poll(&mut Context::from_waker(&waker))
    })
}

#[test]
fn a_waker_may_poll_the_body_inside_give_score_and_move_on() {
    let promise = Rc::new(Promise::default());
    let listener = Listener::new(Rc::clone(&promise));
    let heard = Rc::new(RefCell::new(Vec::new()));
    let scores = Rc::clone(&heard);
    BODY.set(Some(Box::pin(async move {
        for song in [CHIME, "Underworld -> Born Slippy"] {
            let score = listener.play(song).await;
            scores.borrow_mut().push(score);
        }
    })));
    assert_eq!(poll_body(), Poll::Pending);
    // The body is polled inside this call, and stays where it is: no one moved on.
    promise.give_score(score(7));
    assert_eq!(*heard.borrow(), []);
    // The body goes on inside this call, to its next stop, which keeps its waker again.
    promise.move_on();
    assert_eq!(*heard.borrow(), [Some(score(7))]);
    assert_eq!(promise.on_air(), Some("Underworld -> Born Slippy"));
    promise.give_score(score(9));
    promise.move_on();
    assert_eq!(*heard.borrow(), [Some(score(7)), Some(score(9))]);
}

// ANCHOR: into_future
#[test]
fn a_song_goes_on_air_only_when_its_on_air_is_awaited() {
    let promise = Rc::new(Promise::default());
    let listener = Listener::new(Rc::clone(&promise));
    let unplayed = listener.play(CHIME);
    assert_eq!(promise.on_air(), None, "play() alone does nothing");
    drop(unplayed);
    let mut cx = Context::from_waker(Waker::noop());
    let mut body = pin!(async { listener.play(CHIME).await });
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(promise.on_air(), Some(CHIME));
}
// ANCHOR_END: into_future

#[test]
fn a_score_given_before_the_song_went_on_air_is_dropped() {
    let promise = Rc::new(Promise::default());
    let listener = Listener::new(Rc::clone(&promise));
    promise.give_score(score(3)); // no song on air yet: there is nothing to score
    let mut cx = Context::from_waker(Waker::noop());
    let mut on_air = pin!(listener.play(CHIME).into_future());
    assert_eq!(on_air.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(promise.score(), None);
    promise.move_on();
    assert_eq!(on_air.as_mut().poll(&mut cx), Poll::Ready(None));
}

// ANCHOR: ask_score
#[test]
fn ask_score_does_not_suspend_when_the_score_is_already_there() {
    let promise = Promise::default();
    promise.give_score(score(9));
    let mut cx = Context::from_waker(Waker::noop());
    // The whole body runs in one poll: awaiting AskScore did not stop it.
    let body = pin!(async { AskScore::new(&promise).await });
    assert_eq!(body.poll(&mut cx), Poll::Ready(Some(score(9))));
    assert_eq!(promise.score(), None, "taken: it counts once");
}

#[test]
fn ask_score_suspends_until_the_score_comes() {
    let promise = Promise::default();
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    let mut body = pin!(async { AskScore::new(&promise).await });
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(
        body.as_mut().poll(&mut cx),
        Poll::Pending,
        "a poll is not a score"
    );
    promise.give_score(score(7));
    assert_eq!(wakes(&counter), 1);
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Ready(Some(score(7))));
}

#[test]
fn ask_score_goes_on_without_a_score_when_the_listener_moves_on() {
    let promise = Promise::default();
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    let mut body = pin!(async { AskScore::new(&promise).await });
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Pending);
    promise.move_on();
    assert_eq!(wakes(&counter), 1);
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Ready(None));
}
// ANCHOR_END: ask_score

// ANCHOR: no_await_transform
/// A future of someone else's, which never completes.
fn elsewhere() -> impl Future<Output = ()> {
    std::future::pending()
}

#[test]
fn a_body_may_await_any_future_and_only_the_return_object_can_object() {
    // Compiles: nothing in Rust restricts what an async body awaits.
    let mut radio = RadioStation::new(|listener| async move {
        listener.play(CHIME).await;
        elsewhere().await;
        Ok(())
    });
    assert!(radio.next_song());
    let panic =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| radio.next_song()));
    let message = panic.unwrap_err().downcast::<&str>().unwrap();
    assert_eq!(
        *message,
        "the radio's body stopped without a song on air: \
         it may await only what its Listener gives it"
    );
    assert!(!radio.next_song(), "finished after the panic");
    assert_eq!(radio.value(), None);
}
// ANCHOR_END: no_await_transform
