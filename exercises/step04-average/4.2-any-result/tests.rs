use super::exercise::*;
use std::panic::{AssertUnwindSafe, catch_unwind};
use step04_average::SuspendAlways;

/// The lowest and highest numbers, one number per resume.
async fn lowest_and_highest(numbers: Vec<i32>) -> (i32, i32) {
    let (mut lowest, mut highest) = (i32::MAX, i32::MIN);
    for number in numbers {
        lowest = lowest.min(number);
        highest = highest.max(number);
        SuspendAlways::new().await;
    }
    (lowest, highest)
}

#[test]
fn the_result_arrives_at_the_end() {
    let mut calculation = Calculation::new(lowest_and_highest(vec![200, 100, 300]));
    let mut resumes = 0;
    while calculation.calculate() {
        assert_eq!(calculation.result(), None);
        resumes += 1;
    }
    assert_eq!(resumes, 3);
    assert_eq!(calculation.result(), Some(&(100, 300)));
}

#[test]
fn a_finished_calculation_is_not_resumed_again() {
    let mut calculation = Calculation::new(async { String::from("Average : 150") });
    assert!(!calculation.calculate());
    assert!(!calculation.calculate());
    assert_eq!(
        calculation.result().map(String::as_str),
        Some("Average : 150")
    );
}

#[test]
fn a_body_that_panics_leaves_the_calculation_finished() {
    let mut calculation = Calculation::new(async {
        SuspendAlways::new().await;
        panic!("overheated");
    });
    assert!(calculation.calculate());
    let panic = catch_unwind(AssertUnwindSafe(|| calculation.calculate())).unwrap_err();
    assert_eq!(panic.downcast_ref::<&str>(), Some(&"overheated"));
    assert!(!calculation.calculate());
    assert_eq!(calculation.result(), None::<&()>);
}
