//! Where a coroutine sits in the chain of calls, and what the transcript calls it.
//!
//! The talk has two coroutines: the outer one calls the inner one. `--depth` puts more
//! coroutines in between, each calling the next, so that the cost of a deep chain can be
//! watched: the outer is level 0, the inner is level `depth`, and the ones between are the
//! middles. The C++ programs in `cpp/` name their coroutines the same way.

use std::fmt;

// ANCHOR: level
/// One coroutine's place in the chain: which level it is, how deep the chain goes, and
/// how many steps the inner takes when the chain reaches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    /// 0 for the outer, `depth` for the inner.
    index: u32,
    /// The inner's level: how many calls separate it from the outer.
    depth: u32,
    /// The inner's argument: `inner(3)` takes three steps.
    steps: u32,
}

impl Level {
    /// The outer coroutine of a chain whose inner sits `depth` calls below it and takes
    /// `steps` steps. The talk's example is `Level::outer(1, 3)`: outer calls inner(3).
    pub const fn outer(depth: u32, steps: u32) -> Self {
        Self {
            index: 0,
            depth,
            steps,
        }
    }

    /// The coroutine this one calls (meaningless for the inner, which calls nobody).
    pub const fn child(self) -> Self {
        Self {
            index: self.index + 1,
            ..self
        }
    }

    /// Whether this is the inner coroutine, the one that does the steps.
    pub const fn is_inner(self) -> bool {
        self.index == self.depth
    }

    /// How many steps the inner takes.
    pub const fn steps(self) -> u32 {
        self.steps
    }

    /// Its name in a trace, one word: `outer`, `middle1` … `middle{depth-1}`, `inner`.
    pub fn actor(self) -> String {
        self.to_string().replace(' ', "")
    }

    /// How a caller names this coroutine when it calls it: `inner(3)` with its argument,
    /// `middle 2` without one.
    pub fn call(self) -> String {
        if self.is_inner() {
            format!("inner({})", self.steps)
        } else {
            self.to_string()
        }
    }
}

/// `outer`, `middle 1` … `middle depth-1`, `inner`: the name at the start of each of the
/// coroutine's lines in the transcript.
impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.index == 0 {
            f.write_str("outer")
        } else if self.is_inner() {
            f.write_str("inner")
        } else {
            write!(f, "middle {}", self.index)
        }
    }
}
// ANCHOR_END: level

#[cfg(test)]
mod tests {
    use super::Level;

    #[test]
    fn a_chain_of_depth_three_is_outer_two_middles_and_inner() {
        let outer = Level::outer(3, 5);
        let chain: Vec<Level> = std::iter::successors(Some(outer), |level| {
            (!level.is_inner()).then(|| level.child())
        })
        .collect();
        let names: Vec<String> = chain.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["outer", "middle 1", "middle 2", "inner"]);
        let calls: Vec<String> = chain.iter().map(|level| level.call()).collect();
        assert_eq!(calls, ["outer", "middle 1", "middle 2", "inner(5)"]);
        assert_eq!(chain[3].steps(), 5);
        let actors: Vec<String> = chain.iter().map(|level| level.actor()).collect();
        assert_eq!(actors, ["outer", "middle1", "middle2", "inner"]);
    }

    #[test]
    fn the_talks_chain_is_outer_calling_inner() {
        let outer = Level::outer(1, 3);
        assert!(!outer.is_inner());
        assert_eq!(outer.child().call(), "inner(3)");
        assert!(outer.child().is_inner());
    }
}
