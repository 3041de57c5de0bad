//! The one way a number is written on every command line here, for every count, score
//! and exercise id: decimal digits, a `-` in front only where negatives are allowed, no
//! `+` and no leading zero (`0` itself aside). So no two spellings name one value:
//! `05` is not 5, and exercise `1.01` is not exercise 1.1.

use clap::builder::TypedValueParser;
use std::fmt;
use std::ops::RangeInclusive;

/// Text that is not a number written the one way: it names what is wrong with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misspelled {
    /// Something other than digits (a space, a dot, a letter), or nothing at all.
    NotDigits,
    /// A `+`, or a `-` where the number cannot be negative (or before a zero).
    Sign,
    /// A zero in front of other digits.
    LeadingZero,
}

impl fmt::Display for Misspelled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Misspelled::NotDigits => "expected a whole number, in digits",
            Misspelled::Sign => "write the number without a sign",
            Misspelled::LeadingZero => "write the number without a leading zero",
        })
    }
}

impl std::error::Error for Misspelled {}

/// The digits of `text` as a number, if they are written the one way (no sign at all).
/// `Ok(None)` if the number is too large for a `u64` (past any bound here anyway).
pub fn whole_number(text: &str) -> Result<Option<u64>, Misspelled> {
    if text.starts_with(['+', '-']) {
        return Err(Misspelled::Sign);
    }
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Misspelled::NotDigits);
    }
    if text.len() > 1 && text.starts_with('0') {
        return Err(Misspelled::LeadingZero);
    }
    Ok(text.parse().ok())
}

/// A clap parser for a number in `range`, written the one way. Out of range it says so
/// with the range ("-1 is not in 0..=10"); misspelled it says how to write it.
pub fn number<T>(range: RangeInclusive<T>) -> impl TypedValueParser<Value = T>
where
    T: Copy + Into<i128> + TryFrom<i128> + fmt::Display + Send + Sync + 'static,
{
    clap::builder::StringValueParser::new()
        .try_map(move |text: String| in_range(&text, &range))
}

/// A clap parser for a count from 0 to `max`.
pub fn count(max: u32) -> impl TypedValueParser<Value = u32> {
    number(0..=max)
}

fn in_range<T>(text: &str, range: &RangeInclusive<T>) -> Result<T, String>
where
    T: Copy + Into<i128> + TryFrom<i128> + fmt::Display,
{
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    let out_of_range = || format!("{text} is not in {}..={}", range.start(), range.end());
    let magnitude = match whole_number(digits) {
        Ok(Some(magnitude)) => magnitude,
        Ok(None) => return Err(out_of_range()),
        Err(misspelled) => return Err(misspelled.to_string()),
    };
    if negative && magnitude == 0 {
        return Err(Misspelled::Sign.to_string()); // "-0": zero has no sign
    }
    let value = i128::from(magnitude) * if negative { -1 } else { 1 };
    if value < (*range.start()).into() || value > (*range.end()).into() {
        return Err(out_of_range());
    }
    // In range, so it fits in `T`.
    T::try_from(value).map_err(|_| out_of_range())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_written_one_way() {
        assert_eq!(whole_number("0"), Ok(Some(0)));
        assert_eq!(whole_number("10"), Ok(Some(10)));
        assert_eq!(whole_number("18446744073709551616"), Ok(None)); // u64::MAX + 1
        for refused in ["+5", "-5", "+0", "++5"] {
            assert_eq!(whole_number(refused), Err(Misspelled::Sign), "{refused:?}");
        }
        for refused in ["", " 5", "5 ", "5.0", "five", "٣", "5\n"] {
            assert_eq!(
                whole_number(refused),
                Err(Misspelled::NotDigits),
                "{refused:?}"
            );
        }
        for refused in ["05", "00", "007"] {
            assert_eq!(
                whole_number(refused),
                Err(Misspelled::LeadingZero),
                "{refused:?}"
            );
        }
    }

    fn misspelled<T>(how: Misspelled) -> Result<T, String> {
        Err(how.to_string())
    }

    #[test]
    fn a_number_in_a_range_is_refused_outside_it_and_when_misspelled() {
        let songs = |text: &str| in_range(text, &(0..=1_000_000_u32));
        assert_eq!(songs("0"), Ok(0));
        assert_eq!(songs("1000000"), Ok(1_000_000));
        assert_eq!(
            songs("1000001"),
            Err("1000001 is not in 0..=1000000".into())
        );
        assert_eq!(songs("-1"), Err("-1 is not in 0..=1000000".into()));
        assert_eq!(
            songs("99999999999999999999999"),
            Err("99999999999999999999999 is not in 0..=1000000".into())
        );
        assert_eq!(songs("+5"), misspelled(Misspelled::Sign));
        assert_eq!(songs("05"), misspelled(Misspelled::LeadingZero));
        assert_eq!(songs("-0"), misspelled(Misspelled::Sign));
        assert_eq!(songs("--5"), misspelled(Misspelled::Sign));
        assert_eq!(songs("5.0"), misspelled(Misspelled::NotDigits));
        let numbers = |text: &str| in_range(text, &(i32::MIN..=i32::MAX));
        assert_eq!(numbers("-2147483648"), Ok(i32::MIN));
        assert_eq!(numbers("2147483647"), Ok(i32::MAX));
        assert_eq!(
            numbers("-2147483649"),
            Err("-2147483649 is not in -2147483648..=2147483647".into())
        );
        assert_eq!(numbers("-05"), misspelled(Misspelled::LeadingZero));
    }
}
