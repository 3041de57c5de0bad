//! The caller's side, the talk's `main()`: resume the outer until it is done, and mark
//! each resume in the transcript, so that it shows which coroutines run in which resume.

use crate::level::Level;
use crate::polls::PollCount;
use crate::stack::{self, CallStack};
use crate::{awaited, explicit_loop, forgot};
use coro_cli::trace;
use genawaiter::GeneratorState;
use std::cell::RefCell;
use std::future::Future;
use std::io::{self, Write};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use step03_pinball::Console;

/// How the outer calls the inner: `--mode forgot|loop|await|stack`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// Calls it and does not await it: the inner never runs.
    Forgot,
    /// Resumes the inner generator in a loop and yields on what it yields.
    Loop,
    /// Awaits it: each resume polls down through every level.
    Await,
    /// Awaits it through a return object that resumes the innermost level directly.
    Stack,
}

// ANCHOR: drive
/// Resumes the outer until it is done, marking each resume, or gives up after
/// `stop_after` resumes: then the outer is dropped while it is suspended, with
/// everything it called.
///
/// `resume` is one resume of the outer; `Ok(true)` while it is suspended.
pub fn drive<W: Write>(
    table: &Console<W>,
    stop_after: Option<u32>,
    mut resume: impl FnMut() -> io::Result<bool>,
) -> io::Result<()> {
    let mut resumes = 0;
    loop {
        if stop_after == Some(resumes) {
            let mut table = table.borrow_mut();
            return writeln!(
                table,
                "caller: stops after {resumes} resumes, drops the outer"
            );
        }
        resumes += 1;
        writeln!(table.borrow_mut(), "caller: resume {resumes}")?;
        if !resume()? {
            return Ok(());
        }
    }
}
// ANCHOR_END: drive

// ANCHOR: run
/// The whole program: the chain from `outer` down, called the way `mode` says, driven
/// by the caller, written on `out`.
pub fn run(
    mode: Mode,
    outer: Level,
    stop_after: Option<u32>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let table = Rc::new(RefCell::new(out));
    let polls = PollCount::default();
    let mut coro = Outer::new(match mode {
        Mode::Forgot => polled(forgot::outer_forgets(outer, Rc::clone(&table), polls)),
        Mode::Await => polled(awaited::coroutine(outer, Rc::clone(&table), &polls)),
        Mode::Stack => {
            let mut stack =
                CallStack::new(stack::coroutine(outer, Rc::clone(&table), &polls));
            Box::new(move || {
                let going = stack.play();
                stack.take_error().map_or(Ok(going), Err)
            })
        }
        Mode::Loop => {
            let mut looping = explicit_loop::coroutine(outer, Rc::clone(&table));
            let table = Rc::clone(&table);
            Box::new(move || match looping.resume() {
                GeneratorState::Yielded(step) => {
                    writeln!(table.borrow_mut(), "caller: got {step}")?;
                    Ok(true)
                }
                GeneratorState::Complete(result) => result.map(|()| false),
            })
        }
    });
    drive(&table, stop_after, || coro.resume())
}
// ANCHOR_END: run

// ANCHOR: outer
/// One resume of the outer: `Ok(true)` while it is suspended.
type Resume<'a> = Box<dyn FnMut() -> io::Result<bool> + 'a>;

/// The caller's hold on the outer, whichever way it calls the inner: it resumes the
/// outer, and frees it, with everything it called, when dropped. The caller's side of
/// the trace is written here; each level writes its own (`create`, `await`, `suspend`,
/// `return`) where it does it.
struct Outer<'a> {
    resume: Resume<'a>,
}

impl<'a> Outer<'a> {
    fn new(resume: Resume<'a>) -> Self {
        trace!("caller create outer");
        Self { resume }
    }

    fn resume(&mut self) -> io::Result<bool> {
        trace!("caller resume outer");
        (self.resume)()
    }
}

impl Drop for Outer<'_> {
    fn drop(&mut self) {
        trace!("caller destroy outer");
    }
}

/// A body resumed as step 3's `Pinball::play` resumes its game: one poll with a waker
/// that does nothing, and never a poll once it is over. (Not a `Pinball`, which would
/// trace itself as a pinball.)
fn polled<'a>(body: impl Future<Output = io::Result<()>> + 'a) -> Resume<'a> {
    let mut body = Box::pin(body);
    let mut over = false;
    Box::new(move || {
        if over {
            return Ok(false);
        }
        // Set before polling, so that a body that panics counts as over.
        over = true;
        match body.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Pending => {
                over = false;
                Ok(true)
            }
            Poll::Ready(result) => result.map(|()| false),
        }
    })
}
// ANCHOR_END: outer
