//! `cargo run -q -p step02-generator -- --trace | cargo run -q -p trace-diagram --example draw`:
//! a trace on standard input, its picture on standard output, to look at one while writing.

use std::io::Read;

fn main() {
    let mut trace = String::new();
    if let Err(err) = std::io::stdin().read_to_string(&mut trace) {
        eprintln!("error: cannot read the trace: {err}");
        std::process::exit(1);
    }
    match trace_diagram::svg(&trace, "a trace", "draw") {
        Ok(svg) => println!("{svg}"),
        Err(err) => {
            eprintln!("error: {err}");
            std::process::exit(2);
        }
    }
}
