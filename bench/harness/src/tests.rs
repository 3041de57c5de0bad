//! The bench's own logic, without building or timing anything.

mod compilers;
mod reading;
mod results;
