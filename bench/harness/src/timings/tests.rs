use super::*;

#[test]
fn the_file_has_the_table_and_each_figure_between_its_anchors() {
    let timing = |anchor, what, command, seconds| (anchor, what, command, seconds);
    let timings = [
        timing("cold-steps", "first build of the steps", "cargo build", 13.14),
        timing("edit-run", "edit one step, run it", "cargo run -q", 0.2),
    ];
    assert_eq!(
        file(&timings, "AMD EPYC", 2),
        "<!-- Written by `cargo xtask bench --workshop`: run it again rather than edit. -->\n\n\
         <!-- ANCHOR: table -->\n| what | command | seconds |\n|---|---|---:|\n\
         | first build of the steps | `cargo build` | 13.1 |\n\
         | edit one step, run it | `cargo run -q` | 0.2 |\n\n\
         On AMD EPYC, 2 cores; each build in an empty `CARGO_TARGET_DIR`, the edit-then-run \
         after the first build of the steps, right after `touch step02-generator/src/radio.rs`.\n\
         <!-- ANCHOR_END: table -->\n\n\
         <!-- ANCHOR: cold-steps -->\n13.1\n<!-- ANCHOR_END: cold-steps -->\n\n\
         <!-- ANCHOR: edit-run -->\n0.2\n<!-- ANCHOR_END: edit-run -->\n\n"
    );
}
