//! Reading what the programs print (divan, callgrind, cargo, `coro-bench`), checking the
//! sums, and the command line.

use std::path::{Path, PathBuf};

use crate::build::{Built, Cpp, YARDSTICKS, artifact, profile};
use crate::check::{self, Variant, check_sums, expected_sum, parse_list};
use crate::divan::medians;
use crate::measure::{collected_in, median};

/// Real divan 0.1.21 output (trimmed to four rows), tree, units and all.
const DIVAN: &str = "\
Timer precision: 20 ns
resume                       fastest       │ slowest       │ median        │ mean          │ samples │ iters
╰─ resume                                  │               │               │               │         │
   ├─ await-64               2.264 ms      │ 3.975 ms      │ 2.685 ms      │ 2.977 ms      │ 100     │ 100
   ├─ genawaiter-rc          25.04 µs      │ 52.77 µs      │ 25.19 µs      │ 25.62 µs      │ 100     │ 100
   ├─ genawaiter-sync        261.4 µs      │ 364 µs        │ 261.9 µs      │ 268.7 µs      │ 100     │ 100
   ╰─ state-machine-inlined  1.239 ns      │ 1.25 ns       │ 1.239 ns      │ 1.243 ns      │ 100     │ 204800
";

#[test]
fn divan_medians_are_read_in_nanoseconds() {
    let rows = medians(DIVAN).unwrap();
    let expected = [
        ("await-64", 2_685_000.0),
        ("genawaiter-rc", 25_190.0),
        ("genawaiter-sync", 261_900.0),
        ("state-machine-inlined", 1.239),
    ];
    assert_eq!(rows.len(), expected.len());
    for ((name, ns), (want_name, want_ns)) in rows.iter().zip(expected) {
        assert_eq!(name, want_name);
        assert!((ns - want_ns).abs() < 1e-6 * want_ns, "{name}: {ns}");
    }
}

#[test]
fn a_divan_table_that_cannot_be_read_is_an_error_showing_it() {
    let garbled = DIVAN.replace("25.19 µs", "25.19 fortnights");
    let err = medians(&garbled).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "divan printed a median \"25.19 fortnights\" for genawaiter-rc; divan printed:\n{garbled}"
        )
    );
    let renamed = DIVAN.replace("│ median ", "│ middle ");
    let err = medians(&renamed).unwrap_err().to_string();
    assert!(
        err.starts_with(
            "divan's table has the columns [\"fastest\", \"slowest\", \"middle\", \"mean\", \"samples\", \"iters\"], not "
        ) && err.ends_with(&format!("; divan printed:\n{renamed}")),
        "{err}"
    );
    assert!(medians("Timer precision: 20 ns\n").is_err());
    let no_rows = DIVAN.lines().take(3).collect::<Vec<_>>().join("\n");
    assert!(
        medians(&no_rows).unwrap_err().to_string().starts_with("divan printed no benchmark row")
    );
}

#[test]
fn the_expected_sum_is_n_times_n_minus_1_over_2_without_overflow() {
    for n in 0..50u64 {
        assert_eq!(expected_sum(n), (0..n).sum::<u64>(), "n = {n}");
    }
    assert_eq!(expected_sum(1_000_000_000), 499_999_999_500_000_000);
    assert_eq!(expected_sum(1_000_000_001), 500_000_000_500_000_000);
}

#[test]
fn the_sum_check_passes_only_when_every_variant_sums_right() {
    let names = ["c++", "genawaiter-rc", "pinball"];
    let good = [("c++", "45"), ("genawaiter-rc", "45"), ("pinball", "45")];
    assert!(check_sums(&names, &good, 10).is_ok());

    let wrong = [("c++", "45"), ("genawaiter-rc", "44"), ("pinball", "45")];
    let err = check_sums(&names, &wrong, 10).unwrap_err();
    assert_eq!(err.to_string(), "the sum of 0..10 is 45, but genawaiter-rc printed 44");

    let missing_and_extra = [("c++", "45"), ("genawaiter-rc", "45"), ("fibers", "45")];
    let err = check_sums(&names, &missing_and_extra, 10).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the sum of 0..10 is 45, but pinball printed nothing; fibers is not a known variant"
    );

    let twice = [("c++", "45"), ("genawaiter-rc", "45"), ("pinball", "45"), ("pinball", "45")];
    assert!(
        check_sums(&names, &twice, 10).unwrap_err().to_string().contains("pinball printed 2 sums")
    );
}

/// `bench --quick` end to end on two stand-in programs, one of which sums wrong: the check
/// names it and fails.
#[cfg(unix)]
#[test]
fn the_quick_check_fails_when_a_program_prints_a_wrong_sum() {
    use std::os::unix::fs::PermissionsExt;
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let script = |name: &str, body: &str| {
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    };
    let [generator, ucontext, .., when_any] = YARDSTICKS;
    let built = Built {
        coro_bench: script(
            "coro-bench",
            "echo 'genawaiter-rc 4950'; echo 'pinball 4951'; echo 'select 4950'",
        ),
        divan: PathBuf::new(),
        cpp: vec![
            Cpp { yardstick: generator, path: script("generator_sum", "echo 'sum 4950'") },
            Cpp { yardstick: ucontext, path: script("ucontext_sum", "echo 'sum 4950'") },
            Cpp { yardstick: when_any, path: script("when_any_sum", "echo 'sum 4949'") },
        ],
        cargo: String::new(),
        cxx: Vec::new(),
        clang: None,
    };
    let variant = |name: &str, against: &str| Variant {
        name: name.into(),
        depth: None,
        frame_bytes: 0,
        what: String::new(),
        against: against.into(),
        touched_bytes: None,
    };
    let mut variants = vec![
        variant("genawaiter-rc", "generator_sum"),
        variant("pinball", "generator_sum"),
        variant("select", "when_any_sum"),
    ];
    let err = check::sums(&built, &variants, 100).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the sum of 0..100 is 4950, but c++-when-any printed 4949; pinball printed 4951"
    );
    // A variant timed against a program that is not built is refused before anything runs.
    variants[2].against = "fibers_sum".into();
    let err = check::sums(&built, &variants, 100).unwrap_err();
    assert_eq!(
        err.to_string(),
        "select is timed against \"fibers_sum\", which is none of [\"generator_sum\", \"ucontext_sum\", \"when_any_sum\"]"
    );
}

#[test]
fn the_variant_list_is_read_field_by_field() {
    let list = "genawaiter-rc\t-\t48\tstep 2: genawaiter\tgenerator_sum\t-\n\
                await-4\t4\t272\tstep 6\tgenerator_sum\t-\n\
                select\t-\t32\tstep 8\twhen_any_sum\t-\n\
                stackful\t-\t1052672\tstep 9\tgenerator_sum\t4096\n";
    let variants = parse_list(list).unwrap();
    assert_eq!(variants[0].depth, None);
    assert_eq!(variants[1].depth, Some(4));
    assert_eq!(variants[1].frame_bytes, 272);
    assert_eq!(variants[2].against, "when_any_sum");
    assert_eq!((variants[2].touched_bytes, variants[3].touched_bytes), (None, Some(4096)));
    assert!(parse_list("await-4\tfour\t272\tstep 6\tgenerator_sum\t-\n").is_err());
    assert!(parse_list("await-4\t4\t272\tstep 6\t-\n").is_err(), "no C++ program named");
    assert!(parse_list("await-4\t4\t272\tstep 6\tgenerator_sum\n").is_err(), "no touched");
    assert!(parse_list("a\t4\t272\tstep 6\tgenerator_sum\tmany\n").is_err(), "touched?");
    assert!(parse_list("a\t4\t272\tstep 6\tgenerator_sum\t-\tmore\n").is_err(), "7 fields");
    assert!(parse_list("").is_err());
}

#[test]
fn callgrind_totals_and_medians() {
    let log = "==25520== Events    : Ir\n==25520== Collected : 3733444\n==25520==\n";
    assert_eq!(collected_in(log), Some(3_733_444));
    assert_eq!(collected_in("==1== I refs: 12\n"), None);
    assert_eq!(median(&[5.0, 1.0, 3.0]), 3.0);
    assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
}

#[test]
fn cargo_artifacts_are_found_by_name_and_kind() {
    let messages = r#"{"reason":"compiler-artifact","target":{"name":"coro-bench","kind":["lib"]},"profile":{"test":false},"executable":null}
{"reason":"compiler-artifact","target":{"name":"coro-bench","kind":["bin"]},"profile":{"test":true},"executable":"/t/release/deps/coro_bench-0d5b"}
{"reason":"compiler-artifact","target":{"name":"coro-bench","kind":["bin"]},"profile":{"test":false},"executable":"/t/release/coro-bench"}
{"reason":"compiler-artifact","target":{"name":"resume","kind":["bench"]},"profile":{"test":true},"executable":"/t/release/deps/resume-f9d5"}
{"reason":"build-finished","success":true}"#;
    assert_eq!(
        artifact(messages, "coro-bench", "bin").unwrap(),
        Path::new("/t/release/coro-bench")
    );
    assert_eq!(
        artifact(messages, "resume", "bench").unwrap(),
        Path::new("/t/release/deps/resume-f9d5")
    );
    assert!(artifact(messages, "fibers", "bin").is_err());
}

#[test]
fn the_profile_shown_is_the_manifests() {
    let manifest = "[profile.dev]\nlto = \"thin\"\n\n[profile.release]\n# why\nlto = \"fat\" # half\ncodegen-units = 1\n";
    assert_eq!(
        profile(&manifest.parse().unwrap()),
        "bench profile (inherits release): opt-level = 3, lto = \"fat\", codegen-units = 1"
    );
    let own = format!("{manifest}[profile.bench]\ncodegen-units = 4\n");
    let own = profile(&own.parse().unwrap());
    assert!(own.ends_with("codegen-units = 4"), "{own}");
}

#[test]
fn bad_usage_is_refused_with_exit_code_2() {
    #[derive(clap::Parser, Debug)]
    struct Cli {
        #[command(flatten)]
        args: crate::Args,
    }
    let parse =
        |args: &[&str]| coro_cli::parse_from::<Cli, _>(["bench"].iter().chain(args)).map(|_| ());
    assert_eq!(parse(&["--runs", "4"]), Err(2));
    assert_eq!(parse(&["--quick", "--workshop"]), Err(2));
    assert_eq!(parse(&["--quick", "--runs", "7"]), Err(2));
    assert_eq!(parse(&["--runs", "7"]), Ok(()));
    assert_eq!(parse(&[]), Ok(()));
}
