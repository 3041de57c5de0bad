//! The price of a stack, measured in a process of its own (`price`): each test runs the
//! binary, so that no other test's memory is counted with the radios'.

#![cfg(target_os = "linux")]

use assert_cmd::Command;

/// What `price` printed, by line: the numbers on the line that starts with `key:`.
struct Printed(String);

impl Printed {
    fn numbers(&self, key: &str) -> Vec<f64> {
        let line = self
            .0
            .lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix(": "));
        let line = line.unwrap_or_else(|| panic!("no `{key}:` line in {:?}", self.0));
        line.split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter_map(|word| word.parse().ok())
            .collect()
    }

    fn bytes(&self, key: &str, which: usize) -> usize {
        self.numbers(key)[which] as usize
    }
}

fn price(args: &[&str]) -> Printed {
    let output = Command::cargo_bin("step09-stackful")
        .unwrap()
        .arg("price")
        .args(args)
        .assert()
        .success()
        .stderr("");
    Printed(String::from_utf8(output.get_output().stdout.clone()).unwrap())
}

/// The size of one page: the guard page is one.
fn page(printed: &Printed) -> usize {
    printed.bytes("stack reserved", 2)
}

// ANCHOR: reserved
#[test]
fn a_stack_reserves_what_was_asked_in_whole_pages_and_a_guard_page_below() {
    // 1 MiB is whole pages; 5000 bytes is not, and is rounded up.
    for (kib_asked, bytes_asked) in [("1024", 1 << 20), ("5", 5 << 10)] {
        let printed = price(&["--stack-kib", kib_asked, "--stations", "10"]);
        assert_eq!(printed.bytes("stack asked", 0), bytes_asked);
        let [reserved, usable, guard] = printed.numbers("stack reserved")[..] else {
            panic!("three numbers")
        };
        let (reserved, usable, guard) =
            (reserved as usize, usable as usize, guard as usize);
        let page = page(&printed);
        assert!(
            page.is_power_of_two() && page >= 4096,
            "a guard of {guard} bytes"
        );
        assert!(
            usable >= bytes_asked && usable < bytes_asked + page,
            "{usable} usable"
        );
        assert_eq!(usable % page, 0);
        assert_eq!(reserved, usable + guard);
        // Every radio maps that much of the address space, and no more.
        assert_eq!(printed.bytes("stackful mapped", 1), reserved);
    }
}
// ANCHOR_END: reserved

// ANCHOR: touched
#[test]
fn a_stackful_radio_touches_a_page_or_two_of_its_stack_and_a_stackless_one_its_frame() {
    let printed = price(&["--stations", "1000"]);
    assert_eq!(printed.numbers("stations alive"), [1000.0]);
    let (page, reserved) = (page(&printed), printed.bytes("stack reserved", 0));
    let stackful = printed.bytes("stackful touched", 1);
    // At least the page its first resume wrote; far below the megabyte it reserved.
    assert!(stackful >= page, "{stackful} bytes per stackful radio");
    assert!(
        stackful <= 4 * page && stackful * 64 < reserved,
        "{stackful} of {reserved}"
    );
    let frame = printed.bytes("stackless frame", 0);
    assert!(frame > 0 && frame < 1024, "a frame of {frame} bytes");
    let stackless = printed.bytes("stackless touched", 1);
    // The boxed frame and the airlock; the allocator may reuse a little it had freed.
    assert!(
        stackless > frame / 2 && stackless < 1024,
        "{stackless} bytes per stackless"
    );
    assert!(stackful > 8 * stackless, "{stackful} against {stackless}");
    assert!(printed.numbers("stackful / stackless touched")[0] > 8.0);
}
// ANCHOR_END: touched

#[test]
fn what_is_touched_does_not_grow_with_what_is_reserved() {
    let small = price(&["--stack-kib", "64", "--stations", "500"]);
    let large = price(&["--stack-kib", "16384", "--stations", "500"]);
    let mapped = |printed: &Printed| printed.bytes("stackful mapped", 1);
    // 256 times the stack reserved, the same pages touched.
    assert!(mapped(&large) > 100 * mapped(&small));
    assert_eq!(
        small.bytes("stackful touched", 1),
        large.bytes("stackful touched", 1)
    );
}

#[test]
fn out_of_range_settings_are_refused() {
    for (args, reason) in [
        (&["--stations", "0"][..], "0 is not in 1..=10000"),
        (&["--stations", "10001"], "10001 is not in 1..=10000"),
        (&["--stack-kib", "3"], "3 is not in 4..=65536"),
    ] {
        let output = Command::cargo_bin("step09-stackful")
            .unwrap()
            .arg("price")
            .args(args)
            .output()
            .unwrap();
        coro_cli::testing::assert_refused(output, reason);
    }
}
