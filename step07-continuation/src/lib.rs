//! Step 7: continuations, a tiny executor, symmetric transfer, and the echo-server teaser.
