//! A listing that does not compile looks like one that does, unless the page says so: each
//! ```` ```rust,compile_fail,E0277 ```` fence comes right after [`MARK`] with its error code,
//! and the file it includes is a `compile_fail` doctest of its crate with that same code,
//! so that rustdoc checks the page's claim.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use crate::Problem;

/// The line that marks a listing that does not compile; `{code}` is its error code.
pub const MARK: &str = r#"<p class="does-not-compile">Does not compile: <a href="https://doc.rust-lang.org/error_codes/{code}.html"><code>{code}</code></a></p>"#;

static CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^E\d{4}$").unwrap());
static INCLUDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{\{\s*#(?:rustdoc_)?include\s+([^:}\s]+)").unwrap());
/// A doctest that must fail with a code, and the file it is: two lines of a crate's source.
static DOCTEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"```compile_fail,(E\d{4})[^\n]*\n\s*#!?\[doc = include_str!\("([^"]+)"\)\]"#,
    )
    .unwrap()
});

/// What is wrong with the `compile_fail` listings of the chapter `file`, whose markdown is
/// `text` and which includes files relative to `dir`.
pub fn compile_fail_marks(file: &str, text: &str, dir: &Path) -> Vec<Problem> {
    let lines: Vec<&str> = text.lines().collect();
    let mut problems = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(info) = line.trim_start().strip_prefix("```") else {
            continue;
        };
        let words: Vec<&str> = info.split(',').map(str::trim).collect();
        if !words.contains(&"compile_fail") {
            continue;
        }
        let mut problem = |message| {
            problems.push(Problem {
                file: file.into(),
                line: index + 1,
                message,
            })
        };
        let Some(code) = words.iter().find(|word| CODE.is_match(word)) else {
            problem("a `compile_fail` listing names its error code: ```` ```rust,compile_fail,E0277 ````".into());
            continue;
        };
        let mark = MARK.replace("{code}", code);
        let before = lines[..index]
            .iter()
            .rev()
            .find(|line| !line.trim().is_empty());
        if before.map(|line| line.trim()) != Some(mark.as_str()) {
            problem(format!(
                "a `compile_fail` listing is marked on the page: put `{mark}` right before it"
            ));
        }
        let included = lines.get(index + 1).and_then(|next| INCLUDE.captures(next));
        let Some(source) = included.map(|include| dir.join(&include[1])) else {
            problem(
                "a `compile_fail` listing includes the file its crate's doctest compiles"
                    .into(),
            );
            continue;
        };
        match doctest_code(&source) {
            Some(checked) if checked == *code => {}
            Some(checked) => {
                problem(format!("says {code}, but its doctest checks {checked}"))
            }
            None => problem(format!(
                "{} is not a `compile_fail,{code}` doctest of its crate (`#![doc = include_str!(…)]` on the line after `compile_fail,EXXXX`), so nothing checks that it fails",
                source.display()
            )),
        }
    }
    problems
}

/// The error code with which a doctest of `source`'s crate (the nearest folder above it with
/// a `Cargo.toml`) says `source` fails to compile.
fn doctest_code(source: &Path) -> Option<String> {
    let source = source.canonicalize().ok()?;
    let krate = source
        .ancestors()
        .find(|dir| dir.join("Cargo.toml").is_file())?;
    let files = walkdir::WalkDir::new(krate.join("src"))
        .into_iter()
        .flatten();
    for file in files
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension() == Some("rs".as_ref()))
    {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for doctest in DOCTEST.captures_iter(&text) {
            let named = file.parent()?.join(&doctest[2]).canonicalize().ok();
            if named.as_deref() == Some(source.as_path()) {
                return Some(doctest[1].to_owned());
            }
        }
    }
    None
}
