use super::exercise::*;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use step01_function::{ELECTRONIC, RAP};
use step03_pinball::waker::{counting_waker, wakes};
use step05_awaiter::Song;

/// What became of a future run the way an executor runs a task.
#[derive(Debug, PartialEq)]
enum Run<T> {
    /// Ready at this poll.
    Ready(T, u32),
    /// Pending at this poll, and nobody woke it: an executor would never poll it again.
    Asleep(u32),
}

/// A waker that notes that it was woken.
struct Flag(AtomicBool);

impl Wake for Flag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Polls `future` once, then again only if its waker was woken since the last poll (as an
/// executor does), until it is ready or asleep; at most 10 polls, so that nothing hangs.
fn run<F: Future>(future: F) -> Run<F::Output> {
    let woken = Arc::new(Flag(AtomicBool::new(false)));
    let waker = Waker::from(Arc::clone(&woken));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    for polls in 1..=10 {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return Run::Ready(value, polls);
        }
        if !woken.0.swap(false, Ordering::SeqCst) {
            return Run::Asleep(polls);
        }
    }
    panic!("woken 10 times and still not ready");
}

/// When the producer of a `RacingStudio` hands its song over, in the middle of the
/// awaiter's own calls, as a producer on another thread could.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Moment {
    /// Inside `take_song`, once it has found nothing.
    AfterTheLook,
    /// Inside `keep_waker`, before it keeps the waker.
    BeforeTheKeeping,
}

/// A studio whose producer hands a song over at a chosen moment, once: the race a second
/// thread makes by chance, made on purpose.
struct RacingStudio {
    song: Cell<Option<Song>>,
    waker: RefCell<Option<Waker>>,
    /// The song the producer will hand over, at `moment`.
    late: Cell<Option<Song>>,
    moment: Moment,
}

impl RacingStudio {
    fn new(moment: Moment) -> Self {
        Self {
            song: Cell::new(None),
            waker: RefCell::new(None),
            late: Cell::new(None),
            moment,
        }
    }

    /// The producer will hand `song` over at the next `moment`.
    fn arm(&self, song: Song) {
        self.late.set(Some(song));
    }

    fn hand_over_now(&self, moment: Moment) {
        if moment != self.moment {
            return;
        }
        if let Some(song) = self.late.take() {
            self.song.set(Some(song));
            let waker = self.waker.borrow_mut().take();
            if let Some(waker) = waker {
                waker.wake();
            }
        }
    }
}

impl Studio for RacingStudio {
    fn take_song(&self) -> Option<Song> {
        let song = self.song.take();
        self.hand_over_now(Moment::AfterTheLook);
        song
    }

    fn keep_waker(&self, waker: &Waker) {
        self.hand_over_now(Moment::BeforeTheKeeping);
        *self.waker.borrow_mut() = Some(waker.clone());
    }
}

#[test]
fn a_song_handed_over_before_the_news_ends_is_played_at_once() {
    let booth = Booth::default();
    booth.hand_over(RAP[3]);
    assert_eq!(run(after_the_news(&booth)), Run::Ready(RAP[3], 1));
}

#[test]
fn the_hand_over_wakes_the_waiting_body() {
    let booth = Booth::default();
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    let mut body = pin!(async { after_the_news(&booth).await });
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(wakes(&counter), 0);
    booth.hand_over(ELECTRONIC[3]);
    assert_eq!(wakes(&counter), 1);
    assert_eq!(body.as_mut().poll(&mut cx), Poll::Ready(ELECTRONIC[3]));
}

#[test]
fn a_hand_over_just_after_the_look_still_wakes_the_body() {
    let studio = RacingStudio::new(Moment::AfterTheLook);
    studio.arm(ELECTRONIC[2]);
    // Looked, found nothing, and the song came: only a waker kept before the look
    // hears it.
    assert_eq!(run(after_the_news(&studio)), Run::Ready(ELECTRONIC[2], 2));
}

#[test]
fn a_hand_over_just_before_the_keeping_is_found_by_the_look() {
    let studio = RacingStudio::new(Moment::BeforeTheKeeping);
    studio.arm(RAP[1]);
    // The song came while no waker was kept: only a look after the keeping finds it.
    assert_eq!(run(after_the_news(&studio)), Run::Ready(RAP[1], 1));
}

#[test]
fn moved_to_another_task_the_late_song_wakes_the_new_one() {
    let studio = RacingStudio::new(Moment::AfterTheLook);
    let (old, old_waker) = counting_waker();
    let (new, new_waker) = counting_waker();
    let mut body = pin!(after_the_news(&studio));
    let got = body.as_mut().poll(&mut Context::from_waker(&old_waker));
    assert_eq!(got, Poll::Pending);
    // Polled next by another task; the song comes in the middle of that poll.
    studio.arm(ELECTRONIC[0]);
    let got = body.as_mut().poll(&mut Context::from_waker(&new_waker));
    assert_eq!(got, Poll::Pending);
    assert_eq!((wakes(&old), wakes(&new)), (0, 1), "the new task is woken");
    let got = body.as_mut().poll(&mut Context::from_waker(&new_waker));
    assert_eq!(got, Poll::Ready(ELECTRONIC[0]));
}

#[test]
fn a_producer_on_another_thread_wakes_the_body() {
    let booth = Booth::default();
    let (counter, waker) = counting_waker();
    let mut body = pin!(after_the_news(&booth));
    let got = body.as_mut().poll(&mut Context::from_waker(&waker));
    assert_eq!(got, Poll::Pending);
    // The producer's thread, joined before the test looks: the wake is counted by then.
    std::thread::scope(|scope| {
        scope.spawn(|| booth.hand_over(RAP[0]));
    });
    assert_eq!(wakes(&counter), 1);
    let got = body.as_mut().poll(&mut Context::from_waker(&waker));
    assert_eq!(got, Poll::Ready(RAP[0]));
}
