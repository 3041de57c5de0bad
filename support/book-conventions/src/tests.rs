use super::*;

const PINBALL: &str = "# Pinball\n\n\
    An <dfn id=\"term-executor\" title=\"polls futures until they are done\">executor</dfn> \
    polls it.\nExecutors run `Pin`ned futures; [one](step07.md#term-executor) is in step 7.\n";

fn chapters<'a>(first: &'a str, second: &'a str) -> [Chapter<'a>; 2] {
    [
        Chapter {
            file: "radio.md",
            title: "A radio",
            text: first,
        },
        Chapter {
            file: "pinball.md",
            title: "Pinball",
            text: second,
        },
    ]
}

#[test]
fn a_definition_is_a_term_of_the_glossary_with_its_chapter_and_link() {
    let both = chapters("# Radio\n", PINBALL);
    let (defined, problems) = terms(&both);
    assert_eq!(problems, []);
    assert_eq!(
        glossary(&defined),
        "# Glossary\n\nEvery term the book defines, where it defines it. `cargo xtask book` \
         writes this page from\nthe chapters' `<dfn>` definitions: change those, not this \
         page.\n\n\
         - [**executor**](pinball.md#term-executor): polls futures until they are done (Pinball)\n"
    );
}

#[test]
fn a_use_before_the_definition_must_link_to_it() {
    let radio = "# Radio\n\nNo executor here.\nAn [executor](pinball.md#term-executor) later.\n\
                 ```rust\nlet executor = 1;\n```\n## The executor\nA pinball, [a link](executor.md).\n";
    let both = chapters(radio, PINBALL);
    let (defined, _) = terms(&both);
    let problems = early_uses(&both, &defined);
    // Line 3 only: line 4 links, the fence is code, a heading elsewhere is a use too,
    // and `executor.md` is a link's target, not prose.
    let lines: Vec<(&str, usize)> =
        problems.iter().map(|p| (p.file.as_str(), p.line)).collect();
    assert_eq!(lines, [("radio.md", 3), ("radio.md", 8)]);
    assert_eq!(
        problems[0].message,
        "`executor` is used before pinball.md#term-executor defines it: link it there, or define it here"
    );
}

#[test]
fn in_the_defining_chapter_a_heading_and_what_follows_the_definition_are_fine() {
    let pinball = format!("# Pinball and its executor\n\n{}", &PINBALL[11..]);
    let both = chapters("# Radio\n", &pinball);
    let (defined, _) = terms(&both);
    assert_eq!(early_uses(&both, &defined), []);
    let early = "# Pinball\n\nThe executor, first.\n".to_owned() + &PINBALL[11..];
    let both = chapters("# Radio\n", &early);
    let (defined, _) = terms(&both);
    let lines: Vec<usize> = early_uses(&both, &defined).iter().map(|p| p.line).collect();
    assert_eq!(lines, [3]);
}

#[test]
fn a_name_is_matched_as_written_and_only_as_a_whole_word() {
    let pin = "# Pin\n\n<dfn id=\"term-pin\" title=\"a promise not to move\"><code>Pin</code></dfn>\n";
    let radio = "# Radio\n\nA pinball, a pin, `Pin::new`, Spin, pin-up, a/Pin.\n";
    let both = chapters(radio, pin);
    let (defined, problems) = terms(&both);
    assert_eq!(problems, []);
    assert_eq!(defined[0].term, "`Pin`");
    let backticks = pin.replace("<code>Pin</code>", "`Pin`");
    assert_eq!(terms(&chapters(radio, &backticks)).0[0].term, "`Pin`");
    let found: Vec<usize> = early_uses(&both, &defined).iter().map(|p| p.line).collect();
    assert_eq!(found, [3]);
}

#[test]
fn a_word_is_the_term_its_id_says_and_its_forms_are_uses() {
    let poll = "# Poll\n\nA future is <dfn id=\"term-poll\" title=\"run until it waits\">polled</dfn>.\n";
    let radio = "# Radio\n\nIt polls; it was polled; a poll; a pollster.\n";
    let both = chapters(radio, poll);
    let (defined, _) = terms(&both);
    assert_eq!(defined[0].term, "poll");
    assert_eq!(early_uses(&both, &defined).len(), 3);
}

#[test]
fn a_definition_has_a_term_id_a_title_and_only_one_place() {
    let text = "<dfn id=\"Executor\" title=\"x\">executor</dfn>\n\
                <dfn id=\"term-waker\">waker</dfn>\n\
                <dfn id=\"term-poll\" title=\"asks\">poll</dfn> <dfn id=\"term-poll\" title=\"again\">poll</dfn>\n";
    let (defined, problems) = terms(&[Chapter {
        file: "x.md",
        title: "X",
        text,
    }]);
    assert_eq!(defined.len(), 1);
    let said: Vec<(usize, &str)> = problems
        .iter()
        .map(|p| (p.line, p.message.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (
                1,
                "`<dfn id=\"Executor\">`: an id is `term-` and lowercase words joined by `-`"
            ),
            (
                2,
                "`term-waker` has no one-line definition: `<dfn id=\"term-waker\" title=\"…\">`"
            ),
            (3, "`term-poll` is defined again (first in x.md)"),
        ]
    );
}

/// A crate with a doctest that must fail with E0277, in a temporary folder.
fn crate_with_doctest() -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("book-conventions-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("radio/src")).unwrap();
    std::fs::create_dir_all(dir.join("radio/compile_fail")).unwrap();
    std::fs::create_dir_all(dir.join("book/src")).unwrap();
    std::fs::write(
        dir.join("radio/Cargo.toml"),
        "[package]\nname = \"radio\"\n",
    )
    .unwrap();
    let doc = "//! ```compile_fail,E0277\n#![doc = include_str!(\"../compile_fail/moved.rs\")]\n//! ```\n";
    std::fs::write(dir.join("radio/src/lib.rs"), doc).unwrap();
    std::fs::write(dir.join("radio/compile_fail/moved.rs"), "fn main() {}\n").unwrap();
    dir
}

fn listing(mark: &str, info: &str) -> String {
    format!(
        "Text.\n\n{mark}\n\n```{info}\n{{{{#include ../../radio/compile_fail/moved.rs:moved}}}}\n```\n"
    )
}

#[test]
fn a_compile_fail_listing_is_marked_with_the_code_its_doctest_checks() {
    let dir = crate_with_doctest();
    let book = dir.join("book/src");
    let mark = MARK.replace("{code}", "E0277");
    let good = listing(&mark, "rust,compile_fail,E0277,noplayground");
    assert_eq!(compile_fail_marks("x.md", &good, &book), []);
    let messages = |text: &str| -> Vec<String> {
        compile_fail_marks("x.md", text, &book)
            .into_iter()
            .map(|p| format!("{}: {}", p.line, p.message))
            .collect()
    };
    assert_eq!(
        messages(&listing("", "rust,compile_fail,E0277")),
        [format!(
            "5: a `compile_fail` listing is marked on the page: put `{mark}` right before it"
        )]
    );
    assert_eq!(
        messages(&listing(
            &MARK.replace("{code}", "E0599"),
            "rust,compile_fail,E0599"
        )),
        ["5: says E0599, but its doctest checks E0277"]
    );
    assert_eq!(
        messages(&listing(&mark, "rust,compile_fail")),
        [
            "5: a `compile_fail` listing names its error code: ```` ```rust,compile_fail,E0277 ````"
        ]
    );
    std::fs::write(dir.join("radio/src/lib.rs"), "//! No doctest.\n").unwrap();
    let unchecked = messages(&good);
    assert_eq!(unchecked.len(), 1);
    assert!(
        unchecked[0].ends_with("so nothing checks that it fails"),
        "{unchecked:?}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_listed_line_wider_than_the_column_is_found_as_the_reader_sees_it() {
    let long = "x".repeat(COLUMN - 4);
    let page = format!(
        "<p>{}</p><pre><code class=\"language-rust\"><span class=\"hljs-keyword\">let</span> a = &amp;{long};\nfine\n</code></pre>\
         <pre><code>{long}&lt;T&gt;</code></pre>",
        "y".repeat(200)
    );
    // The first line is 9 + long + 1 = 96 characters once decoded; the second, 90.
    assert_eq!(
        wide_lines(&page),
        [format!(
            "a listed line of 96 characters (the column holds 90): wrap it where it is \
             written: let a = &{long};"
        )]
    );
}
