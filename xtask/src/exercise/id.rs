//! An exercise's number, `N.M`, as the learner types it and as folders are named.

use std::fmt;
use std::str::FromStr;

/// `N.M`: exercise M of step N. Ordered by number, so 1.10 comes after 1.9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id {
    /// The step, as in the crate name `step01-…`.
    pub step: u32,
    /// The exercise within the step, from 1.
    pub number: u32,
}

impl FromStr for Id {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let number = |part: &str| {
            // `u32::from_str` takes a leading `+`; an id is digits only.
            (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let parsed = text.split_once('.').and_then(|(step, number_)| {
            Some(Id {
                step: number(step)?,
                number: number(number_)?,
            })
        });
        parsed.ok_or_else(|| format!("'{text}' is not an exercise id such as 1.2"))
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.step, self.number)
    }
}
