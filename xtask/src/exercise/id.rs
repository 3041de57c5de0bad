//! An exercise's number, `N.M`, as the learner types it and as folders are named: two
//! numbers written the workspace's one way (`coro_cli::whole_number`: digits, no sign, no
//! leading zero), so that no two spellings name one exercise (`1.01` is not 1.1).

use std::fmt;
use std::str::FromStr;

use coro_cli::Misspelled;

/// `N.M`: exercise M of step N. Ordered by number, so 1.10 comes after 1.9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id {
    /// The step, as in the crate name `step01-…`.
    pub step: u32,
    /// The exercise within the step, from 1.
    pub number: u32,
}

impl FromStr for Id {
    /// Text that is not an id: `Some` says how it is misspelled if that is all (a sign or a
    /// leading zero), `None` if it is not two numbers at all.
    type Err = Option<Misspelled>;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let number = |part: &str| match coro_cli::whole_number(part) {
            Ok(Some(number)) => u32::try_from(number).map_err(|_| None),
            Ok(None) | Err(Misspelled::NotDigits) => Err(None),
            Err(misspelled) => Err(Some(misspelled)),
        };
        let (step, number_) = text.split_once('.').ok_or(None)?;
        Ok(Id { step: number(step)?, number: number(number_)? })
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.step, self.number)
    }
}
