use super::exercise::*;
use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use step01_function::{ELECTRONIC, RAP};
use step03_pinball::SuspendAlways;
use step03_pinball::waker::{counting_waker, wakes};

/// Counts how many times it was dropped.
struct DropCounter(Rc<Cell<u32>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

#[test]
fn a_body_that_stops_only_at_its_deck_plays_its_songs() {
    let mut jukebox = Jukebox::new(|deck| async move {
        for song in [RAP[0], RAP[3], RAP[0]] {
            deck.spin(song).await;
        }
    });
    let got: Vec<_> = (0..5).map(|_| jukebox.next_song()).collect();
    let expected = [
        Ok(Some(RAP[0])),
        Ok(Some(RAP[3])),
        Ok(Some(RAP[0])),
        Ok(None),
        Ok(None),
    ];
    assert_eq!(got, expected);
}

#[test]
fn a_body_that_stops_elsewhere_is_refused_and_dropped_there() {
    let drops = Rc::new(Cell::new(0));
    let held = DropCounter(Rc::clone(&drops));
    let reached = Rc::new(Cell::new(false));
    let after = Rc::clone(&reached);
    // Compiles: nothing in Rust restricts what an async body awaits.
    let mut jukebox = Jukebox::new(|deck| async move {
        let _held = held;
        deck.spin(ELECTRONIC[2]).await;
        SuspendAlways::new().await; // a stop that is not the deck's
        after.set(true);
        deck.spin(ELECTRONIC[3]).await;
    });
    assert_eq!(jukebox.next_song(), Ok(Some(ELECTRONIC[2])));
    assert_eq!(drops.get(), 0);
    assert_eq!(jukebox.next_song(), Err(ForeignAwait));
    assert_eq!(drops.get(), 1, "the refused body is dropped at once");
    assert_eq!(jukebox.next_song(), Ok(None), "and the jukebox is over");
    assert_eq!(reached.get(), false, "nothing after the foreign stop ran");
}

#[test]
fn a_foreign_await_that_does_not_stop_goes_unnoticed() {
    // The jukebox sees stops, not awaits: a future ready at once never stops the body.
    let mut jukebox = Jukebox::new(|deck| async move {
        deck.spin(RAP[1]).await;
        std::future::ready(()).await;
        deck.spin(RAP[2]).await;
    });
    let got: Vec<_> = (0..3).map(|_| jukebox.next_song()).collect();
    assert_eq!(got, [Ok(Some(RAP[1])), Ok(Some(RAP[2])), Ok(None)]);
}

#[test]
fn a_body_that_stops_elsewhere_first_is_refused_at_once() {
    let mut jukebox = Jukebox::new(|deck| async move {
        SuspendAlways::new().await;
        deck.spin(RAP[0]).await;
    });
    assert_eq!(jukebox.next_song(), Err(ForeignAwait));
    assert_eq!(jukebox.next_song(), Ok(None));
}

#[test]
fn a_spin_stops_once_and_wakes_its_waker() {
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    // A deck of our own, to poll a spin by hand: the one a jukebox hands its body.
    let mut kept = None;
    let _jukebox = Jukebox::new(|deck| {
        kept = Some(deck);
        async {}
    });
    let deck = kept.unwrap();
    let mut spin = pin!(deck.spin(ELECTRONIC[1]));
    let polls = [spin.as_mut().poll(&mut cx), spin.as_mut().poll(&mut cx)];
    assert_eq!(polls, [Poll::Pending, Poll::Ready(())]);
    assert_eq!(wakes(&counter), 1);
}
