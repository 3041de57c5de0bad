//! `cargo xtask exercise watch`: the workshop in one terminal. It runs the first unfinished
//! exercise, runs it again at every save of the learner's file, and moves on to the next
//! unfinished one when it passes. Single keys (`h`, `n`, `r`, `q`) work when standard input
//! is a terminal; Ctrl-C stops as `q` does, after killing a test run that is under way.

use std::io::{Read, Write};
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};
use rustix::termios::{self, LocalModes, OptionalActions, SpecialCodeIndex, Termios};

use super::catalog::{Exercise, shown};
use super::list::{Status, status};
use super::progress::Progress;
use super::{Learner, attempt, help};
use crate::Result;
use tool_shell::output::{Output, output_kind};
use tool_shell::process;

/// What the loop waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A file in the workshop was written (or made, or renamed to this path).
    Saved(PathBuf),
    /// A key typed (a byte of standard input).
    Key(u8),
}

/// Files saved within this long of each other are one save (an editor writes a file in
/// several steps: truncate, write, rename, change its mode).
const SETTLE: Duration = Duration::from_millis(100);

/// `cargo xtask exercise watch`, on standard input and output.
pub fn run(learner: &Learner, color: bool, out: &mut dyn Write) -> Result<()> {
    process::notice_ctrl_c()?;
    let (send, events) = channel();
    // Restores the terminal when dropped, however `watch` ends (an error, a panic).
    let _keys = Keys::raw(std::io::stdin());
    let keys = send.clone();
    let bytes = || std::io::stdin().lock().bytes().map_while(Result::ok);
    std::thread::spawn(move || bytes().try_for_each(|byte| keys.send(Event::Key(byte))));
    watch(learner, send, &events, color, out)
}

/// The loop: file events from the workshop go to `send`, and every event comes from
/// `events` (the tests send keys there as a terminal would).
pub fn watch(
    learner: &Learner,
    send: Sender<Event>,
    events: &Receiver<Event>,
    color: bool,
    out: &mut dyn Write,
) -> Result<()> {
    std::fs::create_dir_all(&learner.dir)?;
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Opening and reading a file (our own run does) is not a save.
        let event = event.ok().filter(|event| !matches!(event.kind, EventKind::Access(_)));
        for path in event.into_iter().flat_map(|event| event.paths) {
            let _ = send.send(Event::Saved(path));
        }
    })?;
    watcher.watch(&learner.dir, RecursiveMode::Recursive)?;
    let (mut current, mut last) = (unfinished_after(learner, None), None);
    while let Some(exercise) = current {
        // A run again clears the screen; a run of the next one keeps "done" above it.
        if last.replace(exercise.id) == Some(exercise.id) && color {
            write!(out, "\x1b[2J\x1b[H").map_err(Output)?;
        }
        let passed = match attempt::run(learner, exercise, color, out) {
            Ok(()) => true,
            Err(err) if output_kind(&err).is_some() || process::interrupted() => return Err(err),
            Err(err) => writeln!(out, "\n{err:#}").map_err(Output).map(|()| false)?,
        };
        let progress = Progress::load(&learner.progress_file());
        let done =
            learner.exercises.iter().filter(|e| status(learner, &progress, e) == Status::Done);
        writeln!(out, "\n{}", bar(done.count(), learner.exercises.len())).map_err(Output)?;
        if passed {
            current = unfinished_after(learner, Some(exercise));
            continue;
        }
        let file = shown(&learner.dir.join(exercise.workshop_file()));
        writeln!(out, "Save {file} to run it again · h hint · n next · r run again · q quit")
            .map_err(Output)?;
        current = loop {
            match next(events, &exercise.workshop_file()) {
                Some(Event::Saved(_) | Event::Key(b'r')) => break Some(exercise),
                Some(Event::Key(b'h')) => help::hint(learner, exercise, out)?,
                Some(Event::Key(b'n')) => break unfinished_after(learner, Some(exercise)),
                Some(Event::Key(b'q' | 4)) | None => return Ok(()),
                Some(_) => {}
            }
        };
    }
    let total = learner.exercises.len();
    Ok(writeln!(out, "\nAll {total} exercises are done. Well played!").map_err(Output)?)
}

/// The next key or save of `file` (not our own progress file, nor an editor's temporary
/// file before it is renamed to `file`), the saves that follow within [`SETTLE`] taken with
/// it; `None` once Ctrl-C was pressed.
fn next(events: &Receiver<Event>, file: &Path) -> Option<Event> {
    let event = loop {
        match events.recv_timeout(Duration::from_millis(50)) {
            _ if process::interrupted() => return None,
            Ok(Event::Saved(path)) if !path.ends_with(file) => {}
            Ok(event) => break event,
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    };
    if let Event::Saved(_) = event {
        while let Ok(Event::Saved(_)) = events.recv_timeout(SETTLE) {}
    }
    Some(event)
}

/// The first exercise after `after` (in id order, coming round to the start) that is not
/// done; `None` when every one is.
fn unfinished_after<'a>(learner: &'a Learner, after: Option<&Exercise>) -> Option<&'a Exercise> {
    let progress = Progress::load(&learner.progress_file());
    let all = &learner.exercises;
    let after = after.and_then(|after| all.iter().position(|e| e.id == after.id));
    let mut order = all.iter().cycle().skip(after.map_or(0, |at| at + 1)).take(all.len());
    order.find(|exercise| status(learner, &progress, exercise) != Status::Done)
}

/// `[████████░░░░░░░░░░░░░░░░░░░░░░] 8 of 30 done`: 30 cells, whatever the count.
pub fn bar(done: usize, total: usize) -> String {
    let cells = (done * 30).checked_div(total).unwrap_or(0).min(30);
    format!("[{}{}] {done} of {total} done", "█".repeat(cells), "░".repeat(30 - cells))
}

/// A terminal that gives each key as it is typed, without echo, while this lives (Ctrl-C
/// still a signal), and is put back as it was when this is dropped. Nothing for a file or
/// pipe that is not a terminal.
pub struct Keys<F: AsFd>(F, Option<Termios>);

impl<F: AsFd> Keys<F> {
    pub fn raw(terminal: F) -> Self {
        // Not a terminal if this fails (`ENOTTY`).
        let Ok(before) = termios::tcgetattr(&terminal) else { return Keys(terminal, None) };
        let mut keys = before.clone();
        keys.local_modes.remove(LocalModes::ICANON | LocalModes::ECHO);
        keys.special_codes[SpecialCodeIndex::VMIN] = 1;
        keys.special_codes[SpecialCodeIndex::VTIME] = 0;
        let _ = termios::tcsetattr(&terminal, OptionalActions::Now, &keys);
        Keys(terminal, Some(before))
    }
}

impl<F: AsFd> Drop for Keys<F> {
    fn drop(&mut self) {
        if let Some(before) = &self.1 {
            let _ = termios::tcsetattr(&self.0, OptionalActions::Now, before);
        }
    }
}
