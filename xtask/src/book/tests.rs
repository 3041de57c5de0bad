//! The checks on small books written to a temporary directory: each bad case once, and a
//! good book that passes them all.

use super::{Problem, Problems, build};

/// A throwaway workspace, removed on drop: `book/` (book.toml, src/SUMMARY.md listing the
/// chapters given) and `radio/src/lib.rs`, whose `play` region is marked and whose
/// `unfinished` region has no end.
struct TempBook {
    root: tempfile::TempDir,
}

impl TempBook {
    fn new(chapters: &[(&str, &str)]) -> Self {
        let root = tempfile::Builder::new().prefix("xtask-book-").tempdir();
        let book = TempBook { root: root.unwrap() };
        book.write(
            "book/book.toml",
            "[book]\ntitle = \"Radio\"\n[build]\nbuild-dir = \"../out\"\ncreate-missing = false\n",
        );
        book.write(
            "radio/src/lib.rs",
            "// ANCHOR: play\npub fn play() {}\n// ANCHOR_END: play\n// ANCHOR: unfinished\n",
        );
        let mut summary = String::from("# Summary\n\n");
        for (name, text) in chapters {
            summary += &format!("- [{name}]({name})\n");
            book.write(&format!("book/src/{name}"), text);
        }
        book.write("book/src/SUMMARY.md", &summary);
        book
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.root.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// The problems found, as `file:line: message` lines; empty if the book built.
    fn problems(&self) -> Vec<String> {
        let root = self.root.path();
        match build(&root.join("book"), root, true) {
            Ok(index) => {
                assert_eq!(index, root.canonicalize().unwrap().join("out/index.html"));
                assert!(index.is_file());
                Vec::new()
            }
            Err(err) => match err.downcast_ref::<Problems>() {
                Some(Problems(problems)) => problems.iter().map(Problem::to_string).collect(),
                None => panic!("mdBook failed: {err:#}"),
            },
        }
    }
}

/// A chapter with one listing included by anchor, in a `rust,noplayground` fence.
const RADIO: &str = "# The radio\n\n## Playing\n\n```rust,noplayground\n\
                     {{#include ../../radio/src/lib.rs:play}}\n```\n";

#[test]
fn a_good_book_builds_and_passes_every_check() {
    let book = TempBook::new(&[
        ("radio.md", RADIO),
        (
            "more.md",
            "# More\n\nBack to [playing](radio.md#playing), [up](#more), \
             [out](https://example.com/x.html).\n\n\
             An escaped \\{{#include nowhere.rs:nothing}} is text, and so is `{{ not }}`.\n\n\
             ```rust\n\n{{#rustdoc_include ../../radio/src/lib.rs:play}}\n\n```\n\n\
             ```cpp\nint main() {}\n```\n\n\
             ````md\n```rust\nfn shown_as_markdown() {}\n```\n````\n",
        ),
        (
            "deep/whole.md",
            "# Whole file\n\n```rust,ignore\n{{#include ../../../radio/src/lib.rs}}\n```\n",
        ),
    ]);
    assert_eq!(book.problems(), Vec::<String>::new());
}

#[test]
fn an_include_of_a_missing_file_is_refused() {
    let chapter = "# Radio\n\n```rust\n{{#include ../../radio/src/gone.rs:play}}\n```\n";
    let problems = TempBook::new(&[("radio.md", chapter)]).problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(
            "book/src/radio.md:4: `{{#include ../../radio/src/gone.rs:play}}`: \
             cannot read radio/src/gone.rs: "
        ),
        "{problems:?}"
    );
}

#[test]
fn an_include_of_a_missing_or_unfinished_anchor_is_refused() {
    let chapter = "# Radio\n\n```rust\n{{#include ../../radio/src/lib.rs:pla}}\n```\n\n\
                   ```rust\n{{#include ../../radio/src/lib.rs:unfinished}}\n```\n";
    let problems = TempBook::new(&[("radio.md", chapter)]).problems();
    assert_eq!(
        problems,
        [
            "book/src/radio.md:4: `{{#include ../../radio/src/lib.rs:pla}}`: \
             no `ANCHOR: pla` in radio/src/lib.rs",
            "book/src/radio.md:8: `{{#include ../../radio/src/lib.rs:unfinished}}`: \
             no `ANCHOR_END: unfinished` after `ANCHOR: unfinished` in radio/src/lib.rs",
        ]
    );
}

#[test]
fn a_line_range_is_refused_in_favour_of_an_anchor() {
    let chapter = "# Radio\n\n```cpp\n{{#include ../../radio/src/lib.rs:2:3}}\n```\n";
    let problems = TempBook::new(&[("radio.md", chapter)]).problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(
            "book/src/radio.md:4: `{{#include ../../radio/src/lib.rs:2:3}}`: \
             line range `2:3` is not allowed"
        ),
        "{problems:?}"
    );
}

#[test]
fn inline_rust_is_refused_whatever_the_fence_says() {
    let chapter = "# Radio\n\n```rust\nfn unverified() {}\n```\n\n\
                   ~~~rust,noplayground\n{{#include ../../radio/src/lib.rs:play}}\n\
                   play();\nplay();\n~~~\n";
    let problems = TempBook::new(&[("radio.md", chapter)]).problems();
    let message = "inline Rust in the `rust` block opened at line";
    assert_eq!(
        problems,
        [
            format!(
                "book/src/radio.md:4: {message} 3; include it from a compiled crate by anchor instead"
            ),
            format!(
                "book/src/radio.md:9: {message} 7; include it from a compiled crate by anchor instead"
            ),
        ]
    );
}

#[test]
fn a_broken_link_or_fragment_in_a_chapter_is_refused_at_its_line() {
    let chapter = "# More\n\nSee [nowhere](missing.md).\n\n\
                   And [a heading that is not there](radio.md#stopping).\n";
    let problems = TempBook::new(&[("radio.md", RADIO), ("more.md", chapter)]).problems();
    assert_eq!(
        problems,
        [
            "book/src/more.md:3: broken link `missing.html`: nothing at that path",
            "book/src/more.md:5: broken link `radio.html#stopping`: no id=\"stopping\" on that page",
        ]
    );
}

#[test]
fn a_broken_same_page_fragment_is_refused() {
    let problems = TempBook::new(&[("radio.md", "# Radio\n\n[Up](#top)\n")]).problems();
    assert_eq!(problems, ["book/src/radio.md:3: broken link `#top`: no id=\"top\" on that page"]);
}

#[test]
fn summary_and_chapter_files_must_agree() {
    let book = TempBook::new(&[("radio.md", RADIO)]);
    book.write("book/src/forgotten.md", "# Forgotten\n");
    book.write(
        "book/src/SUMMARY.md",
        "# Summary\n\n- [Radio](./radio.md)\n- [Gone](gone.md)\n- [Draft]()\n\
         - [Spaced](<two words.md>)\n    - [Escaped](three%20words.md)\n",
    );
    assert_eq!(
        book.problems(),
        [
            "book/src/SUMMARY.md:4: `gone.md` does not exist",
            "book/src/SUMMARY.md:6: `two words.md` does not exist",
            "book/src/SUMMARY.md:7: `three words.md` does not exist",
            "book/src/forgotten.md:1: not listed in SUMMARY.md, so the book leaves it out",
        ]
    );
}

#[test]
fn a_broken_link_the_markdown_does_not_hold_is_reported_in_the_page() {
    let book = TempBook::new(&[("radio.md", "# Radio\n\n{{#include ../../radio/notes.md}}\n")]);
    book.write("radio/notes.md", "Played [earlier](older-show.md).\n");
    let problems = book.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let (place, message) = problems[0].split_once(": ").unwrap();
    assert!(place.starts_with("out/radio.html:"), "{problems:?}");
    assert_eq!(message, "broken link `older-show.html`: nothing at that path");
}

#[test]
fn directives_are_found_and_read_as_mdbook_reads_them() {
    let lib = "../../radio/src/lib.rs";
    let chapter = format!(
        "# Radio\n\n{{{{{{#include ../../radio/src/gone.rs}}}}\n\
         {{{{#title The radio}}}} {{{{#include}}}} {{{{ include x }}}} {{{{}}}}\n\
         {{{{#playground {lib}:play}}}}\n\
         {{{{#include {lib}::2}}}} {{{{ #rustdoc_include  {lib}:stop }}}}\n"
    );
    let book = TempBook::new(&[("radio.md", &chapter)]);
    // An end before the start, even on the same line, does not close it.
    book.write(
        "radio/src/lib.rs",
        "// ANCHOR: play\n// ANCHOR_END: play\n/* ANCHOR_END:stop */ // ANCHOR: stop\n",
    );
    let problems = book.problems();
    let [gone, playground, range, stop] = &problems[..] else {
        panic!("{problems:?}");
    };
    assert!(
        gone.starts_with(
            "book/src/radio.md:3: `{{#include ../../radio/src/gone.rs}}`: cannot read radio/src/gone.rs: "
        ),
        "{gone}"
    );
    // A playground's whole target is its path.
    assert!(
        playground.starts_with(&format!(
            "book/src/radio.md:5: `{{{{#playground {lib}:play}}}}`: cannot read radio/src/lib.rs:play: "
        )),
        "{playground}"
    );
    assert!(
        range.starts_with(&format!(
            "book/src/radio.md:6: `{{{{#include {lib}::2}}}}`: line range `:2` is not allowed"
        )),
        "{range}"
    );
    assert_eq!(
        stop,
        &format!(
            "book/src/radio.md:6: `{{{{ #rustdoc_include  {lib}:stop }}}}`: \
             no `ANCHOR_END: stop` after `ANCHOR: stop` in radio/src/lib.rs"
        )
    );
}

#[test]
fn a_picture_is_what_its_program_draws_or_a_problem() {
    let book = TempBook::new(&[]);
    let entry = "[[trace]]\nfile = \"radio.svg\"\npackage = \"step02-generator\"\n\
                 args = [\"--trace\", \"--songs\", \"1\"]\nalt = \"One song\"\n";
    book.write("book/pictures.toml", entry);
    book.write("book/src/radio.svg", "<svg>drawn by hand</svg>");
    let (root, dir) = (crate::workspace::root(), book.root.path().join("book"));
    let stale = super::pictures::draw(&root, &dir, false).unwrap();
    assert_eq!(stale.len(), 1, "{stale:?}");
    let command = "cargo run -q -p step02-generator -- --trace --songs 1";
    let message = format!("not what `{command}` draws: `cargo xtask book` draws it again");
    assert_eq!(stale[0].message, message);
    assert_eq!(stale[0].file, dir.join("src/radio.svg"));
    // Drawn again, it is what the program draws.
    assert_eq!(super::pictures::draw(&root, &dir, true).unwrap(), []);
    assert_eq!(super::pictures::draw(&root, &dir, false).unwrap(), []);
    let svg = std::fs::read_to_string(dir.join("src/radio.svg")).unwrap();
    assert!(svg.starts_with("<svg ") && svg.contains("<title>One song</title>"), "{svg}");
    assert!(svg.contains("yield &quot;Public Enemy -&gt; Fight The Power&quot;"), "{svg}");
}

#[test]
fn the_glossary_is_written_from_the_definitions_and_an_early_use_is_refused() {
    let pinball =
        "# Pinball\n\nAn <dfn id=\"term-executor\" title=\"polls futures\">executor</dfn>.\n";
    let linked = "# Radio\n\nNo [executor](pinball.md#term-executor) yet.\n";
    let chapters = [("radio.md", linked), ("pinball.md", pinball), ("glossary.md", "")];
    let book = TempBook::new(&chapters);
    assert_eq!(book.problems(), Vec::<String>::new());
    let glossary = std::fs::read_to_string(book.root.path().join("book/src/glossary.md"));
    assert!(
        glossary
            .unwrap()
            .ends_with("- [**executor**](pinball.md#term-executor): polls futures (pinball.md)\n")
    );
    let early = [("radio.md", "# Radio\n\nNo executor yet.\n"), ("pinball.md", pinball)];
    assert_eq!(
        TempBook::new(&early).problems(),
        ["book/src/radio.md:3: `executor` is used before pinball.md#term-executor defines it: \
          link it there, or define it here"]
    );
}

#[test]
fn a_listed_line_wider_than_the_column_is_refused() {
    let wide = format!("# Radio\n\n```console\n{}\n```\n", "x".repeat(91));
    let problems = TempBook::new(&[("radio.md", &wide)]).problems();
    assert_eq!(
        problems,
        [format!(
            "book/src/radio.md:1: a listed line of 91 characters (the column holds 90): \
             wrap it where it is written: {}",
            "x".repeat(91)
        )]
    );
}
