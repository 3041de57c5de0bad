//! Building what is measured: `coro-bench` and its divan benchmark with cargo, in the
//! profile `cargo bench` uses, and the C++ programs the variants are timed against with g++;
//! each C++ program once more with clang++ where it is installed, a row of its own beside
//! g++'s (said loudly, and skipped, where it is not).

use std::path::{Path, PathBuf};

use cpp_parity::GXX_FLAGS;
use serde_json::Value;

use anyhow::{Context, Result};
use tool_shell::output::say;
use tool_shell::process::Cmd;

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
    /// What builds it: g++ for every row of [`YARDSTICKS`]; [`Yardstick::clang`] makes the
    /// clang row beside each.
    pub compiler: Compiler,
}

/// The two C++ compilers, with the same flags ([`GXX_FLAGS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compiler {
    /// g++: the yardstick every ratio is taken to.
    Gxx,
    /// clang++, where it is installed: each program's second row.
    Clang,
}

/// The names clang++ is installed under: its own, then the versioned one Debian's
/// `clang-16` installs.
pub const CLANG: [&str; 2] = ["clang++", "clang++-16"];

/// Names a clang++ to use instead of looking for [`CLANG`]; empty, none: the clang rows
/// are skipped as on a machine without it (how the skip is seen where clang is installed).
pub const CLANG_ENV: &str = "CORO_BENCH_CLANG";

/// A C++ chain `depth` levels deep, a counterpart timed against the generator.
const fn chain(
    name: &'static str,
    program: &'static str,
    depth: u32,
    what: &'static str,
) -> Yardstick {
    Yardstick {
        name,
        program,
        what,
        against: Some("generator_sum"),
        depth: Some(depth),
        compiler: Compiler::Gxx,
    }
}

const MSUB: &str = "the talk's `mSub` chain in C++: each resume walks down from the outer";
const SYMMETRIC: &str = "a C++ chain by symmetric transfer: each resume goes to the innermost";

/// Every C++ row. Each yardstick comes before the variants timed against it; a
/// counterpart (the ucontext station, the chains, timed against the generator) after them.
pub const YARDSTICKS: [Yardstick; 12] = [
    Yardstick {
        name: "c++",
        program: "generator_sum",
        what: "step 2's generator shape in C++20, `g++ -O2`",
        against: None,
        depth: None,
        compiler: Compiler::Gxx,
    },
    Yardstick {
        name: "c++-ucontext",
        program: "ucontext_sum",
        what: "step 9's station in C++ on POSIX `ucontext` (`swapcontext`, a system call)",
        against: Some("generator_sum"),
        depth: None,
        compiler: Compiler::Gxx,
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
        name: "c++-hidden",
        program: "generator_hidden_sum",
        what: "`c++` with the station made through a `volatile` function pointer: never inlined",
        against: Some("generator_sum"),
        depth: None,
        compiler: Compiler::Gxx,
    },
    Yardstick {
        name: "c++-when-any",
        program: "when_any_sum",
        what: "a `when_any` of two C++20 coroutines that finish at once (a resume: one select)",
        against: None,
        depth: None,
        compiler: Compiler::Gxx,
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
    /// chain against the C++ chain of its own depth, and always the g++ build (the clang
    /// rows stand beside it).
    pub fn measures(&self, program: &str, depth: Option<u32>) -> bool {
        self.compiler == Compiler::Gxx
            && self.program == program
            && (self.depth.is_none() || self.depth == depth)
    }

    /// The same program built with clang++: named as this row with `clang` for `c++`
    /// (`c++-msub-4` gives `clang-msub-4`), and timed against what this row is timed
    /// against, or against this row for a yardstick: every C++ ratio is to a g++ build.
    pub fn clang(self) -> Yardstick {
        let name = match self.name.strip_prefix("c++") {
            Some(rest) => format!("clang{rest}"),
            None => format!("clang-{}", self.name),
        };
        let what = format!("`{}` built by clang++", self.name);
        Yardstick {
            // A row's name and line live as long as the run: a few bytes each, leaked once.
            name: name.leak(),
            what: what.leak(),
            against: Some(self.against.unwrap_or(self.program)),
            compiler: Compiler::Clang,
            ..self
        }
    }

    /// Its executable's file name: the program's, with `-clang` for clang's build.
    pub fn file_name(&self) -> String {
        match self.compiler {
            Compiler::Gxx => self.program.to_string(),
            Compiler::Clang => format!("{}-clang", self.program),
        }
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
    /// Every one of [`YARDSTICKS`], in its order, each followed by its clang build where
    /// clang++ was found.
    pub cpp: Vec<Cpp>,
    /// The cargo command, as shown.
    pub cargo: String,
    /// The g++ command, then clang++'s, as shown (paths from the root), with `P` for the
    /// program: what builds every one of them.
    pub cxx: Vec<String>,
    /// The clang++ every program was built with too (`clang++-16`); `None`: none, said.
    pub clang: Option<String>,
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
    let clang = find_clang()?;
    // Each row, then its clang build: a program added to the list is built by both.
    let rows = YARDSTICKS
        .into_iter()
        .flat_map(|row| std::iter::once(row).chain(clang.is_some().then(|| row.clang())));
    let dir = coro_bench.parent().unwrap_or(root);
    let compilers = std::iter::once(("g++", Compiler::Gxx));
    let compilers = compilers.chain(clang.as_deref().map(|clang| (clang, Compiler::Clang)));
    // Every program's commands, said once: each compiler's with `P` for the program.
    let p = Yardstick { program: "P", ..YARDSTICKS[0] };
    let cxx = compilers
        .map(|(compiler, kind)| {
            let p = Yardstick { compiler: kind, ..p };
            compile(compiler, root, &p, &dir.join(p.file_name())).to_string()
        })
        .collect();
    let mut cpp = Vec::new();
    for yardstick in rows {
        let path = dir.join(yardstick.file_name());
        // A chain's program is one row per depth: built once by each compiler.
        if cpp.iter().any(|built: &Cpp| built.path == path) {
            cpp.push(Cpp { yardstick, path });
            continue;
        }
        let (compiler, needed) = match (yardstick.compiler, &clang) {
            (Compiler::Clang, Some(clang)) => (clang.as_str(), "clang++ must build it as g++ does"),
            _ => ("g++", "the C++ programs are the yardsticks: they need g++ 11 or later"),
        };
        compile(compiler, root, &yardstick, &path).run().context(needed)?;
        cpp.push(Cpp { yardstick, path });
    }
    Ok(Built { coro_bench, divan, cpp, cargo: cargo.to_string(), cxx, clang })
}

/// The command that builds `program`'s source into `path`: the flags of every step's C++
/// (step 2's generator is the one measured), so it is compiled as its chapter's, by both
/// compilers alike.
fn compile(compiler: &str, root: &Path, program: &Yardstick, path: &Path) -> Cmd {
    let source = root.join(program.source());
    Cmd::new(compiler).args(GXX_FLAGS).arg(source).arg("-o").arg(path).dir(root)
}

/// The clang++ to build every C++ program with as well: the one [`CLANG_ENV`] names, else
/// the first of [`CLANG`] that runs; or `None`, after saying loudly that its rows are
/// skipped.
fn find_clang() -> Result<Option<String>> {
    let runs = |name: &str| {
        let version = Cmd::new(name).arg("--version").output();
        version.is_ok_and(|out| out.status.success())
    };
    let why = match std::env::var(CLANG_ENV) {
        Ok(name) if name.trim().is_empty() => format!("{CLANG_ENV} is set, empty"),
        Ok(name) => {
            anyhow::ensure!(runs(&name), "{CLANG_ENV}={name}: `{name} --version` does not run");
            return Ok(Some(name));
        }
        Err(_) => match CLANG.into_iter().find(|name| runs(name)) {
            Some(name) => return Ok(Some(name.into())),
            None => format!("no clang++ installed (tried {})", CLANG.join(", ")),
        },
    };
    say(format_args!(
        "\n*** SKIPPED: the clang rows: {why}; each C++ program is built by g++ alone \
         (Debian: apt-get install clang-16) ***\n"
    ))?;
    Ok(None)
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
