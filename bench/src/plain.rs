//! A plain nested chain of `async fn`s: the outer awaits the level below it, which awaits
//! the next, down to the inner that hands out the numbers. No box, no counter: each level
//! is an `async` body whose future holds the next level's future inside its own, so the
//! whole chain is one value, nested state machines `DEPTH + 1` deep.
//!
//! A level is a type, so that the depth is fixed when the chain is compiled (stable Rust
//! cannot write `level::<{ D - 1 }>`): [`Inner`] hands out the numbers, [`Up<L>`] awaits
//! `L`. The caller polls the outer through [`black_box`], so a resume stays an indirect
//! call into code LLVM may not fold into the caller's loop; inside it, LLVM may inline one
//! level's poll into the next, and each level still looks at its own state on every poll.

use std::cell::Cell;
use std::hint::black_box;
use std::marker::PhantomData;
use std::pin::{Pin, pin};
use std::task::{Context, Waker};
use step03_pinball::SuspendAlways;

// ANCHOR: plain
/// One level of the chain (a type with no data: `'static`).
pub trait Level: 'static {
    /// The level's body: the future the level above awaits.
    fn run(n: u64, slot: &Cell<u64>) -> impl Future<Output = ()> + '_;
}

/// The bottom of the chain: puts `i` where the caller looks, suspends, next.
pub struct Inner;

/// A level that only awaits `L`, the one below it.
pub struct Up<L>(PhantomData<L>);

impl Level for Inner {
    async fn run(n: u64, slot: &Cell<u64>) {
        for i in 0..n {
            slot.set(i);
            SuspendAlways::new().await;
        }
    }
}

impl<L: Level> Level for Up<L> {
    async fn run(n: u64, slot: &Cell<u64>) {
        L::run(n, slot).await;
    }
}

/// The caller: the chain pinned on its stack; each resume is a poll of the outer, called
/// through `black_box`, which polls the level below, … down to the inner.
pub fn sum<L: Level>(n: u64) -> u64 {
    let slot = Cell::new(0);
    let chain: Pin<&mut dyn Future<Output = ()>> = pin!(L::run(n, &slot));
    let mut chain = black_box(chain);
    let mut cx = Context::from_waker(Waker::noop());
    let mut total = 0;
    while chain.as_mut().poll(&mut cx).is_pending() {
        total += slot.get();
    }
    total
}
// ANCHOR_END: plain

/// The chains the bench measures, each as plain functions of this crate: so a chain's
/// type, 65 levels deep at most, is laid out here, under this crate's `recursion_limit`,
/// and not again in every crate that calls it.
macro_rules! depths {
    ($($depth:literal: $chain:ty, $sum:ident, $bytes:ident;)*) => {$(
        #[doc = concat!("[`sum`] of the chain of depth ", $depth, ".")]
        pub fn $sum(n: u64) -> u64 {
            sum::<$chain>(n)
        }
        #[doc = concat!("[`frame_bytes`] of the chain of depth ", $depth, ".")]
        pub fn $bytes() -> usize {
            frame_bytes::<$chain>()
        }
    )*};
}

depths! {
    1: Depth1, sum_1, bytes_1;
    4: Depth4, sum_4, bytes_4;
    16: Depth16, sum_16, bytes_16;
    64: Depth64, sum_64, bytes_64;
}

/// Four levels above `L`.
pub type Up4<L> = Up<Up<Up<Up<L>>>>;
/// Sixteen levels above `L`.
pub type Up16<L> = Up4<Up4<Up4<Up4<L>>>>;

/// A chain of depth 1: the outer and the inner.
pub type Depth1 = Up<Inner>;
/// A chain of depth 4: the outer, three middles, the inner.
pub type Depth4 = Up4<Inner>;
/// A chain of depth 16.
pub type Depth16 = Up16<Inner>;
/// A chain of depth 64.
pub type Depth64 = Up16<Up16<Up16<Up16<Inner>>>>;

/// The whole chain's future: every level's state, nested.
pub fn frame_bytes<L: Level>() -> usize {
    size_of_val(&L::run(0, &Cell::new(0)))
}
