//! Step 4: co_return. An average computed one number per resume, with the result at the end.
