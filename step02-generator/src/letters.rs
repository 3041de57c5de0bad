//! C++23's `std::generator` example: an endless generator of letters, of which the
//! caller takes 26. g++ 12 has no `std::generator`, so `cpp/letters.cpp` brings its own
//! small one; in Rust a generator that yields is an `Iterator`, and `take(26)` is
//! `std::views::take(26)`.

use genawaiter::rc::Gen;

// ANCHOR: letters
/// Every character from `first` on, one per resume.
///
/// The C++ version does `first++` on a `char` forever: past 127 a signed `char` wraps
/// to -128 (g++ converts the wider result back modulo 256). A Rust `char` range ends at
/// `char::MAX` and skips the surrogate gap, so this generator is "endless" only in
/// practice, and after its end it keeps answering `None`.
pub fn letters(first: char) -> impl Iterator<Item = char> {
    Gen::new(move |co| async move {
        for letter in first..=char::MAX {
            co.yield_(letter).await;
        }
    })
    .into_iter()
    // genawaiter's iterator would resume the finished body on the next call and panic.
    .fuse()
}
// ANCHOR_END: letters

// ANCHOR: from_fn
/// The same sequence without a coroutine: the state (the next letter) lives in a
/// closure, and each call of `next()` is one resume.
pub fn letters_from_fn(first: char) -> impl Iterator<Item = char> {
    let mut next = Some(first);
    std::iter::from_fn(move || {
        let letter = next?;
        next = (letter..=char::MAX).nth(1);
        Some(letter)
    })
}
// ANCHOR_END: from_fn
