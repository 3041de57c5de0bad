//! A poll is not a resume. C++ resumes one coroutine, by its handle, when it means to;
//! Rust polls a whole tree of futures from its root, and may poll any of them again for
//! reasons of its own. These tests poll the awaiter when no one has resumed it, and run
//! the body beside another future in one `join!`, as real async code does; beside them,
//! the awaiter this step first had, which took its second poll for the resume.

mod common;

use common::{Shared, TALKS_SHOW, counting_waker, score, speaker, text, wakes};
use std::future::{Future, IntoFuture};
use std::io::{self, Write};
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use step01_function::engine::DefaultRandomEngine;
use step05_awaiter::{
    AwaitScore, Listener, OnAir, Promise, Score, Style, announce, broadcast, play,
};

const CHIME: &str = "Orbital -> Chime";

// ANCHOR: counts_polls
/// The counter-example: an awaiter that decides from how often it was polled. Its first
/// poll suspends (it polls the real awaiter, which puts the song on air and keeps the
/// waker); it takes any later poll for the resume.
struct CountsPolls<'p> {
    first: AwaitScore<'p>,
    promise: &'p Promise,
    polled: bool,
}

impl<'p> CountsPolls<'p> {
    fn new(on_air: OnAir<'p>, promise: &'p Promise) -> Self {
        let first = on_air.into_future();
        Self {
            first,
            promise,
            polled: false,
        }
    }
}

impl Future for CountsPolls<'_> {
    type Output = Option<Score>;

    // ANCHOR: counts_polls_poll
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Score>> {
        if !self.polled {
            self.polled = true;
            return Pin::new(&mut self.first).poll(cx); // Pending
        }
        Poll::Ready(self.promise.score()) // wrong: a second poll is not a resume
    }
    // ANCHOR_END: counts_polls_poll
}
// ANCHOR_END: counts_polls

// ANCHOR: spurious
#[test]
fn polls_without_a_resume_leave_the_awaiter_where_it_is() {
    let promise = Rc::new(Promise::default());
    let listener = Listener::new(Rc::clone(&promise));
    let mut cx = Context::from_waker(Waker::noop());

    let mut right = pin!(listener.play(CHIME).into_future());
    for _ in 0..100 {
        assert_eq!(right.as_mut().poll(&mut cx), Poll::Pending);
    }
    promise.give_score(score(8));
    for _ in 0..100 {
        assert_eq!(
            right.as_mut().poll(&mut cx),
            Poll::Pending,
            "scored, not moved on"
        );
    }
    promise.move_on();
    assert_eq!(right.as_mut().poll(&mut cx), Poll::Ready(Some(score(8))));

    let mut wrong = pin!(CountsPolls::new(listener.play(CHIME), &promise));
    assert_eq!(wrong.as_mut().poll(&mut cx), Poll::Pending);
    // Nobody scored, nobody moved on: the body goes on all the same.
    assert_eq!(wrong.as_mut().poll(&mut cx), Poll::Ready(None));
}
// ANCHOR_END: spurious

// ANCHOR: latest_waker
#[test]
fn the_waker_of_the_latest_poll_is_the_one_woken() {
    let promise = Rc::new(Promise::default());
    let listener = Listener::new(Rc::clone(&promise));
    let (old, old_waker) = counting_waker();
    let (new, new_waker) = counting_waker();

    let mut on_air = pin!(listener.play(CHIME).into_future());
    assert_eq!(
        on_air.as_mut().poll(&mut Context::from_waker(&old_waker)),
        Poll::Pending
    );
    // The body moved to another task, say: the next poll brings another waker.
    assert_eq!(
        on_air.as_mut().poll(&mut Context::from_waker(&new_waker)),
        Poll::Pending
    );
    promise.move_on();
    assert_eq!((wakes(&old), wakes(&new)), (0, 1));
}
// ANCHOR_END: latest_waker

// ANCHOR: listener_beside
/// The talk's `main()` as a future of its own, beside the body in one task. Before
/// each song it takes a moment (`yield_now`: it wakes its task and returns `Pending`
/// once, so tokio polls the whole `join!` again, the body too); then it prints the
/// song on air, scores it and moves on.
async fn listener_beside(promise: &Promise, speaker: &Shared, songs: u32) {
    for _ in 0..songs {
        tokio::task::yield_now().await;
        let Some(song) = promise.on_air() else { break };
        writeln!(speaker.borrow_mut(), "{song}").unwrap();
        promise.give_score(score(10));
        promise.move_on();
    }
}
// ANCHOR_END: listener_beside

// ANCHOR: joined
/// Runs `body` and the listener in one `join!` on a one-thread runtime, and returns
/// what both printed. `biased`: each poll of the join polls the body first, then the
/// listener.
fn joined(
    body: impl Future<Output = io::Result<()>>,
    promise: &Promise,
    speaker: &Shared,
) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let (shown, ()) = runtime.block_on(async {
        tokio::join!(biased; body, listener_beside(promise, speaker, 7))
    });
    shown.unwrap();
    text(speaker)
}
// ANCHOR_END: joined

// ANCHOR: join
#[test]
fn in_a_join_the_body_prints_what_it_prints_alone() {
    let mut alone = Vec::new();
    play(Style::Rap, 7, score(10), &mut alone).unwrap();
    assert_eq!(String::from_utf8(alone).unwrap(), TALKS_SHOW);

    let (promise, speaker) = (Rc::new(Promise::default()), speaker());
    let listener = Listener::new(Rc::clone(&promise));
    let body = broadcast(Style::Rap, 7, Rc::clone(&speaker), listener);
    assert_eq!(joined(body, &promise, &speaker), TALKS_SHOW);
}

#[test]
fn in_a_join_the_counter_example_goes_on_before_the_first_song_is_heard() {
    let (promise, speaker) = (Rc::new(Promise::default()), speaker());
    let listener = Listener::new(Rc::clone(&promise));
    // `broadcast`, awaiting CountsPolls instead of the OnAir itself.
    let body = async {
        let mut engine = DefaultRandomEngine::default();
        for _ in 0..7 {
            let on_air = listener.play(Style::Rap.pick(&mut engine));
            let score = CountsPolls::new(on_air, &promise).await;
            announce(&speaker, score)?;
        }
        Ok(())
    };
    // The join's second poll is the listener's moment, not a resume; the body takes it
    // for one, and the first song goes by unheard and unscored.
    let expected = TALKS_SHOW.replacen(
        "Public Enemy -> Fight The Power\nThe previous track scored 10\n",
        "The previous track was not scored\n",
        1,
    );
    assert_eq!(joined(body, &promise, &speaker), expected);
}
// ANCHOR_END: join
