// A compile_fail doctest of `step04_average::numbers`: this must NOT compile.
// ANCHOR: mixed
let numbers: Vec<i32> = vec![-7, 0];
let sum: i64 = numbers.iter().copied().map(i64::from).sum();
let average = sum / numbers.len(); // i64 / usize: no such operator
// ANCHOR_END: mixed
