//! book-browser: loads every page of the built book in headless Chromium (through the
//! DevTools protocol) and fails on what only a browser sees: console errors, uncaught
//! exceptions, images that do not load, trace pictures without alt text, a resume stepper that
//! does not step or highlights no listing line, a search that finds nothing. Saves screenshots in a light and a dark theme.
//!
//! Usage: book-browser <book dir> <screens dir>

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use headless_chrome::browser::tab::Tab;
use headless_chrome::protocol::cdp::Emulation;
use headless_chrome::protocol::cdp::Log::LogEntryLevel;
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::protocol::cdp::Runtime::{ConsoleAPICalledEventTypeOption, RemoteObject};
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::{Browser, LaunchOptions};

/// The pages shot, by file name (the first of a group that exists), and the themes.
const SCREENS: [&[&str]; 3] = [&["index.html", "introduction.html"], &["step02-generator.html"], &["step07-continuation.html"]];
const THEMES: [&str; 2] = ["light", "coal"];
const VIEWPORT: (u32, u32) = (1200, 900);
const SEARCH: &str = "symmetric transfer";

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [book, screens] = args.as_slice() else {
        eprintln!("usage: book-browser <book dir> <screens dir>");
        return ExitCode::from(2);
    };
    let Some(chromium) = book_browser::find_chromium(std::env::var_os("CHROMIUM").as_deref(), std::env::var_os("PATH").as_deref()) else {
        if std::env::var_os("CI").is_some() {
            eprintln!("book-browser: no Chromium found (apt-get install chromium; or set CHROMIUM): CI needs the browser check");
            return ExitCode::FAILURE;
        }
        eprintln!("book-browser: no Chromium found (apt-get install chromium): the browser check is SKIPPED");
        return ExitCode::SUCCESS;
    };
    // run() owns the browser and its profile folder, so both are gone (Chromium ended, the
    // folder removed) by the time we exit.
    match run(&chromium, book, screens) {
        Ok(report) => {
            for problem in &report.problems {
                println!("{problem}");
            }
            println!(
                "book-browser: {} pages checked, {} problems, {} screenshots in {}",
                report.pages,
                report.problems.len(),
                report.screenshots,
                screens.display()
            );
            if report.problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        Err(error) => {
            // One line: anyhow's chain with ": " between causes.
            eprintln!("book-browser: {error:#}");
            ExitCode::FAILURE
        }
    }
}

struct Report {
    pages: usize,
    problems: Vec<String>,
    screenshots: usize,
}

fn run(chromium: &Path, book: &Path, screens: &Path) -> Result<Report> {
    let book = book.canonicalize().with_context(|| format!("book dir {}", book.display()))?;
    let pages = book_browser::pages(&book).with_context(|| format!("listing {}", book.display()))?;
    if pages.is_empty() {
        bail!("no pages in {}", book.display());
    }
    std::fs::create_dir_all(screens).with_context(|| format!("creating {}", screens.display()))?;

    // A browser that cannot even start would make headless_chrome wait 30 s for its DevTools
    // address, eleven times over; asking its version first fails in a moment instead.
    let version = std::process::Command::new(chromium).arg("--version").output().with_context(|| format!("running {}", chromium.display()))?;
    if !version.status.success() {
        bail!("{} --version failed ({})", chromium.display(), version.status);
    }

    // A fresh profile each run: no theme, search state or cache left from a run before.
    let profile = tempfile::Builder::new().prefix("book-browser-").tempdir().context("temporary profile")?;
    let args: Vec<&OsStr> = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let options = LaunchOptions::default_builder()
        .path(Some(chromium.to_path_buf())) // never headless_chrome's own lookup or download
        .headless(true)
        .sandbox(false) // --no-sandbox: root on CI, and containers without user namespaces
        .enable_gpu(false) // --disable-gpu
        .window_size(Some(VIEWPORT))
        .user_data_dir(Some(profile.path().to_path_buf()))
        .args(args)
        .build()
        .map_err(|e| anyhow::anyhow!("launch options: {e}"))?;
    let browser = Browser::new(options).with_context(|| format!("launching {}", chromium.display()))?;
    let tab = browser.new_tab().context("opening a tab")?;
    tab.set_default_timeout(Duration::from_secs(20));
    // The window size includes what headless Chromium keeps of a window's frame; the viewport
    // itself (what the screenshots show) is set exactly here. From JSON because the struct has
    // a dozen optional fields.
    let metrics: Emulation::SetDeviceMetricsOverride = serde_json::from_value(serde_json::json!({
        "width": VIEWPORT.0, "height": VIEWPORT.1, "deviceScaleFactor": 1, "mobile": false,
    }))?;
    tab.call_method(metrics).context("setting the viewport")?;
    let heard = listen(&tab)?;

    let mut problems = Vec::new();
    for page in &pages {
        let name = page.display().to_string();
        match check_page(&tab, &heard, &book, page) {
            Ok(found) => problems.extend(found.into_iter().map(|p| format!("{name}: {p}"))),
            Err(error) => {
                problems.push(format!("{name}: {error:#}"));
                // A page that fails to load is a problem of the page; a browser that is gone
                // would make every page after it fail slowly, one time-out each: stop here.
                browser.get_version().context("Chromium stopped answering")?;
            }
        }
    }

    let mut screenshots = 0;
    for group in SCREENS {
        let Some(page) = group.iter().map(PathBuf::from).find(|p| book.join(p).is_file()) else {
            problems.push(format!("{}: not in the book, no screenshot", group.join(" or ")));
            continue;
        };
        for theme in THEMES {
            let file = screens.join(format!("{}-{theme}.png", page.with_extension("").display()));
            match shoot(&tab, &book, &page, theme, &file) {
                Ok(()) => {
                    println!("{}", file.display());
                    screenshots += 1;
                }
                Err(error) => problems.push(format!("{}: screenshot {}: {error:#}", page.display(), file.display())),
            }
        }
    }
    Ok(Report { pages: pages.len(), problems, screenshots })
}

/// What the page said: console errors, uncaught exceptions, and the browser's own error log
/// (failed loads, CSP and the like). Collected from DevTools events, then drained per page.
fn listen(tab: &Arc<Tab>) -> Result<Arc<Mutex<Vec<String>>>> {
    tab.enable_runtime().context("Runtime.enable")?;
    tab.enable_log().context("Log.enable")?;
    let heard = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&heard);
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let said = match event {
            Event::RuntimeConsoleAPICalled(e) if e.params.Type == ConsoleAPICalledEventTypeOption::Error => {
                let words: Vec<String> = e.params.args.iter().map(describe).collect();
                format!("console.error: {}", words.join(" "))
            }
            Event::RuntimeExceptionThrown(e) => {
                let d = &e.params.exception_details;
                let what = d.exception.as_ref().map_or_else(|| d.text.clone(), describe);
                format!("uncaught exception: {what} ({}:{})", d.url.as_deref().unwrap_or("?"), d.line_number + 1)
            }
            Event::LogEntryAdded(e) if e.params.entry.level == LogEntryLevel::Error => {
                let entry = &e.params.entry;
                format!("browser error: {} ({})", entry.text, entry.url.as_deref().unwrap_or("?"))
            }
            _ => return,
        };
        sink.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(said.replace('\n', " "));
    }))?;
    Ok(heard)
}

fn describe(object: &RemoteObject) -> String {
    match (&object.value, &object.description) {
        (Some(serde_json::Value::String(s)), _) => s.clone(),
        (Some(value), _) => value.to_string(),
        (None, Some(description)) => description.lines().next().unwrap_or_default().to_string(),
        (None, None) => format!("{:?}", object.Type),
    }
}

fn url(book: &Path, page: &Path) -> String {
    // The book is canonical (absolute) and mdBook names files in ASCII; spaces are the one
    // character worth escaping in a checkout's path.
    format!("file://{}", book.join(page).display()).replace(' ', "%20")
}

/// Loads the page and waits until it and its images are done: `load` has fired and every
/// image has either loaded or failed (or 5 s passed, for one that never settles).
fn load(tab: &Tab, book: &Path, page: &Path) -> Result<()> {
    tab.navigate_to(&url(book, page))?.wait_until_navigated()?;
    evaluate(
        tab,
        r"new Promise((done) => {
            const settled = () => Promise.all([...document.images].map((img) => img.complete ? null
                : new Promise((ok) => { img.addEventListener('load', ok); img.addEventListener('error', ok); })));
            const go = () => Promise.race([settled(), new Promise((ok) => setTimeout(ok, 5000))]).then(() => done(true));
            if (document.readyState === 'complete') { go(); } else { addEventListener('load', go); }
        })",
    )?;
    Ok(())
}

/// Evaluates a JavaScript expression (awaiting it if it is a promise) and gives back its value.
/// Through JSON.stringify because DevTools hands arrays and objects back as references, not
/// values, unless asked otherwise, and headless_chrome's `evaluate` does not ask.
fn evaluate(tab: &Tab, js: &str) -> Result<serde_json::Value> {
    let result = tab.evaluate(&format!("Promise.resolve({js}).then((v) => JSON.stringify(v ?? null))"), true)?;
    match result.value {
        Some(serde_json::Value::String(json)) => Ok(serde_json::from_str(&json)?),
        other => bail!("unexpected answer from the page: {other:?}"),
    }
}

fn strings(value: serde_json::Value) -> Vec<String> {
    serde_json::from_value(value).unwrap_or_else(|e| vec![format!("unexpected answer from the page: {e}")])
}

fn check_page(tab: &Tab, heard: &Mutex<Vec<String>>, book: &Path, page: &Path) -> Result<Vec<String>> {
    heard.lock().unwrap_or_else(|p| p.into_inner()).clear();
    load(tab, book, page)?;
    let mut problems = strings(evaluate(
        tab,
        r"[...[...document.images].filter((img) => img.complete && img.naturalWidth === 0)
                .map((img) => `image does not load: ${img.getAttribute('src')}`),
           ...[...document.querySelectorAll('figure.trace svg')].filter((svg) => !svg.querySelector(':scope > title'))
                .map((svg, i) => `figure.trace svg without <title> (alt text): ${svg.id || svg.getAttribute('class') || '#' + (i + 1)}`)]",
    )?);
    problems.extend(check_stepper(tab)?);
    if page == Path::new("index.html") {
        problems.extend(check_search(tab)?);
    }
    // Events come on their own thread; a round trip to the page after the checks lets those
    // the page sent before it arrive.
    evaluate(tab, "new Promise((ok) => setTimeout(() => ok(true), 100))")?;
    let said = std::mem::take(&mut *heard.lock().unwrap_or_else(|p| p.into_inner()));
    problems.extend(said);
    Ok(problems)
}

fn check_stepper(tab: &Tab) -> Result<Vec<String>> {
    // Every trace figure must have its stepper. Each Resume button is marked so that the clicks
    // below are real ones (DevTools mouse events at the button's place, as a reader's).
    let mut problems = strings(evaluate(
        tab,
        r"(() => {
            const figures = [...document.querySelectorAll('figure.trace')].filter((f) => f.querySelector('svg.trace'));
            const problems = figures.flatMap((f, i) => f.querySelector('.stepper') ? []
                : [`figure.trace ${i + 1} has svg.trace but no .stepper (stepper.js did not run)`]);
            figures.forEach((f, i) => {
                const resume = [...f.querySelectorAll('.stepper button')].find((b) => b.textContent.trim().startsWith('Resume'));
                if (resume) { resume.dataset.bookBrowser = `resume-${i}`; }
                else if (f.querySelector('.stepper')) { problems.push(`figure.trace ${i + 1}: stepper without a Resume button`); }
            });
            return problems;
        })()",
    )?);
    // The first figure's first Resume must dim what comes later. A trace of one resume only (a
    // plain call: `call`, prints, `return`) has nothing later to dim; its stepper shows that by
    // disabling Resume at once, and then the next figure is the one that must step.
    for (i, _) in tab.find_elements("[data-book-browser^=resume-]").unwrap_or_default().iter().enumerate() {
        let button = format!("[data-book-browser=resume-{i}]");
        let later = format!("document.querySelector('{button}').closest('figure').querySelectorAll('svg.trace g.event.later').length");
        let before = evaluate(tab, &later)?;
        tab.find_element(&button)?.click()?;
        let after = evaluate(tab, &later)?;
        if before != after {
            break;
        }
        if evaluate(tab, &format!("document.querySelector('{button}').disabled"))? != serde_json::Value::Bool(true) {
            problems.push(format!("figure.trace {}: Resume does not advance the stepper (g.event.later stays {before})", i + 1));
            break;
        }
    }
    // A figure that names the listing lines its events are made at (`data-runs`) must light one
    // up when it steps (the CSS Custom Highlight that stepper.js sets).
    let named = "[...document.querySelectorAll('figure.trace[data-runs] [data-book-browser^=resume-]')].map((b) => b.dataset.bookBrowser)";
    for button in strings(evaluate(tab, named)?) {
        tab.find_element(&format!("[data-book-browser={button}]"))?.click()?;
        if evaluate(tab, "CSS.highlights.get('resume-line')?.size ?? 0")? == serde_json::json!(0) {
            problems.push(format!("{button}: a Resume of a figure with data-runs highlights no listing line"));
        }
    }
    Ok(problems)
}

fn check_search(tab: &Tab) -> Result<Vec<String>> {
    tab.find_element("#mdbook-search-toggle")?.click()?;
    tab.wait_until_visible("#mdbook-searchbar")?.click()?;
    tab.type_str(SEARCH)?;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if evaluate(tab, "document.querySelectorAll('#mdbook-searchresults li').length")? != 0 {
            return Ok(Vec::new());
        }
        if Instant::now() > deadline {
            return Ok(vec![format!("search for {SEARCH:?} shows no result in #mdbook-searchresults within 5 s")]);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// mdBook keeps the reader's theme in localStorage under `mdbook-theme` and applies it before
/// the page is drawn; setting it and loading the page again is what choosing it in the menu does.
fn shoot(tab: &Tab, book: &Path, page: &Path, theme: &str, file: &Path) -> Result<()> {
    load(tab, book, page)?;
    evaluate(tab, &format!("localStorage.setItem('mdbook-theme', '{theme}')"))?;
    load(tab, book, page)?;
    let shown = evaluate(tab, &format!("document.documentElement.classList.contains('{theme}')"))?;
    if shown != serde_json::Value::Bool(true) {
        bail!("theme {theme} not applied");
    }
    let png = tab.capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)?;
    std::fs::write(file, png)?;
    Ok(())
}
