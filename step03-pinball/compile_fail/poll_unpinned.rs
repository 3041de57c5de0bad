// Compiled as a doctest of step03-pinball that must fail with E0277 (see src/lib.rs).
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Waker};

fn main() {
    let table = Rc::new(RefCell::new(Vec::new()));
    let mut cx = Context::from_waker(Waker::noop());
    // ANCHOR: poll_unpinned
    let mut coro = step03_pinball::pinball(4, table);
    // `Pin::new` pins only what is `Unpin`, safe to move even after a poll.
    // An async body is not: error[E0277]: `{async fn body …}` cannot be unpinned
    let _ = Pin::new(&mut coro).poll(&mut cx);
    // ANCHOR_END: poll_unpinned
}
