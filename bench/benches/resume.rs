//! The timings: every variant's workload at one `N`, under divan. `cargo xtask bench` runs
//! this binary several times, alternating with the C++ program, and reads the medians.

use coro_bench::{VARIANTS, Variant};
use std::hint::black_box;
use std::sync::LazyLock;

/// Numbers per run: `CORO_BENCH_N`, which `cargo xtask bench` sets so that the C++ program
/// runs the same n, else 10 000: large enough that making the coroutine is lost among its
/// resumes, small enough that 100 samples of the deepest chain take a fraction of a second.
static N: LazyLock<u64> = LazyLock::new(|| {
    let n = std::env::var("CORO_BENCH_N")
        .ok()
        .and_then(|n| n.parse().ok());
    n.filter(|n| (1..=1_000_000_000).contains(n))
        .unwrap_or(10_000)
});

fn main() {
    divan::main();
}

/// One sample: the whole workload. The sum goes back to divan, so it must be computed;
/// `N` goes in through `black_box`, so it cannot be folded into the code.
#[divan::bench(args = VARIANTS)]
fn resume(variant: &Variant) -> u64 {
    (variant.sum)(black_box(*N))
}
