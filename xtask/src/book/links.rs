//! Internal links in the built HTML: every relative `href` names a file that was written,
//! and every `#fragment` an `id` on the page it points to. Checking the output sees links
//! exactly as mdBook rewrote them (`x.md` → `x.html`), along with the theme's own links on
//! each page; a problem is reported at the markdown line that holds the link when it can
//! be found there. The pages are read by html5ever's tokenizer, as mdBook's renderer reads
//! HTML: attributes come decoded, and scripts and styles are not markup.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::tokenizer::{Tokenizer, TokenizerOpts};
use mdbook_driver::MDBook;
use regex::bytes::{Captures, Regex};

use super::{Problem, Shown};

/// `(line, name, value)`: one attribute of a tag on a page.
type Attribute = (usize, String, String);

/// Each page read once, with its attributes; `None` for a page that is not there.
type Pages = HashMap<PathBuf, Option<Vec<Attribute>>>;

/// Checks the links on every chapter's page. The other pages are the theme's (404, toc)
/// or copies of chapters (`print.html`; `index.html` unless a chapter is the index), so
/// checking them would repeat each problem or report mdBook's own choices.
pub fn check(book: &MDBook, src_dir: &Path, out_dir: &Path, shown: &Shown) -> Vec<Problem> {
    let mut pages = Pages::new();
    let mut problems = Vec::new();
    // Every chapter that has a file (drafts have none), at the page mdBook writes for it:
    // `x.md` becomes `x.html`, and a `README.md` becomes its directory's `index.html`.
    for path in book.book.chapters().filter_map(|chapter| chapter.path.as_ref()) {
        let readme = path.file_stem().is_some_and(|stem| stem.eq_ignore_ascii_case("readme"));
        let page = path.with_extension("html");
        let page = out_dir.join(if readme { page.with_file_name("index.html") } else { page });
        let markdown = src_dir.join(path);
        let Some(attributes) = self::page(&mut pages, &page).cloned() else {
            let message = format!("mdBook wrote no page {}", shown.path(&page).display());
            problems.push(shown.problem(&markdown, 1, message));
            continue;
        };
        let source = std::fs::read_to_string(&markdown).unwrap_or_default();
        // `src` too: an image a chapter shows is a link that must not point nowhere.
        let links = attributes.iter().filter(|(_, name, _)| name == "href" || name == "src");
        for (line, _, href) in links {
            if let Some(message) = check_href(href, &page, out_dir, &mut pages) {
                let in_source = source_line(&source, href).map(|line| (&markdown, line));
                let (file, line) = in_source.unwrap_or((&page, *line));
                problems.push(shown.problem(file, line, message));
            }
        }
    }
    problems
}

fn page<'a>(pages: &'a mut Pages, page: &Path) -> Option<&'a Vec<Attribute>> {
    let read = || std::fs::read_to_string(page).ok().map(|html| attributes(&html));
    pages.entry(page.to_path_buf()).or_insert_with(read).as_ref()
}

/// The first line of the markdown that holds `href`, as written (`x.html#f`) or as it was
/// before mdBook rewrote it (`x.md#f`).
fn source_line(source: &str, href: &str) -> Option<usize> {
    let (path, fragment) = href.split_at(href.find('#').unwrap_or(href.len()));
    let as_markdown = path.strip_suffix(".html").map(|stem| format!("({stem}.md{fragment}"));
    let wanted = |line: &str| {
        line.contains(&format!("({href}"))
            || as_markdown.as_ref().is_some_and(|md| line.contains(md))
            || line.contains(&format!("\"{href}\""))
    };
    source.lines().position(wanted).map(|index| index + 1)
}

/// What is wrong with one `href` on `page`, if anything.
fn check_href(href: &str, page: &Path, out_dir: &Path, pages: &mut Pages) -> Option<String> {
    if is_external(href) {
        return None;
    }
    let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
    let path = path.split('?').next().unwrap_or("");
    let mut target = match path.strip_prefix('/') {
        _ if path.is_empty() => page.to_path_buf(),
        Some(path) => out_dir.join(percent_decode(path.trim_start_matches('/'))),
        None => page.parent().unwrap_or(out_dir).join(percent_decode(path)),
    };
    if target.is_dir() {
        target.push("index.html");
    }
    if !target.is_file() {
        return Some(format!("broken link `{href}`: nothing at that path"));
    }
    if fragment.is_empty() || target.extension().is_none_or(|ext| ext != "html") {
        return None;
    }
    let fragment = percent_decode(fragment);
    let mut attributes = self::page(pages, &target).into_iter().flatten();
    let found = attributes.any(|(_, name, id)| name == "id" && *id == fragment);
    (!found).then(|| format!("broken link `{href}`: no id=\"{fragment}\" on that page"))
}

/// A link that leaves the book: `https:`, `mailto:`, `javascript:`, `//host/…`.
fn is_external(href: &str) -> bool {
    let scheme = href.split(':').next().unwrap_or("");
    href.starts_with("//")
        || (scheme.len() < href.len()
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
}

/// Every attribute of every tag in `html`, values decoded.
fn attributes(html: &str) -> Vec<Attribute> {
    let tokenizer = Tokenizer::new(Attributes::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.take()
}

/// What [`attributes`] collects as the tokenizer hands it tags.
#[derive(Default)]
struct Attributes(RefCell<Vec<Attribute>>);

impl TokenSink for Attributes {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let tag = match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => tag,
            _ => return TokenSinkResult::Continue,
        };
        let line = usize::try_from(line).unwrap_or(usize::MAX);
        let found = tag.attrs.iter().map(|a| (line, a.name.local.to_string(), a.value.to_string()));
        self.0.borrow_mut().extend(found);
        // What a browser does not read as markup, its tree builder tells the tokenizer.
        match &*tag.name {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" => TokenSinkResult::RawData(RawKind::Rawtext),
            _ => TokenSinkResult::Continue,
        }
    }
}

/// `%20` → ` ` and so on; a `%` not followed by two hex digits stays as it is.
fn percent_decode(text: &str) -> String {
    static ESCAPE: LazyLock<Regex> = LazyLock::new(|| Regex::new("%([0-9a-fA-F]{2})").unwrap());
    let decoded = ESCAPE.replace_all(text.as_bytes(), |hex: &Captures<'_>| {
        hex::decode(&hex[1]).expect("two hex digits")
    });
    String::from_utf8_lossy(&decoded).into_owned()
}
