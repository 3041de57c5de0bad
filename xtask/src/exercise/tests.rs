//! Tests of the exercise runner, on small exercises made for them in temporary folders, so
//! that they pin exact output whatever the real exercises become (`--check` is what holds
//! the real ones to their promises).

mod apart;
mod checking;
mod fixtures;
mod help;
mod learner;
mod limits;
mod reading;
mod ties;
mod watching;
