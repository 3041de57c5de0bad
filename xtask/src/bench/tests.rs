//! The bench's own logic, without building or timing anything.

mod reading;
mod results;
