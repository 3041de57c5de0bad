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
