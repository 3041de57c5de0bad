//! The one way this crate locks a mutex.

use std::sync::{Mutex, MutexGuard, PoisonError};

// ANCHOR: lock
/// Locks `mutex`, poisoned or not.
///
/// A mutex is poisoned when a thread panicked while holding it. Every mutex here guards
/// data that stays whole whatever panics: no lock is held while a task runs or a waker
/// is called, and each critical section is a few assignments that cannot panic
/// half-way. So a poisoned lock is taken as it is, and a panicking task cannot take the
/// executor, its handles or the transcript down with it.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
// ANCHOR_END: lock
