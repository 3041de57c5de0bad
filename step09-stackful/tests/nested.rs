//! The nested call that stackless coroutines cannot make: the inner is a plain function,
//! called by plain functions, and suspends the whole stack from inside them.

use step09_stackful::nested;

// ANCHOR: resumes_and_depth
/// As step 6 counts them: one resume per step of the inner, one for its end, one for each
/// level above it that suspends once more, whatever the depth; and the inner really ran
/// `depth` plain calls below the outer.
#[test]
fn the_inner_suspends_from_any_depth_and_each_resume_is_one_switch() {
    for depth in [1, 2, 10, 1000] {
        for steps in [0, 1, 3] {
            let mut out = Vec::new();
            let (resumes, deepest) = nested::run(depth, steps, &mut out).unwrap();
            assert_eq!(resumes, steps + 1 + depth, "depth {depth}, {steps} steps");
            assert_eq!(deepest, depth);
            let out = String::from_utf8(out).unwrap();
            let last = format!("caller: resume {resumes}\nouter: done\n");
            assert!(out.ends_with(&last), "{out}");
        }
    }
}
// ANCHOR_END: resumes_and_depth
