use super::exercise::*;
use std::cell::Cell;
use std::rc::Rc;
use step04_average::{Numbers, SuspendAlways, TALKS_NUMBERS};

/// The report on `numbers`, and how many resumes said there was more to calculate.
fn reported(numbers: &[i32]) -> (Option<Report>, usize) {
    let mut reporting = Reporting::new(report(Numbers::new(numbers.to_vec()).unwrap()));
    let mut resumes = 0;
    while reporting.calculate() {
        resumes += 1;
    }
    (reporting.into_report(), resumes)
}

#[test]
fn the_talks_numbers_one_per_resume() {
    let expected = Report {
        count: 8,
        average: 150,
        above: vec![200, 200, 200, 200],
    };
    assert_eq!(reported(&TALKS_NUMBERS), (Some(expected), 8));
}

#[test]
fn above_means_above_the_average_cut_toward_zero() {
    let expected = Report {
        count: 3,
        average: -2,
        above: vec![0, 1],
    };
    assert_eq!(reported(&[-7, 0, 1]), (Some(expected), 3));
    let alone = Report {
        count: 1,
        average: 42,
        above: vec![],
    };
    assert_eq!(reported(&[42]), (Some(alone), 1));
}

#[test]
fn big_numbers_do_not_overflow() {
    let expected = Report {
        count: 3,
        average: 715_827_882,
        above: vec![i32::MAX, i32::MAX],
    };
    assert_eq!(
        reported(&[i32::MAX, i32::MAX, i32::MIN]),
        (Some(expected), 3)
    );
}

/// Counts how many times it was dropped.
struct DropCounter(Rc<Cell<u32>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

/// A body that holds a `DropCounter` across `suspensions` suspensions.
fn counted_body(drops: &Rc<Cell<u32>>, suspensions: u32) -> Reporting<'static> {
    let held = DropCounter(Rc::clone(drops));
    Reporting::new(async move {
        let _held = held;
        for _ in 0..suspensions {
            SuspendAlways::new().await;
        }
        Report {
            count: 0,
            average: 0,
            above: vec![],
        }
    })
}

#[test]
fn at_the_end_the_frame_is_gone_and_the_report_stays() {
    let drops = Rc::new(Cell::new(0));
    let mut reporting = counted_body(&drops, 2);
    assert_eq!([reporting.calculate(), reporting.calculate()], [true, true]);
    assert_eq!(drops.get(), 0, "still calculating");
    assert_eq!(reporting.calculate(), false);
    // The body's locals went when it returned, before anyone took the report (a C++ frame
    // stays, with its promise, until destroy()).
    assert_eq!(drops.get(), 1);
    assert_eq!(reporting.calculate(), false, "and stays over");
    let report = reporting.into_report().map(|report| report.count);
    assert_eq!((report, drops.get()), (Some(0), 1));
}

#[test]
fn a_report_asked_for_too_early_is_none_and_cancels_the_calculation() {
    let drops = Rc::new(Cell::new(0));
    let mut reporting = counted_body(&drops, 5);
    assert_eq!(reporting.calculate(), true);
    assert_eq!(reporting.into_report(), None);
    assert_eq!(drops.get(), 1, "dropped at its suspension: cancelled");
}
