//! Every variant hands out 0..n and nothing else: its sum is n(n-1)/2 for small n, the
//! edges included; and each chain resumes the way its step says.

use coro_bench::nested::{Chain, sum_awaited_in, sum_stacked_in};
use coro_bench::{MSUB, SYMMETRIC, VARIANTS, variant};

#[test]
fn every_variant_sums_0_to_n() {
    for n in [0, 1, 2, 3, 10, 1000] {
        let expected: u64 = (0..n).sum();
        for v in VARIANTS {
            assert_eq!((v.sum)(n), expected, "{} at n = {n}", v.name);
        }
    }
}

#[test]
fn names_are_unique_and_findable() {
    for v in VARIANTS {
        assert_eq!(variant(v.name).map(|found| found.name), Some(v.name));
        assert!(!v.name.contains(char::is_whitespace), "{}", v.name);
    }
    assert!(variant("all").is_none());
}

#[test]
fn the_issue_asks_for_these_depths_of_every_chain() {
    for family in ["plain-", "boxed-", "callstack-"] {
        let depths: Vec<u32> = VARIANTS
            .iter()
            .filter(|v| v.name.starts_with(family))
            .filter_map(|v| v.depth)
            .collect();
        assert_eq!(depths, [1, 4, 16, 64], "{family}");
    }
    for v in VARIANTS {
        if let Some(depth) = v.depth {
            assert!(v.name.ends_with(&format!("-{depth}")), "{}", v.name);
        }
    }
}

#[test]
fn every_chain_is_timed_against_the_c_chain_that_resumes_the_same_way() {
    for v in VARIANTS.iter().filter(|v| v.depth.is_some()) {
        let against = if v.name.starts_with("callstack-") {
            SYMMETRIC
        } else {
            MSUB
        };
        assert_eq!(v.against, against, "{}", v.name);
    }
}

// ANCHOR: polls
#[test]
fn an_awaited_chain_polls_every_level_and_a_stack_only_the_top() {
    const N: u64 = 100;
    let awaited = Chain::default();
    assert_eq!(sum_awaited_in::<16>(N, &awaited), (0..N).sum());
    // 17 frames per resume; one more resume, the last, finds the inner done.
    assert_eq!(awaited.polls(), 17 * (N + 1));

    let stacked = Chain::default();
    assert_eq!(sum_stacked_in::<16>(N, &stacked), (0..N).sum());
    // One poll per number, plus each level's start and end: 16 calls, 17 levels.
    assert_eq!(stacked.polls(), N + 16 + 17);
}
// ANCHOR_END: polls

#[test]
fn a_deeper_chain_keeps_more_frames() {
    let bytes = |name: &str| (variant(name).unwrap().frame_bytes)();
    assert!(bytes("boxed-1") < bytes("boxed-4"));
    assert!(bytes("boxed-16") < bytes("boxed-64"));
    assert!(bytes("plain-1") < bytes("plain-4"));
    assert!(bytes("plain-16") < bytes("plain-64"));
    assert!(bytes("callstack-1") < bytes("callstack-64"));
    // A flat coroutine's frame holds at least its argument and its loop counter.
    assert!(bytes("genawaiter-rc") >= 16);
    assert_eq!(bytes("state-machine"), bytes("state-machine-inlined"));
}
