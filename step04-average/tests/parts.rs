//! The console the coroutine shares with its caller: one writer, the first error kept.

use std::io::{self, Write};
use step04_average::{Console, Numbers, print_average};

/// A writer that accepts `room` bytes, then fails every write with `kind`.
struct Cramped {
    written: Vec<u8>,
    room: usize,
    kind: io::ErrorKind,
}

impl Write for Cramped {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.written.len() + buf.len() > self.room {
            return Err(self.kind.into());
        }
        self.written.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn the_console_keeps_the_first_write_error_and_drops_later_lines() {
    let mut out = Cramped {
        written: Vec::new(),
        room: 9,
        kind: io::ErrorKind::BrokenPipe,
    };
    let console = Console::new(&mut out);
    console.say("first"); // 6 bytes: fits
    console.say("second"); // 7 more: fails
    console.say("x"); // 2 more would fit, but a line after a failure is dropped
    assert_eq!(
        console.finish().unwrap_err().kind(),
        io::ErrorKind::BrokenPipe
    );
    drop(console);
    assert_eq!(out.written, b"first\n");
}

#[test]
fn a_write_error_anywhere_in_the_transcript_is_returned() {
    let talks_transcript_len = 8 * (37 + 26) + 29 + 14;
    let cramped = |room| Cramped {
        written: Vec::new(),
        room,
        kind: io::ErrorKind::StorageFull,
    };
    // Fail on the coroutine's first line, on a caller's line, on a later coroutine line,
    // and on the very last line.
    for room in [0, 40, 73, talks_transcript_len - 1] {
        let err = print_average(Numbers::talks(), cramped(room)).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull, "room {room}");
    }
    assert!(print_average(Numbers::talks(), cramped(talks_transcript_len)).is_ok());
}
