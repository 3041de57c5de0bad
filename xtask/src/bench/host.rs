//! What the numbers were measured on and with: the machine, the compilers, the profile,
//! the commands. Printed before the numbers and written beside them.

use std::path::Path;

use super::Plan;
use super::build::{self, Built};
use crate::Result;
use crate::process::Cmd;

/// The conditions of one measurement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    /// The CPU model, from `/proc/cpuinfo`.
    pub cpu: String,
    /// Logical cores the process may use.
    pub cores: usize,
    /// `rustc -V`.
    pub rustc: String,
    /// `g++ --version`, first line.
    pub gxx_version: String,
    /// The bench profile's LTO, codegen units and opt-level.
    pub profile: String,
    /// The commands that built the programs.
    pub cargo: String,
    /// The g++ command.
    pub gxx: String,
    /// How this measurement was asked for.
    pub command: String,
    pub plan: Plan,
}

impl Setup {
    /// Asks the machine and the tools.
    pub fn probe(root: &Path, built: &Built, plan: Plan) -> Result<Setup> {
        let manifest = crate::workspace::manifest(root)?;
        let args: Vec<String> = std::env::args().skip(1).collect();
        Ok(Setup {
            cpu: cpu_model().unwrap_or_else(|| "unknown (no /proc/cpuinfo)".into()),
            cores: std::thread::available_parallelism().map_or(1, usize::from),
            rustc: first_line("rustc", &["-V"]),
            gxx_version: first_line("g++", &["--version"]),
            profile: build::profile(&manifest),
            cargo: built.cargo.clone(),
            gxx: built.gxx.clone(),
            command: format!("cargo xtask {}", args.join(" ")),
            plan,
        })
    }

    /// The lines printed before the numbers, and written as a list beside them.
    pub fn lines(&self) -> Vec<String> {
        let Plan { n, runs, samples, .. } = self.plan;
        let (command, s) = (&self.command, if runs == 1 { "" } else { "s" });
        vec![
            format!("machine: {}, {} cores", self.cpu, self.cores),
            format!("compilers: {}; {}", self.rustc, self.gxx_version),
            self.profile.clone(),
            format!("built with: `{}` and `{}`", self.cargo, self.gxx),
            format!(
                "measured with: `{command}`: n = {n}, {runs} alternating turn{s} of C++ then Rust, \
                 {samples} samples each (medians); callgrind at n and 2n"
            ),
        ]
    }
}

/// The first `model name` in `/proc/cpuinfo`.
pub fn cpu_model() -> Option<String> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    cpuinfo.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key.trim() == "model name").then(|| value.trim().to_owned())
    })
}

/// A tool's first line of output, or why there is none.
fn first_line(program: &str, args: &[&str]) -> String {
    match Cmd::new(program).args(args).read() {
        Ok(out) => out.lines().next().unwrap_or("").to_string(),
        Err(_) => format!("{program}: not found"),
    }
}
