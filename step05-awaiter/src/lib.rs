//! Step 5: a custom awaiter; a score passed back into the coroutine.
