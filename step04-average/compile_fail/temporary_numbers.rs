// A compile_fail doctest of `step04_average::average_of_borrowed`: this must NOT compile.
// ANCHOR: temporary
use step04_average::{Console, Numbers, average_of_borrowed};

let console = Console::new(Vec::new());
// The list is a temporary: it is dropped at the end of this statement...
let mut calculation = average_of_borrowed(&Numbers::talks(), console);
// ...while the coroutine would still read it here.
while calculation.calculate() {}
// ANCHOR_END: temporary
