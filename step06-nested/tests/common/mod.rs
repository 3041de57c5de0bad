//! What the test files that run the binary share.

/// What the binary prints without arguments: the talk's example, the outer awaiting
/// inner(3). (`nested.rs` spells it out for the book, from the library's side.)
pub const TALKS_EXAMPLE: &str = "\
caller: resume 1
outer: starts, calls inner(3)
inner: step 1 of 3, suspends
caller: resume 2
inner: step 2 of 3, suspends
caller: resume 3
inner: step 3 of 3, suspends
caller: resume 4
inner: done
outer: inner is done, suspends
caller: resume 5
outer: done
";

/// The levels and numbers of the lines "frame <level>: N bytes" that make up all of
/// `stdout`; each number must be positive.
pub fn frame_lines(stdout: &[u8]) -> Vec<(String, usize)> {
    let text = std::str::from_utf8(stdout).unwrap();
    assert!(text.ends_with('\n'), "{text:?}");
    text.lines()
        .map(|line| {
            let (level, bytes) = line
                .strip_prefix("frame ")
                .and_then(|rest| rest.strip_suffix(" bytes"))
                .and_then(|rest| rest.split_once(": "))
                .unwrap_or_else(|| panic!("not a frame line: {line:?}"));
            let bytes: usize = bytes.parse().unwrap();
            assert!(bytes > 0, "{line:?}");
            (level.to_owned(), bytes)
        })
        .collect()
}
