// Compiled as a doctest of step06-nested that must fail with E0733 (see src/lib.rs).
use step03_pinball::SuspendAlways;

// ANCHOR: await_itself
/// A chain of `depth` levels, each awaiting the next: the frame of `level` would hold
/// the frame of `level`. error[E0733]: recursion in an async fn requires boxing
async fn level(depth: u32) {
    if depth > 0 {
        level(depth - 1).await;
    }
    SuspendAlways::new().await;
}
// ANCHOR_END: await_itself

fn main() {
    drop(level(3));
}
