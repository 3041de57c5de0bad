//! Symmetric transfer, shown honestly: what grows the stack and what does not, measured on
//! threads with a 256 KiB stack.

use step07_continuation::WakeMode;
use step07_continuation::overflow::{self, run_child};
use step07_continuation::stack::{
    self, StackReport, chain, measure_await_loop, on_small_stack,
};

const SMALL_STACK_KIB: u32 = 256;
const MILLION: u32 = 1_000_000;

// ANCHOR: await_loop
#[test]
fn a_million_awaits_in_a_loop_run_on_a_256_kib_stack_at_constant_depth() {
    let (ten, million) = on_small_stack(SMALL_STACK_KIB, || {
        (measure_await_loop(10), measure_await_loop(MILLION))
    });
    assert_eq!((ten.result, ten.steps), (45, 1));
    assert_eq!((million.result, million.steps), (499_999_500_000, 1));
    assert_eq!(
        million.deepest, ten.deepest,
        "the same depth for every await"
    );
}
// ANCHOR_END: await_loop

// ANCHOR: queue_chain
#[test]
fn through_the_run_queue_a_million_links_complete_on_a_256_kib_stack() {
    let (ten, million) = on_small_stack(SMALL_STACK_KIB, || {
        (
            chain(10, WakeMode::Queue, None),
            chain(MILLION, WakeMode::Queue, None),
        )
    });
    // Every link (and the task at the gate) is polled twice: to suspend, to finish.
    assert_eq!((ten.result, ten.steps), (10, 22));
    assert_eq!((million.result, million.steps), (1_000_000, 2_000_002));
    assert_eq!(
        million.deepest, ten.deepest,
        "the same depth for every link"
    );
}
// ANCHOR_END: queue_chain

// ANCHOR: direct_grows
#[test]
fn polled_inside_wake_every_link_adds_the_same_stack() {
    let reports: Vec<StackReport> = on_small_stack(16 * 1024, || {
        [100, 200, 300]
            .map(|n| chain(n, WakeMode::Direct, None))
            .to_vec()
    });
    let [hundred, two_hundred, three_hundred] = reports[..] else {
        unreachable!("three reports")
    };
    assert_eq!((three_hundred.result, three_hundred.steps), (300, 602));
    let per_hundred_links = two_hundred.deepest - hundred.deepest;
    assert_eq!(
        three_hundred.deepest - two_hundred.deepest,
        per_hundred_links
    );
    assert!(
        per_hundred_links >= 100 * 64,
        "{per_hundred_links} bytes per 100 links"
    );
}
// ANCHOR_END: direct_grows

// ANCHOR: direct_overflows
#[test]
fn polled_inside_wake_a_long_chain_overflows_a_256_kib_stack() {
    let exe = env!("CARGO_BIN_EXE_step07-continuation").as_ref();
    let child = run_child(exe, 100_000, SMALL_STACK_KIB).unwrap();
    assert!(!child.status.success());
    #[cfg(unix)]
    assert_eq!(
        child.signal().map(overflow::signal_name).as_deref(),
        Some("SIGABRT")
    );
    let message = child.overflow_message().expect("Rust's overflow message");
    assert!(message.starts_with("thread 'small-stack'"), "{message}");
    assert!(message.ends_with("has overflowed its stack"), "{message}");
    let (link, stack) = child.last_link.expect("some links went on");
    assert!(
        (10..100_000).contains(&link),
        "overflowed after link {link}"
    );
    assert!(stack <= SMALL_STACK_KIB as usize * 1024);
    assert_eq!(child.summary, None, "it never finished");
    eprintln!("the direct chain overflowed 256 KiB after link {link}, {stack} bytes in");
}
// ANCHOR_END: direct_overflows

#[test]
fn the_probe_measures_from_where_it_started() {
    stack::start_probe();
    assert_eq!(stack::deepest(), 0);
    #[inline(never)]
    fn deeper(levels: u32) -> usize {
        let pad = std::hint::black_box([0u8; 256]);
        if levels == 0 {
            stack::probe()
        } else {
            deeper(levels - 1) + usize::from(pad[0])
        }
    }
    let shallow = deeper(0);
    let deep = deeper(10);
    assert!(deep >= shallow + 10 * 256, "{shallow} then {deep}");
    assert_eq!(stack::deepest(), deep);
}
