use super::*;

/// An output whose every write fails the way `kind` says.
struct Failing(io::ErrorKind);

impl Write for Failing {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(self.0.into())
    }
    fn flush(&mut self) -> io::Result<()> {
        Err(self.0.into())
    }
}

fn left() -> anyhow::Error {
    Output(io::ErrorKind::BrokenPipe.into()).into()
}

fn full() -> anyhow::Error {
    Output(io::ErrorKind::StorageFull.into()).into()
}

#[test]
fn a_failing_write_is_an_output_error_of_its_kind() {
    let mut out = Vec::new();
    say_to(&mut out, "$ cargo test").unwrap();
    assert_eq!(out, b"$ cargo test\n");
    for kind in [io::ErrorKind::BrokenPipe, io::ErrorKind::StorageFull] {
        let err = say_to(&mut Failing(kind), "$ cargo test").unwrap_err();
        assert_eq!(output_kind(&err), Some(kind));
    }
}

#[test]
fn a_reader_that_leaves_a_verdict_is_a_failure_not_a_pass() {
    let err = verdict(Err(left()), "ci").unwrap_err();
    assert_eq!(
        (format!("{err:#}"), output_kind(&err)),
        ("the output was closed before `cargo xtask ci` finished, so it did not pass".into(), None)
    );
    // Anything else goes through as it is.
    let err = verdict(Err(full()), "ci").unwrap_err();
    assert_eq!(output_kind(&err), Some(io::ErrorKind::StorageFull));
    assert!(verdict(Ok(()), "ci").is_ok());
    let failed = verdict(Err(anyhow::anyhow!("`cargo test` failed")), "ci").unwrap_err();
    assert_eq!((failed.to_string(), output_kind(&failed)), ("`cargo test` failed".into(), None));
}
