//! The price of a stack of one's own, measured: what a stackful radio reserves and what it
//! touches, against step 2's stackless radio, and what happens past the end of its stack.
//!
//! Linux only: the numbers are read from `/proc/self` (`maps` for the layout of a stack,
//! `status` for the process's memory). Elsewhere every measurement is an error that says so.
//!
//! - reserved: corosensei's `DefaultStack` maps the size asked, rounded up to whole pages,
//!   and a guard page below it that may not be read or written;
//! - touched: the resident memory the process gains (`RssAnon`) when N radios are alive at
//!   once, each resumed once, divided by N. Only the pages written get a frame of memory,
//!   so a stack costs what its deepest call used, rounded up to pages, not what it reserves.
//!   A stackless radio's frame comes from the heap, where the allocator may hand back
//!   memory already resident: at a small N its figure is a little low.

use std::io::{self, Write};

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{CoroutineResult, ScopedCoroutine, Yielder};
use step01_function::Style;

/// How a stack of `asked` bytes is laid out, as `/proc/self/maps` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackLayout {
    /// What was asked for.
    pub asked: usize,
    /// Readable and writable, from the top down: the stack proper.
    pub usable: usize,
    /// Below it, mapped with no access: a write there faults (SIGSEGV).
    pub guard: usize,
}

impl StackLayout {
    /// The address space the stack takes: usable and guard.
    pub fn reserved(&self) -> usize {
        self.usable + self.guard
    }
}

/// Maps a stack as [`RadioStation::on_stack`](crate::RadioStation::on_stack) does, and
/// reads its layout back from the kernel's list of the process's mappings.
pub fn stack_layout(asked: usize) -> io::Result<StackLayout> {
    let stack = DefaultStack::new(asked)?;
    let (base, limit) = (stack.base().get(), stack.limit().get());
    let maps = std::fs::read_to_string("/proc/self/maps").map_err(linux_only)?;
    let unexpected = |what: &str| io::Error::other(format!("/proc/self/maps: {what}"));
    // The stack grows down from `base`: its top byte is in a writable mapping (which may
    // go on above it, merged with a writable neighbour), whose start is the stack's bottom.
    let (start, _, access) =
        mapping(&maps, base - 1).ok_or_else(|| unexpected("no stack"))?;
    if !access.starts_with("rw") || start <= limit {
        return Err(unexpected(
            "the stack is not a writable mapping above its limit",
        ));
    }
    // Just below it, down to the bottom of what corosensei mapped, nothing may be touched.
    let (guard_start, _, guard_access) =
        mapping(&maps, start - 1).ok_or_else(|| unexpected("nothing below the stack"))?;
    if guard_start > limit || !guard_access.starts_with("---") {
        return Err(unexpected("no guard page below the stack"));
    }
    Ok(StackLayout {
        asked,
        usable: base - start,
        guard: start - limit,
    })
}

/// The mapping of `maps` (`start-end perms …` lines, in hex) that holds `address`.
fn mapping(maps: &str, address: usize) -> Option<(usize, usize, &str)> {
    maps.lines().find_map(|line| {
        let (range, rest) = line.split_once(' ')?;
        let (start, end) = range.split_once('-')?;
        let start = usize::from_str_radix(start, 16).ok()?;
        let end = usize::from_str_radix(end, 16).ok()?;
        (start..end)
            .contains(&address)
            .then(|| (start, end, rest.split(' ').next().unwrap_or("")))
    })
}

/// The process's memory, in bytes, from `/proc/self/status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Memory {
    /// `RssAnon`: anonymous memory that has a frame of RAM (heap and stacks written to).
    pub resident: usize,
    /// `VmSize`: all the address space mapped, guard pages included.
    pub mapped: usize,
}

/// Reads the process's [`Memory`] now.
pub fn memory() -> io::Result<Memory> {
    let status = std::fs::read_to_string("/proc/self/status").map_err(linux_only)?;
    let kib = |key: &str| {
        let line = status
            .lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix(':'));
        let kib =
            line.and_then(|line| line.trim().strip_suffix(" kB")?.trim().parse().ok());
        kib.map(|kib: usize| kib * 1024).ok_or_else(|| {
            io::Error::other(format!("/proc/self/status has no {key} in kB"))
        })
    };
    Ok(Memory {
        resident: kib("RssAnon")?,
        mapped: kib("VmSize")?,
    })
}

/// What the process gained with a number of coroutines alive at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alive {
    /// How many were alive.
    pub stations: usize,
    /// Resident memory gained, in bytes.
    pub touched: usize,
    /// Address space gained, in bytes.
    pub mapped: usize,
}

impl Alive {
    /// Resident memory gained per coroutine, in bytes.
    pub fn touched_each(&self) -> usize {
        self.touched / self.stations
    }

    /// Address space gained per coroutine, in bytes.
    pub fn mapped_each(&self) -> usize {
        self.mapped / self.stations
    }
}

/// `stations` coroutines from `make`, each started by `start` (its first resume), all alive
/// at once: what the process's memory grew by while they were made. The slots that hold
/// them are written before the first reading, so only what a coroutine takes beside its
/// handle is counted; one is made and dropped first, so that the code it runs and the
/// allocator's first growth are paid before it.
pub fn alive<T>(
    stations: usize,
    mut make: impl FnMut() -> T,
    mut start: impl FnMut(&mut T),
) -> io::Result<Alive> {
    start(&mut make());
    let mut slots: Vec<Option<T>> = (0..stations.max(1)).map(|_| None).collect();
    let before = memory()?;
    for slot in &mut slots {
        let mut coroutine = make();
        start(&mut coroutine);
        *slot = Some(coroutine);
    }
    let after = memory()?;
    drop(slots);
    Ok(Alive {
        stations: stations.max(1),
        touched: after.resident.saturating_sub(before.resident),
        mapped: after.mapped.saturating_sub(before.mapped),
    })
}

/// Everything `price` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Price {
    /// How one stackful radio's stack is laid out.
    pub stack: StackLayout,
    /// Step 2's frame: what its body keeps while suspended (`size_of` of the async body).
    pub frame: usize,
    /// The stackful radios alive at once.
    pub stackful: Alive,
    /// As many of step 2's radios alive at once.
    pub stackless: Alive,
}

/// Measures `stations` radios of each kind, the stackful ones on stacks of `stack` bytes.
/// The stackless first: the heap they free is kept by the allocator, and the stackful ones
/// (whose stacks are mappings of their own) would otherwise count none of what they reuse.
pub fn measure(stations: usize, stack: usize) -> io::Result<Price> {
    let songs = u32::MAX; // never done: one resume each
    let stackless = alive(
        stations,
        || step02_generator::radio_station(Style::Rap, songs),
        |radio| {
            radio.next_song();
        },
    )?;
    let stackful = alive(
        stations,
        || crate::RadioStation::on_stack(Style::Rap, songs, stack),
        |radio| {
            radio.next_song();
        },
    )?;
    let frame = step02_generator::radio::frame_size();
    Ok(Price {
        stack: stack_layout(stack)?,
        frame,
        stackful,
        stackless,
    })
}

/// The lines `price` prints, each `what: number …`, for a reader and for the tests.
pub fn report(price: &Price, out: &mut dyn Write) -> io::Result<()> {
    let Price {
        stack,
        frame,
        stackful,
        stackless,
    } = price;
    writeln!(out, "stack asked: {} bytes", stack.asked)?;
    let (usable, guard) = (stack.usable, stack.guard);
    writeln!(
        out,
        "stack reserved: {} bytes ({usable} usable, {guard} guard)",
        stack.reserved()
    )?;
    writeln!(out, "stackless frame: {frame} bytes")?;
    writeln!(
        out,
        "stations alive: {}, each resumed once",
        stackful.stations
    )?;
    let (touched, each) = (stackful.touched, stackful.touched_each());
    writeln!(out, "stackful touched: {touched} bytes, {each} per station")?;
    let (mapped, each) = (stackful.mapped, stackful.mapped_each());
    writeln!(out, "stackful mapped: {mapped} bytes, {each} per station")?;
    let (touched, each) = (stackless.touched, stackless.touched_each());
    writeln!(
        out,
        "stackless touched: {touched} bytes, {each} per station"
    )?;
    let times = stackful.touched as f64 / stackless.touched.max(1) as f64;
    writeln!(out, "stackful / stackless touched: {times:.1}")
}

// ANCHOR: overflow
/// What each level of [`overflow`] keeps on the stack, beside its call's own frame.
const LEVEL_BYTES: usize = 1024;

/// A coroutine on a stack of `stack` bytes that calls itself `levels` deep, printing (and
/// flushing) one line per level: how deep it is and how much of its stack is in use. Back
/// at the top it prints `returned from N levels`. On a stack too small, the call that
/// crosses into the guard page faults: the process dies of SIGSEGV, its last line the
/// deepest level that fitted, and nothing after.
pub fn overflow(stack: usize, levels: u32, out: &mut dyn Write) -> io::Result<()> {
    let stack = DefaultStack::new(stack)?;
    let base = stack.base().get();
    let coroutine = ScopedCoroutine::with_stack(stack, |_: &Yielder<(), ()>, ()| {
        descend(1, levels, base, &mut *out)
    });
    let reached = coroutine.scope(|mut coroutine| match coroutine.resume(()) {
        CoroutineResult::Return(reached) => reached,
        CoroutineResult::Yield(()) => Err(io::Error::other("the descent suspended")),
    })?;
    writeln!(out, "returned from {reached} levels")?;
    out.flush()
}

/// One level: a buffer that must be on the stack, the line, the next level.
fn descend(level: u32, levels: u32, base: usize, out: &mut dyn Write) -> io::Result<u32> {
    let buffer = std::hint::black_box([level as u8; LEVEL_BYTES]);
    // A reference's address, as a number: how far below the top of the stack it lies.
    let in_use = base - std::ptr::from_ref(&buffer).addr();
    writeln!(out, "{}", level_line(level, in_use))?;
    out.flush()?;
    let reached = if level < levels {
        descend(level + 1, levels, base, out)?
    } else {
        level
    };
    // Used after the call, so the buffer stays on the stack while the deeper levels run.
    std::hint::black_box(&buffer);
    Ok(reached)
}
// ANCHOR_END: overflow

/// What level `level` of [`overflow`] prints when `in_use` bytes of its stack are in use.
pub fn level_line(level: u32, in_use: usize) -> String {
    format!("level {level}: {in_use} bytes of stack in use")
}

/// Reads back a [`level_line`].
pub fn parse_level_line(line: &str) -> Option<(u32, usize)> {
    let (level, rest) = line.strip_prefix("level ")?.split_once(": ")?;
    let in_use = rest.strip_suffix(" bytes of stack in use")?;
    Some((level.parse().ok()?, in_use.parse().ok()?))
}

fn linux_only(err: io::Error) -> io::Error {
    io::Error::new(
        err.kind(),
        format!("the price is read from Linux's /proc: {err}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_lines_read_back() {
        assert_eq!(parse_level_line(&level_line(12, 34567)), Some((12, 34567)));
        assert_eq!(parse_level_line("returned from 3 levels"), None);
    }

    #[test]
    fn a_mapping_is_found_by_address() {
        let maps = "1000-3000 rw-p 00000000 00:00 0\n3000-4000 ---p 00000000 00:00 0 \n";
        assert_eq!(mapping(maps, 0x2fff), Some((0x1000, 0x3000, "rw-p")));
        assert_eq!(mapping(maps, 0x3000), Some((0x3000, 0x4000, "---p")));
        assert_eq!(mapping(maps, 0x4000), None);
    }
}
