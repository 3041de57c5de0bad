//! What the test files that read the stack demos' summaries share.

/// Splits "…deepest stack N bytes" into the text before N, and N.
pub fn deepest(line: &str) -> (&str, usize) {
    let (text, bytes) = line
        .rsplit_once(' ')
        .and_then(|(rest, unit)| {
            assert_eq!(unit, "bytes");
            rest.rsplit_once(' ')
        })
        .unwrap();
    (text, bytes.parse().unwrap())
}
