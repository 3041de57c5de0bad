//! What the project's tools share: xtask and the bench harness (`bench/harness`) run their
//! commands the way a careful shell script does (`set -ex`): each child process shown as
//! typed before it runs, the running toolchain's cargo, and a stop at the first failure
//! with the command named ([`process`]); their own lines written at once, between the
//! children's, with a reader who leaves or a full device told apart ([`output`]); and the
//! workspace as cargo has it ([`workspace`]).
//!
//! It is tooling, not teaching: nothing here is about coroutines, and no step uses it.

pub mod output;
pub mod process;
pub mod workspace;
