//! Parity with the C++ programs in `cpp/`: the same bytes for the same settings and the
//! same typed answers; the `awaitables` show; and, where valgrind is installed, what it
//! says about the C++ programs.

mod common;

use common::frame_bytes;
use std::io::Write;
use std::path::{Path, PathBuf};

fn cpp(name: &str) -> Option<cpp_parity::CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp").join(name);
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
}

/// A file holding `answers`, to be standard input for both programs.
fn answers_file(name: &str, answers: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, answers).unwrap();
    path
}

fn stdin_from(path: &Path) -> std::fs::File {
    std::fs::File::open(path).unwrap()
}

// ANCHOR: parity
#[test]
fn it_prints_what_the_cpp_awaiter_prints() {
    let Some(cpp) = cpp("awaiter.cpp") else {
        return;
    };
    // (Rust arguments, the same settings for the C++ program: style, songs, score)
    let settings: [(&[&str], &[&str]); 4] = [
        (&[], &[]),
        (
            &["--style", "electronic", "--songs", "10", "--score", "3"],
            &["1", "10", "3"],
        ),
        (&["--songs", "0", "--score", "0"], &["0", "0", "0"]),
        (&["--songs", "1000", "--score", "7"], &["0", "1000", "7"]),
    ];
    for (rust_args, cpp_args) in settings {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step05-awaiter"));
        let shown = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().args(cpp_args),
        );
        let songs: usize = cpp_args.get(1).map_or(7, |n| n.parse().unwrap());
        assert_eq!(shown.lines().count(), 2 * songs);
    }
}

#[test]
fn typed_scores_give_what_they_give_the_cpp_awaiter() {
    let Some(cpp) = cpp("awaiter.cpp") else {
        return;
    };
    // Varying scores, lines to refuse, and an end of input before the last song: eight
    // scores, 38 points, an average of 4.75 that both round up.
    let answers = "0\n10\n 5\t\n+5\n07\nfive\n\r\n3\r\n8\n2\n9\n1";
    let answers = answers_file("varying_scores.txt", answers);
    let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step05-awaiter"));
    rust.args(["--style", "electronic", "--songs", "12", "--interactive"]);
    let mut cpp = cpp.command();
    cpp.args(["1", "12", "-"]);
    let shown = cpp_parity::assert_same_stdout(
        rust.stdin(stdin_from(&answers)),
        cpp.stdin(stdin_from(&answers)),
    );
    assert!(shown.contains("The previous track scored 5\n"));
    assert!(
        shown.ends_with("Average score: 4.8 over 8 songs\n"),
        "{shown}"
    );
    // The questions and complaints agree too.
    let rust_questions = rust.stdin(stdin_from(&answers)).output().unwrap().stderr;
    let cpp_questions = cpp.stdin(stdin_from(&answers)).output().unwrap().stderr;
    assert_eq!(
        String::from_utf8(rust_questions).unwrap(),
        String::from_utf8(cpp_questions).unwrap()
    );
}
// ANCHOR_END: parity

#[test]
fn the_trace_is_the_cpp_awaiters_trace() {
    let Some(cpp) = cpp("awaiter.cpp") else {
        return;
    };
    let settings: [(&[&str], &[&str]); 3] = [
        (&["--trace"], &["--trace"]),
        (
            &[
                "--trace",
                "--style",
                "electronic",
                "--songs",
                "10",
                "--score",
                "3",
            ],
            &["--trace", "1", "10", "3"],
        ),
        (&["--songs", "0", "--trace"], &["0", "0", "--trace"]),
    ];
    for (rust_args, cpp_args) in settings {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step05-awaiter"));
        let shown = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().args(cpp_args),
        );
        assert!(
            shown.ends_with("radio return\ncaller destroy radio\n"),
            "{shown}"
        );
    }
    // Typed scores: the same trace too (questions go to standard error).
    let answers = answers_file("traced_scores.txt", "4\nx\n6\n");
    let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step05-awaiter"));
    rust.args(["--trace", "--songs", "3", "--interactive"]);
    let mut cpp = cpp.command();
    cpp.args(["--trace", "0", "3", "-"]);
    let shown = cpp_parity::assert_same_stdout(
        rust.stdin(stdin_from(&answers)),
        cpp.stdin(stdin_from(&answers)),
    );
    assert!(shown.contains("caller give radio \"6\"\n"), "{shown}");
}

// ANCHOR: awaitables
#[test]
fn the_cpp_awaitables_show_who_runs_in_which_resume() {
    let Some(cpp) = cpp("awaitables.cpp") else {
        return;
    };
    let output = cpp.command().output().unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "caller: resume 1
  show: first song on air
caller: resume 2
  show: asks for the score
caller: scores 7, resume 3
  show: the first song scored 7
  show: second song on air
caller: scores 9, resume 4
  show: asks for the score
  show: the second song scored 9
  jingle: Radio Coro, all songs, one at a time
caller: resume 5
  show: back after the jingle, good night
caller: the show is done: true
"
    );
}
// ANCHOR_END: awaitables

#[test]
fn the_cpp_awaiter_reports_its_frame_size_too() {
    let Some(cpp) = cpp("awaiter.cpp") else {
        return;
    };
    let output = cpp.command().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    // Not equal to Rust's: the two compilers lay out different frames.
    frame_bytes(&output.stdout);
}

#[test]
fn the_cpp_programs_are_valgrind_clean() {
    let early_end = answers_file("valgrind_answers.txt", "4\nx\n6\n");
    let runs: [(&str, &[&str], Option<&Path>); 5] = [
        ("awaiter.cpp", &[], None),
        ("awaiter.cpp", &["1", "3", "0"], None),
        ("awaiter.cpp", &["--frame-size"], None),
        ("awaiter.cpp", &["0", "7", "-"], Some(&early_end)),
        ("awaitables.cpp", &[], None),
    ];
    for (program, args, stdin) in runs {
        let Some(cpp) = cpp(program) else {
            return;
        };
        // Questions go to standard error too: the report holds only valgrind's lines.
        cpp.assert_memcheck_clean(args, stdin);
    }
}

// ANCHOR: await_transform
#[test]
fn the_cpp_promise_lets_the_body_co_await_nothing() {
    // g++ is there if the program compiles; then the same body with one more co_await.
    if cpp("awaiter.cpp").is_none() {
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp");
    let source = std::fs::read_to_string(dir.join("awaiter.cpp")).unwrap();
    let yield_line = "        const std::optional<int> score = co_yield";
    assert!(source.contains(yield_line));
    let patched = source.replacen(
        yield_line,
        &format!("        co_await std::suspend_always{{}};\n{yield_line}"),
        1,
    );
    let mut gxx = std::process::Command::new("g++")
        .args(cpp_parity::GXX_FLAGS)
        .arg("-iquote")
        .arg(&dir)
        .args(["-fsyntax-only", "-x", "c++", "-"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    gxx.stdin
        .take()
        .unwrap()
        .write_all(patched.as_bytes())
        .unwrap();
    let output = gxx.wait_with_output().unwrap();
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(errors.contains("use of deleted function"), "{errors}");
    assert!(errors.contains("await_transform"), "{errors}");
}
// ANCHOR_END: await_transform
