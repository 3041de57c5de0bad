//! Step 9's stackful coroutine, handing out numbers: a corosensei coroutine on a stack of
//! its own (step 9's default, 1 MiB and a guard page), whose body is a plain loop that
//! suspends by calling `yielder.suspend(i)`.
//!
//! Two rows: a resume of one station (`stackful`), and the making of one
//! (`stackful-create`: a station per number, mapped, resumed once and dropped while
//! suspended), beside the same for genawaiter's `rc::Gen` (`genawaiter-rc-create`). A
//! switch of stacks is code LLVM cannot see into, so nothing here needs `black_box`.

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use genawaiter::GeneratorState;
use genawaiter::rc::Gen;
use step09_stackful::price;
use step09_stackful::radio::DEFAULT_STACK;

/// A station's coroutine: it takes nothing on resume, yields a number, returns nothing.
pub type Station = Coroutine<(), u64, (), DefaultStack>;

// ANCHOR: stackful
/// The numbers `from..to`, one per resume, on a stack of its own. Panics if the stack
/// cannot be mapped (the benchmark has no better answer).
pub fn station(from: u64, to: u64) -> Station {
    let stack = DefaultStack::new(DEFAULT_STACK).expect("map a coroutine stack");
    Coroutine::with_stack(stack, move |yielder: &Yielder<(), u64>, ()| {
        for i in from..to {
            yielder.suspend(i);
        }
    })
}

/// The caller: resume until the body returns, add up what it yields.
pub fn sum(n: u64) -> u64 {
    let mut station = station(0, n);
    let mut total = 0;
    while let CoroutineResult::Yield(i) = station.resume(()) {
        total += i;
    }
    total
}
// ANCHOR_END: stackful

// ANCHOR: create
/// One station per number: mapped, resumed once (to its first `suspend`), and dropped
/// while suspended, which unwinds its stack and unmaps it.
pub fn sum_created(n: u64) -> u64 {
    let mut total = 0;
    for i in 0..n {
        let mut station = station(i, n);
        if let CoroutineResult::Yield(first) = station.resume(()) {
            total += first;
        }
    }
    total
}
// ANCHOR_END: create

/// The same for step 2's generator: made, resumed once, dropped while suspended.
pub fn sum_created_rc(n: u64) -> u64 {
    let mut total = 0;
    for i in 0..n {
        if let GeneratorState::Yielded(first) = rc_station(i, n).resume() {
            total += first;
        }
    }
    total
}

/// Step 2's generator handing out `from..to`.
fn rc_station(from: u64, to: u64) -> Gen<u64, (), impl Future<Output = ()>> {
    Gen::new(move |co| async move {
        for i in from..to {
            co.yield_(i).await;
        }
    })
}

/// Its body's frame, which `Gen` boxes.
pub fn rc_bytes() -> usize {
    fn frame<F: Future>(_: &Gen<u64, (), F>) -> usize {
        size_of::<F>()
    }
    frame(&rc_station(0, 0))
}

/// What one station's stack reserves: its mapping, guard page included.
pub fn reserved_bytes() -> usize {
    let stack = DefaultStack::new(DEFAULT_STACK).expect("map a coroutine stack");
    stack.base().get() - stack.limit().get()
}

/// What one station touches: the resident memory a thousand alive at once add, each
/// resumed once, over a thousand (Linux; `None` elsewhere).
pub fn touched_bytes() -> Option<usize> {
    let alive = price::alive(
        1000,
        || station(0, u64::MAX),
        |station| {
            let _ = station.resume(());
        },
    );
    alive.ok().map(|alive| alive.touched_each())
}
