//! Step 6: a coroutine that calls another coroutine.
