//! Symmetric transfer, shown honestly: which ways of going on after an await make the
//! call stack grow, measured with a probe.
//!
//! C++20 added `await_suspend` returning a handle so that a chain of coroutines, each
//! resuming the next, runs in constant stack. Rust has no such return type; here is what it
//! has instead, and where the stack still grows.

use std::cell::Cell;
use std::io;
use std::sync::{Arc, Mutex};
use std::task::{Poll, Waker};

use crate::executor::Executor;
use crate::sync::lock;
use crate::wake_mode::WakeMode;

// ANCHOR: probe
thread_local! {
    /// Where the stack was when the measurement started, and the farthest point since.
    static BASE: Cell<usize> = const { Cell::new(0) };
    static DEEPEST: Cell<usize> = const { Cell::new(0) };
}

/// An address on the stack, just below the caller's frame. Never inlined, so that the
/// local really lives in a frame of its own; a local of an `async` body would not do, as
/// it lives in the future, and a spawned future lives on the heap.
#[inline(never)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Starts a measurement on this thread: depths are counted from here.
pub fn start_probe() {
    BASE.set(stack_position());
    DEEPEST.set(0);
}

/// Bytes of stack between the start of the measurement and here; remembers the deepest.
pub fn probe() -> usize {
    let depth = BASE.get().abs_diff(stack_position());
    DEEPEST.set(DEEPEST.get().max(depth));
    depth
}

/// The deepest [`probe`] since [`start_probe`], in bytes.
pub fn deepest() -> usize {
    DEEPEST.get()
}
// ANCHOR_END: probe

/// Runs `demo` on a new thread with a stack of `kib` KiB and returns its result; a panic
/// in `demo` goes on in the caller. A stack overflow there aborts the whole process: see
/// [`crate::overflow`].
///
/// # Panics
///
/// If the thread cannot be started; [`try_on_small_stack`] says why instead.
pub fn on_small_stack<T: Send + 'static>(
    kib: u32,
    demo: impl FnOnce() -> T + Send + 'static,
) -> T {
    try_on_small_stack(kib, demo).unwrap_or_else(|err| panic!("{err}"))
}

/// [`on_small_stack`], or why the thread could not be started: a system short of memory
/// may refuse the stack (`--stack-kib` goes up to 64 MiB).
pub fn try_on_small_stack<T: Send + 'static>(
    kib: u32,
    demo: impl FnOnce() -> T + Send + 'static,
) -> io::Result<T> {
    let thread = std::thread::Builder::new()
        .name("small-stack".into())
        .stack_size(kib as usize * 1024)
        .spawn(demo)
        .map_err(|err| {
            let why = format!("cannot start a thread with a {kib} KiB stack: {err}");
            io::Error::new(err.kind(), why)
        })?;
    Ok(thread
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
}

// ANCHOR: await_loop
/// Ready at its first poll, like a C++ task that completes without ever suspending.
async fn ready_inner(i: u32) -> u64 {
    probe();
    u64::from(i)
}

/// Awaits `n` inner futures one after the other. Each `.await` polls the inner future,
/// which returns `Ready` to its parent: nothing to resume, the stack is the same each
/// time.
pub async fn await_in_a_loop(n: u32) -> u64 {
    let mut total = 0;
    for i in 0..n {
        total += ready_inner(i).await;
    }
    total
}
// ANCHOR_END: await_loop

/// What [`await_in_a_loop`] and [`chain`] measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackReport {
    /// The outermost task's result.
    pub result: u64,
    /// Polls made by the executor.
    pub steps: usize,
    /// The deepest [`probe`], in bytes.
    pub deepest: usize,
}

/// [`await_in_a_loop`] as one task on an executor, measured.
pub fn measure_await_loop(n: u32) -> StackReport {
    let executor = Executor::new(WakeMode::Queue);
    let mut outer = executor.spawn("outer", await_in_a_loop(n));
    start_probe();
    executor.run();
    let result = outer.try_take().expect("a loop of ready futures finishes");
    let (steps, deepest) = (executor.steps(), deepest());
    StackReport {
        result,
        steps,
        deepest,
    }
}

// ANCHOR: gate
/// Closed until [`Gate::open`]: the event the innermost link waits for.
#[derive(Clone, Default)]
pub struct Gate {
    /// Open yet, and the waker of the task waiting for it.
    state: Arc<Mutex<(bool, Option<Waker>)>>,
}

impl Gate {
    /// Waits until the gate is open: ready by the gate's state, however often it is
    /// polled, with the waker of its latest poll kept for `open`.
    pub async fn opened(&self) {
        std::future::poll_fn(|cx| {
            let mut state = lock(&self.state);
            if state.0 {
                return Poll::Ready(());
            }
            // The latest poll's waker, kept under the lock that `open` takes: no wake
            // lost.
            match &mut state.1 {
                Some(kept) => kept.clone_from(cx.waker()),
                none => *none = Some(cx.waker().clone()),
            }
            Poll::Pending
        })
        .await;
    }

    /// Opens the gate and wakes the waiting task (outside the lock: it may run right
    /// here).
    pub fn open(&self) {
        let waiting = {
            let mut state = lock(&self.state);
            state.0 = true;
            state.1.take()
        };
        waiting.into_iter().for_each(Waker::wake);
    }
}
// ANCHOR_END: gate

/// Told about each link as it goes on: its depth in the chain and the stack used then.
pub type Progress = fn(u32, usize);

// ANCHOR: chain
/// A chain of `n` links over one innermost task waiting at a gate. Link k awaits link
/// k-1 and returns its result plus one. All of them suspend first; then the gate opens
/// and the chain completes, each link woken by the one below it, as `mode` says.
pub fn chain(n: u32, mode: WakeMode, progress: Option<Progress>) -> StackReport {
    let executor = Executor::new(mode);
    let gate = Gate::default();
    let innermost = gate.clone();
    let mut below = executor.spawn("link", async move {
        innermost.opened().await;
        0
    });
    for _ in 0..n {
        let inner = below;
        below = executor.spawn("link", async move {
            let depth = inner.await + 1;
            let stack = probe();
            if let Some(progress) = progress {
                progress(depth, stack);
            }
            depth
        });
    }
    // Every link polled once: each is now the continuation of the one below.
    executor.run();
    start_probe();
    gate.open(); // Direct: the whole chain completes inside this call
    executor.run(); // Queue: one link per step
    let result = u64::from(below.try_take().expect("every link has finished"));
    let (steps, deepest) = (executor.steps(), deepest());
    StackReport {
        result,
        steps,
        deepest,
    }
}
// ANCHOR_END: chain
