use std::io::ErrorKind::{BrokenPipe, StorageFull};

use super::*;

/// A failed write of this kind, as `tool_shell::output::say` makes one.
fn failed(kind: std::io::ErrorKind) -> anyhow::Error {
    Output(kind.into()).into()
}

#[test]
fn each_kind_of_end_has_its_exit_code() {
    let codes = [
        exit_code(Ok(())),
        exit_code(Err(failed(BrokenPipe))),
        exit_code(Err(failed(StorageFull))),
        exit_code(Err(anyhow::anyhow!("failed"))),
        exit_code(Err(Usage("--yes alone").into())),
        // The kind is found under context too.
        exit_code(Err(failed(BrokenPipe).context("writing the list"))),
        exit_code(Err(anyhow::Error::from(Usage("--yes alone")).context("parsing"))),
    ];
    let expected = [0, 0, 1, 1, 2, 0, 2].map(ExitCode::from);
    assert_eq!(codes, expected);
}
