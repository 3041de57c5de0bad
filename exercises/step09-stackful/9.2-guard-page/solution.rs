//! Exercise 9.2: a stack of the right size.
//!
//! A stackful coroutine's stack is mapped once, when it is made, and never grows: it must
//! hold the deepest its body goes. Below its last byte lies a guard page that no one may
//! touch: a body that goes deeper faults there, and the process dies of SIGSEGV before it
//! writes a byte of anyone else's memory.

use std::hint::black_box;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

/// The bytes of one crate of records: each level of the dig keeps one on its stack.
pub const CRATE: usize = 4 * 1024;

/// What runs above the first level and below the last: the coroutine's start, its body,
/// the switch inside `suspend`.
const BASE: usize = 16 * 1024;

/// A level: its crate, and the rest of its frame (80 bytes, debug or release).
const LEVEL: usize = CRATE + 256;

/// The body: digs `depth` levels (at least one), measuring from one of its own locals.
fn dig_down(yielder: &Yielder<(), usize>, depth: u32) {
    let top = 0u8;
    dig(yielder, 1, depth, address(&top));
}

/// Level `level` of the dig: holds a crate of records in its frame, suspends with the
/// bytes of stack in use from `top` down to the crate, then digs a level deeper, down to
/// level `depth`.
fn dig(yielder: &Yielder<(), usize>, level: u32, depth: u32, top: usize) {
    let records = [0u8; CRATE];
    black_box(&records);
    yielder.suspend(top - address(&records));
    if level < depth {
        dig(yielder, level + 1, depth, top);
    }
    // The crate stays in the frame until the levels below it are done.
    black_box(&records);
}

/// Where `value` is in memory.
fn address<T>(value: &T) -> usize {
    std::ptr::from_ref(value).addr()
}

/// Digs `depth` levels on a coroutine whose stack holds (at least) `bytes` bytes, to the
/// end; returns the bytes of stack in use at each level, from the first.
pub fn dig_on(depth: u32, bytes: usize) -> Vec<usize> {
    let stack = DefaultStack::new(bytes).expect("map a coroutine stack");
    let mut coroutine =
        Coroutine::with_stack(stack, move |yielder: &Yielder<(), usize>, ()| {
            dig_down(yielder, depth)
        });
    let mut used = Vec::new();
    while let CoroutineResult::Yield(in_use) = coroutine.resume(()) {
        used.push(in_use);
    }
    used
}

/// The bytes of stack a dig `depth` levels deep needs: room for every level, and not much
/// more.
pub fn stack_for(depth: u32) -> usize {
    BASE + LEVEL * depth as usize
}
