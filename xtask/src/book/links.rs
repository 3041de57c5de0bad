//! Internal links in the built HTML: every relative `href` names a file that was written,
//! and every `#fragment` an `id` on the page it points to. Checking the output sees links
//! exactly as mdBook rewrote them (`x.md` → `x.html`), along with the theme's own links on
//! each page; a problem is reported at the markdown line that holds the link when it can
//! be found there.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::Problem;

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
pub fn check(
    chapters: &[Chapter],
    out_dir: &Path,
    shown: &dyn Fn(&Path) -> PathBuf,
) -> Vec<Problem> {
    let mut pages = Pages::default();
    let mut problems = Vec::new();
    for chapter in chapters {
        let Some(html) = pages.text(&chapter.page).map(str::to_owned) else {
            problems.push(Problem {
                file: shown(&chapter.source),
                line: 1,
                message: format!("mdBook wrote no page {}", shown(&chapter.page).display()),
            });
            continue;
        };
        let source = std::fs::read_to_string(&chapter.source).unwrap_or_default();
        // `src` too: an image a chapter shows is a link that must not point nowhere.
        let links = attribute_values(&html, "href").chain(attribute_values(&html, "src"));
        for (line, href) in links {
            if let Some(message) = check_href(&href, &chapter.page, out_dir, &mut pages) {
                let (file, line) = match source_line(&source, &href) {
                    Some(source_line) => (&chapter.source, source_line),
                    None => (&chapter.page, line),
                };
                problems.push(Problem {
                    file: shown(file),
                    line,
                    message,
                });
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
                Some(html) => attribute_values(html, "id").map(|(_, id)| id).collect(),
                None => HashSet::new(),
            };
            self.ids.insert(page.to_path_buf(), ids);
        }
        &self.ids[page]
    }
}

/// `(line, value)` of every `name="value"` (or `'value'`) attribute in `html`, with `&amp;`
/// and friends decoded. The attribute must follow whitespace, so `data-href` is not `href`.
fn attribute_values<'a>(
    html: &'a str,
    name: &'a str,
) -> impl Iterator<Item = (usize, String)> + 'a {
    let pattern = format!("{name}=");
    // `line` is the line number at byte `from`.
    let mut from = 0;
    let mut line = 1;
    std::iter::from_fn(move || {
        loop {
            let start = from + html[from..].find(&pattern)?;
            let value_start = start + pattern.len() + 1;
            let quote = html[start + pattern.len()..].chars().next();
            let value_end = match quote {
                Some(quote @ ('"' | '\'')) => value_start + html[value_start..].find(quote)?,
                _ => start + pattern.len(),
            };
            line += html[from..start].matches('\n').count();
            let value_line = line;
            line += html[start..value_end].matches('\n').count();
            from = value_end;
            let follows_space = html[..start].ends_with(char::is_whitespace);
            if follows_space && value_end > start + pattern.len() {
                return Some((value_line, decode_entities(&html[value_start..value_end])));
            }
        }
    })
}

fn decode_entities(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// `%20` → ` ` and so on; a `%` not followed by two hex digits stays as it is.
pub fn percent_decode(text: &str) -> String {
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
