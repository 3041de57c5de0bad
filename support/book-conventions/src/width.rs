//! Listings that fit the column: at mdBook's default font size the content column holds
//! about 90 characters of code; a wider line is cut off at the right edge, out of sight.

/// The widest listed line, in characters.
pub const COLUMN: usize = 90;

/// What is wrong with each line of a listing (`<pre><code>…</code></pre>`) on the built
/// `page` that is wider than [`COLUMN`], as the reader would see it.
pub fn wide_lines(page: &str) -> Vec<String> {
    let message = |line: &str| {
        let width = line.chars().count();
        format!(
            "a listed line of {width} characters (the column holds {COLUMN}): wrap it where \
             it is written: {}",
            line.trim()
        )
    };
    lines(page)
        .iter()
        .filter(|line| line.chars().count() > COLUMN)
        .map(|l| message(l))
        .collect()
}

/// Every line of every listing on `page`.
fn lines(page: &str) -> Vec<String> {
    let mut wide = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<pre><code") {
        let after = &rest[start..];
        let (Some(open), Some(close)) = (after.find('>'), after.find("</code>")) else {
            break;
        };
        let code = strip_tags(&after[open + 1..close]);
        wide.extend(code.lines().map(str::to_owned));
        rest = &after[close..];
    }
    wide
}

/// The text of HTML: tags dropped, the entities mdBook and highlight.js write decoded.
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let entities = [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&#x27;", "'"),
    ];
    let text = entities
        .iter()
        .fold(text, |text, (entity, c)| text.replace(entity, c));
    text.replace("&amp;", "&")
}
