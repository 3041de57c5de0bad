//! Exercise 4.3: the report, handed over.
//!
//! `co_return` of a struct: the body ends with several values at once, one of them a
//! `Vec`. The return object keeps it when `poll` hands it out, and hands it on by value,
//! once: there is no promise left to read it from again.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use step04_average::{Numbers, SuspendAlways};

/// What the calculation returns at its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// How many numbers there were.
    pub count: usize,
    /// Their average, cut toward zero.
    pub average: i32,
    /// The numbers above the average, in their order.
    pub above: Vec<i32>,
}

/// The chapter's `average`, one number per resume, ending with the whole report.
pub async fn report(numbers: Numbers) -> Report {
    let mut sum = 0_i64;
    for &number in numbers.as_slice() {
        sum += i64::from(number);
        SuspendAlways::new().await;
    }
    let count = numbers.as_slice().len();
    // `Numbers` is never empty, and the mean of `i32`s is an `i32`.
    let average = (sum / count as i64) as i32;
    let above = numbers
        .as_slice()
        .iter()
        .copied()
        .filter(|&number| number > average)
        .collect();
    // co_return: the struct is this poll's `Ready` value.
    Report {
        count,
        average,
        above,
    }
}

/// The return object: the body's frame while it runs, then the report it returned.
#[must_use = "a Reporting does nothing until calculate() is called"]
pub struct Reporting<'a> {
    /// The frame; `None` once the body has returned (or panicked), and nothing of it is
    /// left.
    body: Option<Pin<Box<dyn Future<Output = Report> + 'a>>>,
    /// What the body returned, once it has.
    report: Option<Report>,
}

impl<'a> Reporting<'a> {
    /// Wraps a body; lazy: nothing runs before the first `calculate()`.
    pub fn new(body: impl Future<Output = Report> + 'a) -> Self {
        Self {
            body: Some(Box::pin(body)),
            report: None,
        }
    }

    /// One resume; `true` while there is more to calculate, `false` at the end and from
    /// then on.
    pub fn calculate(&mut self) -> bool {
        // Taken out for the poll: a body that panics is dropped on the way out.
        let Some(mut body) = self.body.take() else {
            return false;
        };
        match body.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Pending => {
                self.body = Some(body);
                true
            }
            // The frame is dropped here, at the end; only the report stays.
            Poll::Ready(report) => {
                self.report = Some(report);
                false
            }
        }
    }

    /// The report, handed over by value; `None` if the body has not returned. Either
    /// way the `Reporting` is gone, and a body that had not finished is cancelled with
    /// it.
    pub fn into_report(self) -> Option<Report> {
        self.report
    }
}
