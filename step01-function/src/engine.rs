//! libstdc++'s random numbers, bit for bit, so that our radio plays the C++ program's
//! playlist.
//!
//! The talk's program draws its songs with `std::default_random_engine` and
//! `std::uniform_int_distribution<int>`. The C++ standard fixes neither which engine is the
//! default nor how the distribution maps the engine's numbers to a range, so "the same
//! songs" means "what GCC's library does": in libstdc++ (GCC 12) the default engine is
//! `minstd_rand0`, and the distribution, for an engine whose range is not a full 32 or
//! 64 bits, takes the two-division path of `bits/uniform_int_dist.h`.

use rand::rand_core::utils;
use rand::{Rng, TryRng};
use std::convert::Infallible;

// ANCHOR: engine
/// `std::minstd_rand0`, libstdc++'s `std::default_random_engine`: a Lehmer generator,
/// x ← 16807·x mod (2³¹ − 1). Its outputs lie in `MIN..=MAX`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultRandomEngine {
    /// The last number produced; never 0 (0 would repeat forever).
    state: u32,
}

impl DefaultRandomEngine {
    const MULTIPLIER: u64 = 16_807;
    const MODULUS: u64 = (1 << 31) - 1;
    /// The smallest number the engine produces (`min()` in C++).
    pub const MIN: u32 = 1;
    /// The largest number the engine produces (`max()` in C++).
    pub const MAX: u32 = (1 << 31) - 2;

    /// An engine seeded like C++'s `minstd_rand0 e{seed}`: a seed that is 0 modulo the
    /// modulus becomes 1, as the standard requires.
    pub fn new(seed: u32) -> Self {
        let state = (u64::from(seed) % Self::MODULUS) as u32;
        Self {
            state: if state == 0 { 1 } else { state },
        }
    }
}

impl Default for DefaultRandomEngine {
    /// C++'s default seed is 1: every default-constructed engine plays the same songs.
    fn default() -> Self {
        Self::new(1)
    }
}

/// Implementing `TryRng` with `Infallible` errors makes the engine a `rand::Rng`.
impl TryRng for DefaultRandomEngine {
    type Error = Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        // The product fits in u64: state < 2³¹ and the multiplier < 2¹⁵.
        self.state = (u64::from(self.state) * Self::MULTIPLIER % Self::MODULUS) as u32;
        Ok(self.state)
    }

    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        utils::next_u64_via_u32(self)
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        utils::fill_bytes_via_next_word(dst, || self.try_next_u32())
    }
}
// ANCHOR_END: engine

// ANCHOR: distribution
/// `std::uniform_int_distribution<int>(low, high)` as libstdc++ computes it on
/// [`DefaultRandomEngine`]. It only works with that engine: the mapping depends on the
/// engine's `MIN` and `MAX`, which is why `sample` does not take any `rand::Rng`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UniformIntDistribution {
    low: i32,
    high: i32,
}

impl UniformIntDistribution {
    /// Whole numbers from `low` to `high`, both included.
    ///
    /// # Panics
    ///
    /// If `low > high`, or if the range is as wide as the engine's (2³¹ − 2 numbers) or
    /// wider: libstdc++ takes other paths for those (one that returns the engine's number
    /// as it is, one that combines several draws), which are not written here, and
    /// `sample` would divide by zero.
    pub const fn new(low: i32, high: i32) -> Self {
        assert!(low <= high, "uniform_int_distribution needs low <= high");
        let engine_range = (DefaultRandomEngine::MAX - DefaultRandomEngine::MIN) as i64;
        assert!(
            (high as i64) - (low as i64) < engine_range,
            "uniform_int_distribution: only ranges narrower than the engine's \
             are implemented"
        );
        Self { low, high }
    }

    /// Draws one number: split the engine's range into `n` equal buckets, throw away
    /// draws that fall past the last whole bucket (so every bucket is equally likely),
    /// and return the bucket's index.
    pub fn sample(&self, engine: &mut DefaultRandomEngine) -> i32 {
        let engine_range = u64::from(DefaultRandomEngine::MAX - DefaultRandomEngine::MIN);
        let n = (i64::from(self.high) - i64::from(self.low) + 1) as u64;
        let scaling = engine_range / n;
        let past = n * scaling;
        loop {
            let r = u64::from(engine.next_u32() - DefaultRandomEngine::MIN);
            if r < past {
                return (i64::from(self.low) + (r / scaling) as i64) as i32;
            }
        }
    }
}
// ANCHOR_END: distribution

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers the distribution draws from a fresh engine.
    fn draws(low: i32, high: i32, count: usize) -> Vec<i32> {
        let mut engine = DefaultRandomEngine::default();
        let dist = UniformIntDistribution::new(low, high);
        (0..count).map(|_| dist.sample(&mut engine)).collect()
    }

    // ANCHOR: engine_outputs
    #[test]
    fn engine_matches_minstd_rand0() {
        let mut engine = DefaultRandomEngine::default();
        let first: Vec<u32> = (0..3).map(|_| engine.next_u32()).collect();
        assert_eq!(first, [16_807, 282_475_249, 1_622_650_073]);
    }

    #[test]
    fn engine_10000th_output_is_the_standards_check_value() {
        // [rand.predef] in the C++ standard: the 10000th output of a default-constructed
        // minstd_rand0 is 1043618065.
        let mut engine = DefaultRandomEngine::default();
        let last = (0..10_000).map(|_| engine.next_u32()).last();
        assert_eq!(last, Some(1_043_618_065));
    }
    // ANCHOR_END: engine_outputs

    #[test]
    fn a_seed_of_zero_becomes_one() {
        assert_eq!(DefaultRandomEngine::new(0), DefaultRandomEngine::default());
        assert_eq!(
            DefaultRandomEngine::new(2_147_483_647),
            DefaultRandomEngine::default()
        );
    }

    // ANCHOR: vectors
    #[test]
    fn dice_match_libstdcxx() {
        let expected = [1, 1, 5, 3, 4, 2, 1, 5, 5, 6, 3, 4, 5, 1, 1, 4, 5, 1, 3, 1];
        assert_eq!(draws(1, 6, 20), expected);
    }

    #[test]
    fn percentages_match_libstdcxx() {
        assert_eq!(draws(0, 100, 10), [0, 13, 76, 46, 53, 22, 4, 68, 68, 94]);
    }
    // ANCHOR_END: vectors

    #[test]
    fn the_widest_range_implemented_matches_libstdcxx() {
        // What g++ 12's uniform_int_distribution<int>(0, 2147483644) draws from a fresh
        // default_random_engine: the engine's numbers less one (scaling is 1).
        assert_eq!(draws(0, 2_147_483_644, 2), [16_806, 282_475_248]);
        assert_eq!(draws(-5, 2_147_483_639, 1), [16_801]);
    }

    #[test]
    fn a_range_as_wide_as_the_engines_is_refused() {
        for (low, high) in [
            (0, 2_147_483_645),
            (i32::MIN, i32::MAX),
            (-1, 2_147_483_644),
        ] {
            let made =
                std::panic::catch_unwind(|| UniformIntDistribution::new(low, high));
            assert!(made.is_err(), "{low}..={high}");
        }
    }

    #[test]
    fn u64_is_two_u32_low_word_first() {
        let mut words = DefaultRandomEngine::default();
        let mut wide = DefaultRandomEngine::default();
        assert_eq!(wide.next_u64(), (282_475_249 << 32) | 16_807);
        let _ = (words.next_u32(), words.next_u32());
        assert_eq!(wide, words);
    }
}
