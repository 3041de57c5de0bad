//! Rust's own coroutines, which need nightly features: `unstable/radio_gen.rs` (a `gen`
//! block) plays step 2's show, and `unstable/radio_coroutine.rs` (`std::ops::Coroutine`,
//! resumed with the score) plays step 5's scored show.
//!
//! Cargo does not build them. Each test compiles its file with this toolchain's rustc,
//! `RUSTC_BOOTSTRAP=1` set for that one command, against the step 1 library that cargo
//! built for this test (`target/debug/deps`), runs it, and compares its output with the
//! show the stable step prints, computed here in this process.

use std::cell::RefCell;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;
use step01_function::Style;
use step05_awaiter::{Score, ScoredRadio};

/// Compiles `unstable/{name}.rs`, which needs `features`, into this test's scratch
/// directory and returns the program's path. Fails with rustc's stderr if rustc refuses.
fn compile(name: &str, features: &[&str]) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("unstable")
        .join(format!("{name}.rs"));
    let program = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    // The test runs from target/<profile>/deps, where cargo left step 1's rlib and the
    // rlibs it depends on (rand_core, coro-cli, clap…).
    let exe = std::env::current_exe().unwrap();
    let deps = exe.parent().unwrap();
    let step01 = newest_rlib(deps, "step01_function");
    // As cargo finds it: `$RUSTC`, else `rustc` on the PATH (the toolchain's, under rustup).
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(&rustc)
        // Lets this stable rustc accept `#![feature]`, for this command only.
        .env("RUSTC_BOOTSTRAP", "1")
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "bin",
            "--crate-name",
            name,
        ])
        .args(["-D", "warnings"])
        .arg("-L")
        .arg(joined("dependency=", deps.as_os_str()))
        .arg("--extern")
        .arg(joined("step01_function=", step01.as_os_str()))
        .arg("-o")
        .arg(&program)
        .arg(&source)
        .output()
        .unwrap_or_else(|err| panic!("cannot run {rustc:?}: {err}"));
    assert!(
        output.status.success(),
        "rustc ({rustc:?}, RUSTC_BOOTSTRAP=1) refused {}, which needs the unstable \
         features {features:?}; they may have changed in this toolchain.\n\
         rustc's stderr:\n{}",
        source.display(),
        String::from_utf8_lossy(&output.stderr),
    );
    program
}

fn joined(prefix: &str, path: &std::ffi::OsStr) -> OsString {
    let mut joined = OsString::from(prefix);
    joined.push(path);
    joined
}

/// `lib{krate}-*.rlib` in `deps`, the newest if there are several (other builds of the
/// workspace, with other features, leave theirs beside it).
fn newest_rlib(deps: &Path, krate: &str) -> PathBuf {
    let prefix = format!("lib{krate}-");
    std::fs::read_dir(deps)
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.starts_with(&prefix) && name.ends_with(".rlib")
        })
        .max_by_key(|entry| entry.metadata().unwrap().modified().unwrap())
        .unwrap_or_else(|| panic!("no {prefix}*.rlib in {}", deps.display()))
        .path()
}

/// What the program prints with these arguments; it must succeed and say nothing on stderr.
fn run(program: &Path, args: &[&str]) -> String {
    let output = Command::new(program).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{args:?}: {stderr}");
    assert_eq!(stderr, "", "{args:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// What step 2's radio prints for these settings, run here, as tests/cli.rs does.
fn step02(style: Style, songs: u32) -> String {
    let mut radio = step02_generator::radio_station(style, songs);
    let mut out = String::new();
    while radio.next_song() {
        out += &format!("{}\n", radio.value().unwrap());
    }
    out
}

/// What step 5's binary prints with `--style`, `--songs` and `--score`: its `play`.
fn step05(style: Style, songs: u32, score: u8) -> String {
    let mut out = Vec::new();
    step05_awaiter::play(style, songs, Score::new(score).unwrap(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Step 5's radio with the i-th song scored `scores[i % len]`: its `listen`, with the
/// score changing from song to song.
fn step05_scored(style: Style, songs: u32, scores: &[u8]) -> String {
    let speaker = Rc::new(RefCell::new(Vec::new()));
    let mut radio = step05_awaiter::radio_station(style, songs, Rc::clone(&speaker));
    let mut scores = scores.iter().cycle();
    while radio.next_song() {
        writeln!(speaker.borrow_mut(), "{}", radio.value().unwrap()).unwrap();
        radio.score(Score::new(*scores.next().unwrap()).unwrap());
    }
    assert!(radio.take_error().is_none());
    drop(radio);
    String::from_utf8(speaker.take()).unwrap()
}

#[test]
fn the_gen_block_radio_plays_step_2s_show() {
    let program = compile("radio_gen", &["gen_blocks"]);
    assert_eq!(run(&program, &[]), step02(Style::Rap, 7));
    let shows: [(&[&str], Style, u32); 4] = [
        (&["rap", "0"], Style::Rap, 0),
        (&["rap", "7"], Style::Rap, 7),
        (&["electronic", "12"], Style::Electronic, 12),
        (&["electronic", "1000"], Style::Electronic, 1000),
    ];
    for (args, style, songs) in shows {
        assert_eq!(run(&program, args), step02(style, songs), "{args:?}");
    }
    let refused = Command::new(&program).arg("jazz").output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
}

#[test]
fn the_coroutine_radio_resumed_with_each_score_plays_step_5s_scored_show() {
    let program = compile(
        "radio_coroutine",
        &["coroutines", "coroutine_trait", "stmt_expr_attributes"],
    );
    let talk = run(&program, &[]);
    assert_eq!(talk, step05(Style::Rap, 7, 10));
    assert!(
        talk.starts_with(
            "Public Enemy -> Fight The Power\nThe previous track scored 10\n"
        )
    );
    let one_score: [(&[&str], Style, u32, u8); 3] = [
        (&["rap", "0", "3"], Style::Rap, 0, 3),
        (&["electronic", "5", "0"], Style::Electronic, 5, 0),
        (&["rap", "100", "7"], Style::Rap, 100, 7),
    ];
    for (args, style, songs, score) in one_score {
        assert_eq!(run(&program, args), step05(style, songs, score), "{args:?}");
    }
    // A different score for each song: each `resume(score)` brings its own.
    let scores = ["0", "3", "10", "6", "1"];
    let points = [0, 3, 10, 6, 1];
    for (style, name) in [(Style::Rap, "rap"), (Style::Electronic, "electronic")] {
        let args = [&[name, "13"][..], &scores].concat();
        let show = run(&program, &args);
        assert_eq!(show, step05_scored(style, 13, &points), "{args:?}");
        assert!(
            show.contains("scored 3\n") && show.contains("scored 6\n"),
            "{show}"
        );
    }
    let refused = Command::new(&program)
        .args(["rap", "7", "11"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
}
