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
    // TODO: a stack of `bytes` bytes, a coroutine on it whose body is `dig_down`; then
    // resume it until it returns, keeping what each suspension yields.
    todo!()
}

/// The bytes of stack a dig `depth` levels deep needs: room for every level, and not much
/// more.
pub fn stack_for(depth: u32) -> usize {
    // TODO: a base, for what runs above the first level and below the last, and so much
    // per level: measure what a level uses with `dig_on` on a roomy stack.
    todo!()
}
