//! The list of variants: what `coro-bench`, the divan benchmark and `cargo xtask bench`
//! all iterate over, so that a variant added here is timed, counted and checked everywhere.

use std::fmt;

use crate::{
    executor, generator, machine, nested, pinball, plain, runtimes, select, stackful,
};

/// One way of writing the workload.
#[derive(Debug, Clone, Copy)]
pub struct Variant {
    /// Short and unique: the divan row, the `coro-bench sum` argument, the table's row.
    pub name: &'static str,
    /// The chain's depth, for the variants that nest coroutines (the plot's x axis).
    pub depth: Option<u32>,
    /// Runs the workload: resumes the coroutine until it ends, returns the sum of 0..n.
    pub sum: fn(u64) -> u64,
    /// The bytes the coroutine keeps while suspended (all levels, for a chain); for a
    /// stackful one, the address space its stack reserves.
    pub frame_bytes: fn() -> usize,
    /// Of that, what a coroutine makes resident, measured (a stack's pages written to):
    /// for the stackful rows, where it is far less than what is reserved.
    pub touched_bytes: fn() -> Option<usize>,
    /// One line for the table: what is resumed, and through what.
    pub what: &'static str,
    /// The C++ program in `cpp/` (its name without `.cpp`) that does the same, whose time
    /// in the same turn this one's is divided by; for a chain, that program's chain of the
    /// same depth.
    pub against: &'static str,
}

/// Step 2's generator in C++: the yardstick of every variant that hands out numbers.
pub const GENERATOR: &str = "generator_sum";
/// A `when_any` of two C++ coroutines: the yardstick of a select.
pub const WHEN_ANY: &str = "when_any_sum";
/// The talk's nested chain in C++, resumed by walking `mSub` down from the outer: the
/// counterpart of the chains whose every resume goes through every level.
pub const MSUB: &str = "msub_sum";
/// A C++ chain by symmetric transfer, resumed at its innermost level: the counterpart of
/// `CallStack`.
pub const SYMMETRIC: &str = "symmetric_sum";

/// The name alone: divan names each benchmark row with it.
impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// A coroutine on its own, not a chain.
const fn plain(
    name: &'static str,
    sum: fn(u64) -> u64,
    frame_bytes: fn() -> usize,
    what: &'static str,
) -> Variant {
    Variant {
        name,
        depth: None,
        sum,
        frame_bytes,
        touched_bytes: untouched,
        what,
        against: GENERATOR,
    }
}

/// A stackful row: its frame is its stack, of which it touches only a little.
const fn stackful(
    name: &'static str,
    sum: fn(u64) -> u64,
    what: &'static str,
) -> Variant {
    Variant {
        touched_bytes: stackful::touched_bytes,
        ..plain(name, sum, stackful::reserved_bytes, what)
    }
}

/// No measure of what is touched: the frame is all there is.
fn untouched() -> Option<usize> {
    None
}

/// A chain `DEPTH` levels deep, timed against the C++ chain `against` of the same depth.
const fn chain(
    name: &'static str,
    depth: u32,
    sum: fn(u64) -> u64,
    frame_bytes: fn() -> usize,
    what: &'static str,
    against: &'static str,
) -> Variant {
    Variant {
        name,
        depth: Some(depth),
        sum,
        frame_bytes,
        touched_bytes: untouched,
        what,
        against,
    }
}

/// A plain chain of `async fn`s: nothing boxed, one nested future.
const fn unboxed(
    name: &'static str,
    depth: u32,
    sum: fn(u64) -> u64,
    bytes: fn() -> usize,
) -> Variant {
    chain(
        name,
        depth,
        sum,
        bytes,
        "plain nested `async fn`s, polled from the outer",
        MSUB,
    )
}

/// Step 6's chain `DEPTH` calls deep, each level a boxed `Counted`, in step 3's `Pinball`.
const fn boxed<const DEPTH: u32>(name: &'static str) -> Variant {
    let (sum, bytes) = (nested::sum_awaited::<DEPTH>, nested::awaited_bytes::<DEPTH>);
    chain(
        name,
        DEPTH,
        sum,
        bytes,
        "step 6: each level a boxed, counted future",
        MSUB,
    )
}

/// The same chain on step 6's `CallStack`, which resumes the innermost level directly.
const fn stacked<const DEPTH: u32>(name: &'static str) -> Variant {
    let (sum, bytes) = (nested::sum_stacked::<DEPTH>, nested::stacked_bytes::<DEPTH>);
    chain(
        name,
        DEPTH,
        sum,
        bytes,
        "step 6: `CallStack`, innermost resumed",
        SYMMETRIC,
    )
}

/// Every variant, cheapest idea first; the nested ones by depth; the stackful ones; the
/// select last.
pub const VARIANTS: &[Variant] = &[
    plain(
        "iterator-inlined",
        machine::sum_range,
        machine::range_bytes,
        "`0..n` as an `Iterator`, in plain sight of LLVM",
    ),
    plain(
        "iterator",
        machine::sum_range_hidden,
        machine::range_bytes,
        "`0..n` behind `black_box` as `&mut dyn Iterator`",
    ),
    plain(
        "state-machine-inlined",
        machine::sum_machine,
        machine::machine_bytes,
        "step 2: enum of resume points, in plain sight of LLVM",
    ),
    plain(
        "state-machine",
        machine::sum_machine_hidden,
        machine::machine_bytes,
        "step 2: enum of resume points, behind `black_box`",
    ),
    plain(
        "genawaiter-rc",
        generator::sum_rc,
        generator::rc_bytes,
        "step 2: genawaiter `rc::Gen`",
    ),
    plain(
        "genawaiter-sync",
        generator::sum_sync,
        generator::sync_bytes,
        "genawaiter `sync::Gen` (`Send`: a mutex)",
    ),
    plain(
        "pinball",
        pinball::sum,
        pinball::frame_bytes,
        "step 3: `Pin<Box<dyn Future>>` in `Pinball`",
    ),
    plain(
        "executor",
        executor::sum,
        executor::frame_bytes,
        "step 7: `Executor`, a wake and a queue hop",
    ),
    plain(
        "local-pool",
        runtimes::sum_local_pool,
        executor::frame_bytes,
        "the same task on futures' `LocalPool`",
    ),
    plain(
        "tokio-yield",
        runtimes::sum_tokio_yield,
        runtimes::yield_bytes,
        "a tokio `current_thread` task's `yield_now` hop",
    ),
    plain(
        "tokio-spawn",
        runtimes::sum_tokio_spawn,
        runtimes::spawn_bytes,
        "a tokio task per number: spawn, poll, wake",
    ),
    unboxed("plain-1", 1, plain::sum_1, plain::bytes_1),
    unboxed("plain-4", 4, plain::sum_4, plain::bytes_4),
    unboxed("plain-16", 16, plain::sum_16, plain::bytes_16),
    unboxed("plain-64", 64, plain::sum_64, plain::bytes_64),
    boxed::<1>("boxed-1"),
    boxed::<4>("boxed-4"),
    boxed::<16>("boxed-16"),
    boxed::<64>("boxed-64"),
    stacked::<1>("callstack-1"),
    stacked::<4>("callstack-4"),
    stacked::<16>("callstack-16"),
    stacked::<64>("callstack-64"),
    stackful(
        "stackful",
        stackful::sum,
        "step 9: corosensei, a switch of stacks each way",
    ),
    // One resume is one coroutine: mapped, resumed once, dropped while suspended.
    stackful(
        "stackful-create",
        stackful::sum_created,
        "step 9: a corosensei coroutine made, resumed once, dropped",
    ),
    plain(
        "genawaiter-rc-create",
        stackful::sum_created_rc,
        stackful::rc_bytes,
        "step 2: an `rc::Gen` made, resumed once, dropped",
    ),
    // One resume is one select: the first of two ready stations wins, as in C++'s when_any.
    Variant {
        name: "select",
        depth: None,
        sum: select::sum,
        frame_bytes: select::frame_bytes,
        touched_bytes: untouched,
        what: "step 8: `race` of two ready `async fn`s; time vs `c++-when-any`",
        against: WHEN_ANY,
    },
];

/// The variant called `name`, if there is one.
pub fn variant(name: &str) -> Option<&'static Variant> {
    VARIANTS.iter().find(|variant| variant.name == name)
}
