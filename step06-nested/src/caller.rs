//! The caller's side, the talk's `main()`: resume the outer until it is done, and mark
//! each resume in the transcript, so that it shows which coroutines run in which resume.

use crate::level::Level;
use crate::polls::PollCount;
use crate::stack::{self, CallStack};
use crate::{awaited, explicit_loop, forgot};
use genawaiter::GeneratorState;
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;
use step03_pinball::{Console, Pinball};

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
    match mode {
        Mode::Forgot => {
            let coro = Pinball::new(forgot::outer_forgets(outer, Rc::clone(&table), polls));
            drive(&table, stop_after, play(coro))
        }
        Mode::Await => {
            let coro = Pinball::new(awaited::coroutine(outer, Rc::clone(&table), &polls));
            drive(&table, stop_after, play(coro))
        }
        Mode::Stack => {
            let mut coro = CallStack::new(stack::coroutine(outer, Rc::clone(&table), &polls));
            drive(&table, stop_after, move || {
                let going = coro.play();
                coro.take_error().map_or(Ok(going), Err)
            })
        }
        Mode::Loop => {
            let mut coro = explicit_loop::coroutine(outer, Rc::clone(&table));
            drive(&table, stop_after, || match coro.resume() {
                GeneratorState::Yielded(step) => {
                    writeln!(table.borrow_mut(), "caller: got {step}")?;
                    Ok(true)
                }
                GeneratorState::Complete(result) => result.map(|()| false),
            })
        }
    }
}

/// One `play()` of step 3's `Pinball` as a resume: the error that ended the game, if any,
/// comes out here.
fn play(mut coro: Pinball<'_>) -> impl FnMut() -> io::Result<bool> {
    move || {
        let going = coro.play();
        coro.take_error().map_or(Ok(going), Err)
    }
}
// ANCHOR_END: run
