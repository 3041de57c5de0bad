//! Building what is measured: `coro-bench` and its divan benchmark with cargo, in the
//! profile `cargo bench` uses, and the C++ programs the variants are timed against with g++.

use std::path::{Path, PathBuf};

use cpp_parity::GXX_FLAGS;
use serde_json::Value;

use crate::process::Cmd;
use crate::{Context, Result};

/// A C++ program some variants are timed against: a row of the table of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Yardstick {
    /// Its row's name in the table.
    pub name: &'static str,
    /// `bench/cpp/{program}.cpp`, built as `{program}`: what a variant's `against` names.
    pub program: &'static str,
    /// One line for the table.
    pub what: &'static str,
    /// For a C++ counterpart rather than a yardstick, the program whose time in the same
    /// turn its time is divided by, as a Rust variant's is: its row comes after that
    /// program's Rust variants. `None`: a yardstick, its ratio 1.
    pub against: Option<&'static str>,
    /// For a chain, its depth: the program's first argument, and the depth of the Rust
    /// variants timed against this row.
    pub depth: Option<u32>,
}

/// A C++ chain `depth` levels deep, a counterpart timed against the generator.
const fn chain(
    name: &'static str,
    program: &'static str,
    depth: u32,
    what: &'static str,
) -> Yardstick {
    Yardstick { name, program, what, against: Some("generator_sum"), depth: Some(depth) }
}

const MSUB: &str = "the talk's `mSub` chain in C++: each resume walks down from the outer";
const SYMMETRIC: &str = "a C++ chain by symmetric transfer: each resume goes to the innermost";

/// Every C++ row. Each yardstick comes before the variants timed against it; a
/// counterpart (the ucontext station, the chains, timed against the generator) after them.
pub const YARDSTICKS: [Yardstick; 11] = [
    Yardstick {
        name: "c++",
        program: "generator_sum",
        what: "step 2's generator shape in C++20, `g++ -O2`",
        against: None,
        depth: None,
    },
    Yardstick {
        name: "c++-ucontext",
        program: "ucontext_sum",
        what: "step 9's station in C++ on POSIX `ucontext` (`swapcontext`, a system call)",
        against: Some("generator_sum"),
        depth: None,
    },
    chain("c++-msub-1", "msub_sum", 1, MSUB),
    chain("c++-msub-4", "msub_sum", 4, MSUB),
    chain("c++-msub-16", "msub_sum", 16, MSUB),
    chain("c++-msub-64", "msub_sum", 64, MSUB),
    chain("c++-sym-1", "symmetric_sum", 1, SYMMETRIC),
    chain("c++-sym-4", "symmetric_sum", 4, SYMMETRIC),
    chain("c++-sym-16", "symmetric_sum", 16, SYMMETRIC),
    chain("c++-sym-64", "symmetric_sum", 64, SYMMETRIC),
    Yardstick {
        name: "c++-when-any",
        program: "when_any_sum",
        what: "a `when_any` of two C++20 coroutines that finish at once (a resume: one select)",
        against: None,
        depth: None,
    },
];

impl Yardstick {
    /// Its source, from the workspace root.
    pub fn source(&self) -> String {
        format!("bench/cpp/{}.cpp", self.program)
    }

    /// What the program is given before n: a chain's depth.
    pub fn args(&self) -> Vec<String> {
        self.depth.iter().map(u32::to_string).collect()
    }

    /// Whether a variant timed against `program` at `depth` is timed against this row: a
    /// chain against the C++ chain of its own depth.
    pub fn measures(&self, program: &str, depth: Option<u32>) -> bool {
        self.program == program && (self.depth.is_none() || self.depth == depth)
    }
}

/// A C++ program, built.
#[derive(Debug, Clone)]
pub struct Cpp {
    pub yardstick: Yardstick,
    pub path: PathBuf,
}

#[derive(Debug, Clone)]
pub struct Built {
    /// `coro-bench`: `list` and `sum VARIANT N`.
    pub coro_bench: PathBuf,
    /// The divan benchmark `benches/resume.rs`.
    pub divan: PathBuf,
    /// Every one of [`YARDSTICKS`], in its order.
    pub cpp: Vec<Cpp>,
    /// The cargo command, as shown.
    pub cargo: String,
    /// The g++ commands, as shown (paths from the root).
    pub gxx: Vec<String>,
}

/// Builds everything, printing each command first.
pub fn build(root: &Path) -> Result<Built> {
    // `cargo bench` builds in the `bench` profile, which inherits `release`; `--no-run`
    // only builds, and the JSON messages name the executables.
    let args = "bench -p coro-bench --no-run --locked --message-format=json-render-diagnostics";
    let cargo = Cmd::cargo(args.split_whitespace()).dir(root).live_stderr();
    let messages = cargo.echo()?.read()?;
    let divan = artifact(&messages, "resume", "bench")?;
    let coro_bench = artifact(&messages, "coro-bench", "bin")?;
    let (mut cpp, mut gxx) = (Vec::new(), Vec::new());
    for yardstick in YARDSTICKS {
        let path = coro_bench.parent().unwrap_or(root).join(yardstick.program);
        // A chain's program is one row per depth: built once.
        if let Some(built) =
            cpp.iter().find(|cpp: &&Cpp| cpp.yardstick.program == yardstick.program)
        {
            let path = built.path.clone();
            cpp.push(Cpp { yardstick, path });
            continue;
        }
        // The flags of every step's C++ (step 2's generator is the one measured), so it is
        // compiled as its chapter's.
        let source = root.join(yardstick.source());
        let command = Cmd::new("g++").args(GXX_FLAGS).arg(source).arg("-o").arg(&path).dir(root);
        command.run().context("the C++ programs are the yardsticks: they need g++ 11 or later")?;
        gxx.push(command.to_string());
        cpp.push(Cpp { yardstick, path });
    }
    Ok(Built { coro_bench, divan, cpp, cargo: cargo.to_string(), gxx })
}

/// The executable cargo built for target `name` of kind `kind`, from its JSON messages.
pub fn artifact(messages: &str, name: &str, kind: &str) -> Result<PathBuf> {
    messages
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|message| message["reason"] == "compiler-artifact")
        .filter(|message| message["target"]["name"] == name)
        // A target built as a test harness has its own executable: never the one wanted
        // for a `bin` (it would run libtest), always the one for a `bench`.
        .filter(|message| message["profile"]["test"] == (kind == "bench"))
        .filter(|message| {
            message["target"]["kind"].as_array().is_some_and(|kinds| kinds.contains(&kind.into()))
        })
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .with_context(|| format!("cargo built no {kind} `{name}`"))
}

/// The settings that change the numbers most, as the manifest gives them to the `bench`
/// profile: its own, else `release`'s (which it inherits), else cargo's defaults. An
/// environment variable `CARGO_PROFILE_BENCH_…` or `…_RELEASE_…` wins over both.
pub fn profile(manifest: &toml::Table) -> String {
    let setting = |profile: &str, key: &str| {
        Some(manifest.get("profile")?.get(profile)?.get(key)?.to_string())
    };
    let keys = [("opt-level", "3"), ("lto", "false"), ("codegen-units", "16")];
    let shown = keys.map(|(key, default)| {
        let env_key = key.to_uppercase().replace('-', "_");
        let env = |profile| std::env::var(format!("CARGO_PROFILE_{profile}_{env_key}")).ok();
        let value = env("BENCH").or_else(|| env("RELEASE")).or_else(|| setting("bench", key));
        let value = value.or_else(|| setting("release", key)).unwrap_or_else(|| default.into());
        format!("{key} = {value}")
    });
    format!("bench profile (inherits release): {}", shown.join(", "))
}
