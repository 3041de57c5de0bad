//! Step 3: co_await. A pinball game in which the coroutine yields nothing, written as Rust's own async fn.
