//! The `async fn` average and its return object: the talk's transcript, C++'s integer
//! arithmetic without its overflow, a harmless end, panics and drops.

use std::cell::Cell;
use std::rc::Rc;
use step04_average::{
    Average, Console, NoNumbers, Numbers, SuspendAlways, average, average_of_borrowed,
    print_average,
};

const CRUNCHING: &str = "    Number crunching the next value.\n";
const MORE: &str = "More calculations needed.\n";
const FINALLY: &str = "    Finally, all calculated.\n";

fn numbers(list: &[i32]) -> Numbers {
    Numbers::new(list.to_vec()).unwrap()
}

/// What `print_average` should print for `count` numbers averaging to `average`.
fn transcript(count: usize, average: i32) -> String {
    format!(
        "{}{FINALLY}Average : {average}\n",
        format!("{CRUNCHING}{MORE}").repeat(count)
    )
}

fn printed(list: &[i32]) -> String {
    let mut out = Vec::new();
    print_average(numbers(list), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Runs an `Average` to its end; how many `calculate()` calls said `true`, and the result.
fn run(list: &[i32]) -> (usize, Option<i32>) {
    let mut calculation = average(numbers(list), Console::new(Vec::new()));
    let mut more = 0;
    while calculation.calculate() {
        more += 1;
    }
    (more, calculation.result())
}

#[test]
fn the_talks_numbers_print_the_talks_transcript() {
    let talks = "    Number crunching the next value.
More calculations needed.
    Number crunching the next value.
More calculations needed.
    Number crunching the next value.
More calculations needed.
    Number crunching the next value.
More calculations needed.
    Number crunching the next value.
More calculations needed.
    Number crunching the next value.
More calculations needed.
    Number crunching the next value.
More calculations needed.
    Number crunching the next value.
More calculations needed.
    Finally, all calculated.
Average : 150
";
    let mut out = Vec::new();
    print_average(Numbers::talks(), &mut out).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), talks);
    assert_eq!(transcript(8, 150), talks);
}

#[test]
fn one_resume_per_number_then_one_to_finish() {
    assert_eq!(printed(&[42]), transcript(1, 42));
    assert_eq!(printed(&[1, 2, 3]), transcript(3, 2));
    assert_eq!(run(&[42]), (1, Some(42)));
    assert_eq!(run(&[5; 1000]), (1000, Some(5)));
}

// ANCHOR: arithmetic
#[test]
fn the_average_truncates_toward_zero_and_never_overflows() {
    let cases: [(&[i32], i32); 7] = [
        (&[-7, 0], -3), // C++: -7 / 2 == -3 (the talk's unsigned division: -4)
        (&[1, 2], 1),
        (&[-1, -2], -1), // toward zero, not down to -2
        (&[-3, 0, 0], -1),
        (&[i32::MAX, i32::MAX], i32::MAX), // the sum needs 33 bits
        (&[i32::MIN, i32::MIN, i32::MIN], i32::MIN),
        (&[i32::MAX, i32::MIN], 0), // sum -1, divided by 2
    ];
    for (list, expected) in cases {
        assert_eq!(run(list).1, Some(expected), "{list:?}");
    }
    assert_eq!(run(&[i32::MAX; 10_000]).1, Some(i32::MAX));
}
// ANCHOR_END: arithmetic

// ANCHOR: empty
#[test]
fn an_empty_list_is_refused_before_any_coroutine_exists() {
    assert_eq!(Numbers::new(Vec::new()), Err(NoNumbers));
    assert_eq!(NoNumbers.to_string(), "no numbers to average");
}
// ANCHOR_END: empty

#[test]
fn nothing_is_crunched_before_the_first_calculate() {
    let console = Console::new(Vec::new());
    let mut calculation = average(numbers(&[3, 4]), console.clone());
    assert_eq!(console.text(), "");
    assert!(calculation.calculate());
    assert_eq!(console.text(), CRUNCHING);
}

// ANCHOR: after_the_end
#[test]
fn the_result_appears_at_the_end_and_calculate_stays_false() {
    let mut calculation = average(numbers(&[100, 200]), Console::new(Vec::new()));
    assert_eq!(calculation.result(), None);
    assert!(calculation.calculate());
    assert!(calculation.calculate());
    assert_eq!(calculation.result(), None, "one resume left: the end");
    assert!(!calculation.calculate());
    assert_eq!(calculation.result(), Some(150));
    for _ in 0..3 {
        // Polling the finished body again would panic; the `Average` does not poll it.
        assert!(!calculation.calculate());
        assert_eq!(calculation.result(), Some(150));
    }
}
// ANCHOR_END: after_the_end

// ANCHOR: borrow_ok
#[test]
fn borrowed_numbers_that_outlive_the_average_are_fine() {
    let talks = Numbers::talks(); // named: it lives to the end of the test
    let console = Console::new(Vec::new());
    let mut calculation = average_of_borrowed(&talks, console.clone());
    while calculation.calculate() {}
    assert_eq!(calculation.result(), Some(150));
    assert_eq!(console.text(), CRUNCHING.repeat(8) + FINALLY);
}
// ANCHOR_END: borrow_ok

// ANCHOR: panic
#[test]
fn a_panic_reaches_the_caller_of_calculate_and_leaves_the_average_finished() {
    let mut calculation = Average::new(async {
        SuspendAlways::default().await;
        panic!("the calculator overheated");
    });
    assert!(calculation.calculate());
    let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        calculation.calculate()
    }));
    let message = panic.unwrap_err().downcast::<&str>().unwrap();
    assert_eq!(*message, "the calculator overheated");
    // No second panic ("resumed after panicking"): the `Average` does not poll again.
    assert!(!calculation.calculate());
    assert_eq!(calculation.result(), None);
}
// ANCHOR_END: panic

#[test]
fn polling_a_body_again_after_its_panic_would_panic_again() {
    // What the `finished` flag of `Average` avoids.
    let mut body = Box::pin(async { panic!("the calculator overheated") });
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    let poll = std::panic::AssertUnwindSafe(|| body.as_mut().poll(&mut cx));
    assert!(std::panic::catch_unwind(poll).is_err());
    let again = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        body.as_mut().poll(&mut cx)
    }));
    let message = again.unwrap_err().downcast::<&str>().unwrap();
    assert_eq!(*message, "`async fn` resumed after panicking");
}

// ANCHOR: drop
/// Counts how many times it was dropped.
struct DropCounter(Rc<Cell<u32>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

#[test]
fn dropping_the_average_mid_calculation_frees_the_coroutines_state() {
    for resumes in [0, 1, 3] {
        let drops = Rc::new(Cell::new(0));
        let held = DropCounter(drops.clone());
        let mut calculation = Average::new(async move {
            let _held_across_suspensions = held;
            for _ in 0..5 {
                SuspendAlways::default().await;
            }
            0
        });
        for _ in 0..resumes {
            assert!(calculation.calculate());
        }
        assert_eq!(drops.get(), 0, "still calculating after {resumes} resumes");
        drop(calculation);
        assert_eq!(drops.get(), 1, "dropped after {resumes} resumes");
    }
}
// ANCHOR_END: drop
