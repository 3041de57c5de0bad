//! How a command's end becomes xtask's exit code, by the workspace's rule (`coro_cli`). How
//! the commands write, and the [`Output`] error a failed write is, are `tool_shell::output`:
//! the bench harness writes the same way.

use std::process::ExitCode;

use tool_shell::output::Output;

use crate::{Result, Usage};

/// The exit code for how a command ended, after saying why on standard error: 0, 1 for a
/// failure (the error and its context on one line), 2 for bad usage (with the `--help`
/// pointer), and for a failing output what `coro_cli` says (0 quietly for a reader that
/// left, else its line and 1).
pub fn exit_code(outcome: Result<()>) -> ExitCode {
    let Err(err) = outcome else { return ExitCode::SUCCESS };
    match err.downcast::<Output>() {
        Ok(Output(err)) => coro_cli::output::exit_code(Err(err)),
        Err(err) => match err.downcast_ref::<Usage>() {
            Some(usage) => coro_cli::refuse(usage),
            None => {
                coro_cli::complain(format_args!("{err:#}"));
                ExitCode::FAILURE
            }
        },
    }
}

#[cfg(test)]
mod tests;
