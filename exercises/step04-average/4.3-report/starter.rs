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
    // TODO: add each number and suspend after it (`SuspendAlways`), as the chapter's
    // `average` does; at the end, return the report.
    todo!()
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
        // TODO: poll the body once, unless it is gone; keep the report when it is ready,
        // and let the frame go.
        todo!()
    }

    /// The report, handed over by value; `None` if the body has not returned. Either
    /// way the `Reporting` is gone, and a body that had not finished is cancelled with
    /// it.
    pub fn into_report(self) -> Option<Report> {
        // TODO
        todo!()
    }
}
