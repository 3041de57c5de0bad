use super::*;

/// The workspace root, two levels above this crate (`support/tool-shell`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf()
}

#[test]
fn commands_show_as_typed_in_their_directory() {
    let clippy = Cmd::cargo(["clippy", "--", "-D", "warnings"]);
    assert_eq!(clippy.to_string(), "cargo clippy -- -D warnings");
    assert_eq!(Cmd::cargo(["run", "a b", ""]).to_string(), "cargo run 'a b' ''");
    let root = root();
    let gxx = Cmd::new("g++")
        .arg(root.join("bench/cpp/generator_sum.cpp"))
        .args(["-o", "/elsewhere/x"])
        .env("N", "10")
        .dir(&root);
    assert_eq!(gxx.to_string(), "N=10 g++ bench/cpp/generator_sum.cpp -o /elsewhere/x");
}

#[test]
fn a_failing_command_is_named_in_the_error() {
    let root = root();
    let err = Cmd::cargo(["no-such-xtask-subcommand"]).dir(&root).run().unwrap_err();
    let err = format!("{err:#}");
    assert!(err.starts_with("`cargo no-such-xtask-subcommand` failed ("), "{err}");
    let err = Cmd::new("no-such-xtask-program").read().unwrap_err();
    assert!(format!("{err:#}").starts_with("could not run `no-such-xtask-program`: "), "{err:#}");
}

#[test]
fn read_captures_standard_output() {
    let version = Cmd::cargo(["--version"]).read().unwrap();
    assert!(version.starts_with("cargo "), "{version}");
}
