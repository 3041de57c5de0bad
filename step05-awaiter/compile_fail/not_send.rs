// A compile_fail doctest of `step05_awaiter::AskScore`: this must NOT compile.
// ANCHOR: not_send
use step05_awaiter::{AskScore, Promise};

fn send<T: Send>(_: T) {}

send(async {
    let promise = Promise::default();
    // The AskScore lives in the body's state machine while the body waits at it. It
    // holds a `&Promise`, which is not `Send` (a Promise has `Cell`s), so neither is
    // the body: the awaited future's type is part of the body's type.
    AskScore::new(&promise).await;
});
// ANCHOR_END: not_send
