//! Internal links in the built HTML: every relative `href` names a file that was written,
//! and every `#fragment` an `id` on the page it points to. Checking the output sees links
//! exactly as mdBook rewrote them (`x.md` → `x.html`), along with the theme's own links on
//! each page; a problem is reported at the markdown line that holds the link when it can
//! be found there. The pages are read by html5ever's tokenizer, as mdBook's renderer reads
//! HTML: attributes come decoded, and scripts and styles are not markup.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::{Problem, Shown};

/// A chapter as built: the page mdBook wrote and the markdown it came from.
pub struct Chapter {
    /// The `.html` file under the build directory.
    pub page: PathBuf,
    /// The `.md` file under the source directory.
    pub source: PathBuf,
}

/// Checks the links on every chapter's page. The other pages are the theme's (404, toc)
/// or copies of chapters (`print.html`; `index.html` unless a chapter is the index), so
/// checking them would repeat each problem or report mdBook's own choices.
pub fn check(chapters: &[Chapter], out_dir: &Path, shown: &Shown) -> Vec<Problem> {
    let mut pages = Pages::default();
    let mut problems = Vec::new();
    for chapter in chapters {
        let Some(html) = pages.text(&chapter.page).map(str::to_owned) else {
            let message = format!(
                "mdBook wrote no page {}",
                shown.path(&chapter.page).display()
            );
            problems.push(shown.problem(&chapter.source, 1, message));
            continue;
        };
        let source = std::fs::read_to_string(&chapter.source).unwrap_or_default();
        // `src` too: an image a chapter shows is a link that must not point nowhere.
        let links = attributes(&html).into_iter();
        let links = links.filter(|(_, name, _)| matches!(name.as_str(), "href" | "src"));
        for (line, _, href) in links {
            if let Some(message) = check_href(&href, &chapter.page, out_dir, &mut pages) {
                let (file, line) = match source_line(&source, &href) {
                    Some(source_line) => (&chapter.source, source_line),
                    None => (&chapter.page, line),
                };
                problems.push(shown.problem(file, line, message));
            }
        }
    }
    problems
}

/// The first line of the markdown that holds `href`, as written (`x.html#f`) or as it was
/// before mdBook rewrote it (`x.md#f`).
fn source_line(source: &str, href: &str) -> Option<usize> {
    let (path, fragment) = href
        .split_once('#')
        .map_or((href, None), |(p, f)| (p, Some(f)));
    let as_markdown = path.strip_suffix(".html").map(|stem| match fragment {
        Some(fragment) => format!("{stem}.md#{fragment}"),
        None => format!("{stem}.md"),
    });
    let wanted = |line: &str| {
        line.contains(&format!("({href}"))
            || as_markdown
                .as_ref()
                .is_some_and(|md| line.contains(&format!("({md}")))
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
    let mut target = match path {
        "" => page.to_path_buf(),
        _ if path.starts_with('/') => out_dir.join(percent_decode(path.trim_start_matches('/'))),
        _ => page.parent().unwrap_or(out_dir).join(percent_decode(path)),
    };
    if target.is_dir() {
        target.push("index.html");
    }
    if !target.is_file() {
        return Some(format!("broken link `{href}`: nothing at that path"));
    }
    let is_html = target.extension().is_some_and(|ext| ext == "html");
    if fragment.is_empty() || !is_html {
        return None;
    }
    let fragment = percent_decode(fragment);
    if pages.ids(&target).contains(&fragment) {
        None
    } else {
        Some(format!(
            "broken link `{href}`: no id=\"{fragment}\" on that page"
        ))
    }
}

/// A link that leaves the book: `https:`, `mailto:`, `javascript:`, `//host/…`.
fn is_external(href: &str) -> bool {
    if href.starts_with("//") {
        return true;
    }
    let scheme_len = href
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .unwrap_or(0);
    scheme_len > 0
        && href[scheme_len..].starts_with(':')
        && href.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Pages read once each, with the ids they define.
#[derive(Default)]
struct Pages {
    text: HashMap<PathBuf, Option<String>>,
    ids: HashMap<PathBuf, HashSet<String>>,
}

impl Pages {
    fn text(&mut self, page: &Path) -> Option<&str> {
        self.text
            .entry(page.to_path_buf())
            .or_insert_with(|| std::fs::read_to_string(page).ok())
            .as_deref()
    }

    fn ids(&mut self, page: &Path) -> &HashSet<String> {
        if !self.ids.contains_key(page) {
            let ids = match self.text(page) {
                Some(html) => attributes(html)
                    .into_iter()
                    .filter_map(|(_, name, id)| (name == "id").then_some(id))
                    .collect(),
                None => HashSet::new(),
            };
            self.ids.insert(page.to_path_buf(), ids);
        }
        &self.ids[page]
    }
}

/// `(line, name, value)` of every attribute of every tag in `html`, values decoded.
fn attributes(html: &str) -> Vec<(usize, String, String)> {
    let tokenizer = Tokenizer::new(Attributes::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.take()
}

/// What [`attributes`] collects as the tokenizer hands it tags.
#[derive(Default)]
struct Attributes(RefCell<Vec<(usize, String, String)>>);

impl TokenSink for Attributes {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind == TagKind::StartTag {
            let line = usize::try_from(line).unwrap_or(usize::MAX);
            let found = tag.attrs.iter().map(|attribute| {
                let name = attribute.name.local.to_string();
                (line, name, attribute.value.to_string())
            });
            self.0.borrow_mut().extend(found);
            // What a browser does not read as markup, the tree builder would tell the
            // tokenizer; here we do.
            match &*tag.name {
                "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                "style" => return TokenSinkResult::RawData(RawKind::Rawtext),
                _ => {}
            }
        }
        TokenSinkResult::Continue
    }
}

/// `%20` → ` ` and so on; a `%` not followed by two hex digits stays as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|pair| pair.iter().all(u8::is_ascii_hexdigit))
            .and_then(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
