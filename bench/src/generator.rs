//! Step 2's generator, genawaiter's `rc::Gen`, yielding numbers; and the same body on
//! `sync::Gen`, the flavour whose generator is `Send`.
//!
//! The two differ only in the airlock, the cell through which a yielded value travels
//! from the body to `resume()`: `Rc<Cell<…>>` in `rc`, `Arc<Mutex<…>>` in `sync`. A
//! resume goes through the airlock a few times each way, so `sync` pays a lock and an
//! unlock each time.

use genawaiter::GeneratorState;
use genawaiter::{rc, sync};
use std::future::Future;

// ANCHOR: rc
/// The numbers `0..n`, one per resume, as step 2 yields songs.
pub fn rc_station(n: u64) -> rc::Gen<u64, (), impl Future<Output = ()>> {
    rc::Gen::new(move |co| async move {
        for i in 0..n {
            co.yield_(i).await;
        }
    })
}

/// The caller: resume until the body completes, add up what it yields.
pub fn sum_rc(n: u64) -> u64 {
    let mut station = rc_station(n);
    let mut total = 0;
    while let GeneratorState::Yielded(i) = station.resume() {
        total += i;
    }
    total
}
// ANCHOR_END: rc

// ANCHOR: sync
/// The same body on `sync::Gen`: only the module changes.
pub fn sync_station(n: u64) -> sync::Gen<u64, (), impl Future<Output = ()>> {
    sync::Gen::new(move |co| async move {
        for i in 0..n {
            co.yield_(i).await;
        }
    })
}
// ANCHOR_END: sync

/// [`sum_rc`] on [`sync_station`].
pub fn sum_sync(n: u64) -> u64 {
    let mut station = sync_station(n);
    let mut total = 0;
    while let GeneratorState::Yielded(i) = station.resume() {
        total += i;
    }
    total
}

/// `rc`'s body frame, which `Gen` boxes (the airlock, an `Rc<Cell<…>>`, is a second
/// allocation).
pub fn rc_bytes() -> usize {
    frame_of_rc(&rc_station(0))
}

/// `sync`'s body frame.
pub fn sync_bytes() -> usize {
    frame_of_sync(&sync_station(0))
}

/// The body's type has no name to write, but a generic function is handed it.
fn frame_of_rc<Y, R, F: Future>(_: &rc::Gen<Y, R, F>) -> usize {
    size_of::<F>()
}

fn frame_of_sync<Y, R, F: Future>(_: &sync::Gen<Y, R, F>) -> usize {
    size_of::<F>()
}
