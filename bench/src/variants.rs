//! The list of variants: what `coro-bench`, the divan benchmark and `cargo xtask bench`
//! all iterate over, so that a variant added here is timed, counted and checked everywhere.

use std::fmt;

use crate::{executor, generator, machine, nested, pinball};

/// One way of writing the workload.
#[derive(Debug, Clone, Copy)]
pub struct Variant {
    /// Short and unique: the divan row, the `coro-bench sum` argument, the table's row.
    pub name: &'static str,
    /// The chain's depth, for the variants that nest coroutines (the plot's x axis).
    pub depth: Option<u32>,
    /// Runs the workload: resumes the coroutine until it ends, returns the sum of 0..n.
    pub sum: fn(u64) -> u64,
    /// The bytes the coroutine keeps while suspended (all levels, for a chain).
    pub frame_bytes: fn() -> usize,
    /// One line for the table: what is resumed, and through what.
    pub what: &'static str,
}

/// The name alone: divan names each benchmark row with it.
impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

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
        what,
    }
}

const fn nested(
    name: &'static str,
    depth: u32,
    sum: fn(u64) -> u64,
    frame_bytes: fn() -> usize,
    what: &'static str,
) -> Variant {
    Variant {
        name,
        depth: Some(depth),
        sum,
        frame_bytes,
        what,
    }
}

const AWAIT: &str = "step 6: `.await` chain in step 3's `Pinball`";
const STACK: &str = "step 6: `CallStack`, innermost resumed";

/// Every variant, cheapest idea first; the nested ones by depth.
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
    nested(
        "await-1",
        1,
        nested::sum_awaited::<1>,
        nested::awaited_bytes::<1>,
        AWAIT,
    ),
    nested(
        "await-4",
        4,
        nested::sum_awaited::<4>,
        nested::awaited_bytes::<4>,
        AWAIT,
    ),
    nested(
        "await-16",
        16,
        nested::sum_awaited::<16>,
        nested::awaited_bytes::<16>,
        AWAIT,
    ),
    nested(
        "await-64",
        64,
        nested::sum_awaited::<64>,
        nested::awaited_bytes::<64>,
        AWAIT,
    ),
    nested(
        "callstack-1",
        1,
        nested::sum_stacked::<1>,
        nested::stacked_bytes::<1>,
        STACK,
    ),
    nested(
        "callstack-4",
        4,
        nested::sum_stacked::<4>,
        nested::stacked_bytes::<4>,
        STACK,
    ),
    nested(
        "callstack-16",
        16,
        nested::sum_stacked::<16>,
        nested::stacked_bytes::<16>,
        STACK,
    ),
    nested(
        "callstack-64",
        64,
        nested::sum_stacked::<64>,
        nested::stacked_bytes::<64>,
        STACK,
    ),
];

/// The variant called `name`, if there is one.
pub fn variant(name: &str) -> Option<&'static Variant> {
    VARIANTS.iter().find(|variant| variant.name == name)
}
