//! Watch mode as a learner drives it: real saves (inotify through notify), keys sent as a
//! terminal would send them, and the terminal put back as it was.

use std::io::Write;
use std::sync::mpsc::channel;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustix::termios::{self, LocalModes};

use super::super::watch::{self, Event, Keys};
use super::fixtures::{self, SOLUTION, STARTER, TempDir, WRONG};

/// What the loop printed so far, read while it runs.
#[derive(Clone, Default)]
struct Screen(Arc<Mutex<Vec<u8>>>);

impl Write for Screen {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().write(bytes)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Screen {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }

    /// Waits until `text` has been printed `times` times (a build may take a while).
    fn wait_for(&self, text: &str, times: usize) {
        let started = Instant::now();
        while self.text().matches(text).count() < times {
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "no {text:?} in\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

const PROMPT: &str = "to run it again · h hint · n next · r run again · q quit\n";

#[test]
fn watch_runs_at_each_save_moves_on_when_done_and_takes_keys() {
    let temp = TempDir::new("watch");
    let learner = fixtures::learner(&temp);
    let (one, two) = ("step01-function/1.1-count.rs", "step01-function/1.2-count-again.rs");
    fixtures::write_files(&learner.dir, &[(one, STARTER), (two, STARTER)]);
    let (send, events) = channel();
    let (screen, keys) = (Screen::default(), send.clone());
    let mut out = screen.clone();
    let watching = std::thread::spawn(move || {
        watch::watch(&learner, send, &events, false, &mut out).map_err(|err| err.to_string())
    });

    screen.wait_for(PROMPT, 1);
    assert!(screen.text().starts_with("Exercise 1.1: Count the songs\n"), "{}", screen.text());
    // A save as an editor makes it: a temporary file renamed over the learner's.
    let file = temp.path().join("workshop").join(one);
    std::fs::write(file.with_extension("tmp"), WRONG).unwrap();
    std::fs::rename(file.with_extension("tmp"), &file).unwrap();
    screen.wait_for("expected: 4\n         got: 3\n", 1);
    screen.wait_for(PROMPT, 2);
    keys.send(Event::Key(b'h')).unwrap();
    screen.wait_for("Hint 1 of 2 for exercise 1.1:\n\nHint number 1.\n", 1);
    // Written in place: done, and on to 1.2 without a key.
    std::fs::write(&file, SOLUTION).unwrap();
    screen.wait_for("Exercise 1.2: Count the songs\n", 1);
    screen.wait_for(PROMPT, 3);
    // `n` from the last one comes round to the first unfinished: 1.2 again.
    keys.send(Event::Key(b'n')).unwrap();
    screen.wait_for(PROMPT, 4);
    keys.send(Event::Key(b'q')).unwrap();
    assert_eq!(watching.join().unwrap(), Ok(()));

    let text = screen.text();
    let done = "1.1 is done: all 2 tests pass. `cargo xtask exercise list` shows what is next.\n";
    let lines: Vec<_> = text.lines().filter(|line| line.starts_with(['1', '[', 'E'])).collect();
    assert_eq!(
        lines,
        [
            "Exercise 1.1: Count the songs",
            "1.1 is not done yet: 2 of 2 tests fail; `cargo xtask exercise 1.1 --hint` shows hint 1 of 2",
            "[░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 0 of 2 done",
            "Exercise 1.1: Count the songs",
            "1.1 is not done yet: 2 of 2 tests fail; `cargo xtask exercise 1.1 --hint` shows hint 1 of 2",
            "[░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 0 of 2 done",
            "Exercise 1.1: Count the songs",
            done.trim_end(),
            "[███████████████░░░░░░░░░░░░░░░] 1 of 2 done",
            "Exercise 1.2: Count the songs",
            "1.2 is not done yet: 2 of 2 tests fail; `cargo xtask exercise 1.2 --hint` shows hint 1 of 1",
            "[███████████████░░░░░░░░░░░░░░░] 1 of 2 done",
            "Exercise 1.2: Count the songs",
            "1.2 is not done yet: 2 of 2 tests fail; `cargo xtask exercise 1.2 --hint` shows hint 1 of 1",
            "[███████████████░░░░░░░░░░░░░░░] 1 of 2 done",
        ],
        "{text}"
    );
}

#[test]
fn when_all_are_done_watch_says_so_and_ends() {
    let temp = TempDir::new("watch-done");
    let learner = fixtures::learner(&temp);
    let files = [
        ("step01-function/1.1-count.rs", SOLUTION),
        ("step01-function/1.2-count-again.rs", SOLUTION),
    ];
    fixtures::write_files(&learner.dir, &files);
    let (send, events) = channel();
    let mut screen = Screen::default();
    watch::watch(&learner, send, &events, false, &mut screen).unwrap();
    let text = screen.text();
    assert!(text.ends_with("[██████████████████████████████] 2 of 2 done\n\nAll 2 exercises are done. Well played!\n"), "{text}");
}

#[test]
fn keys_come_one_at_a_time_without_echo_and_the_terminal_is_put_back() {
    use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
    let main = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
    grantpt(&main).unwrap();
    unlockpt(&main).unwrap();
    let name = ptsname(&main, Vec::new()).unwrap();
    let terminal =
        std::fs::File::options().read(true).write(true).open(name.to_str().unwrap()).unwrap();
    let before = termios::tcgetattr(&terminal).unwrap();
    assert!(before.local_modes.contains(LocalModes::ICANON | LocalModes::ECHO | LocalModes::ISIG));
    {
        let keys = Keys::raw(&terminal);
        let raw = termios::tcgetattr(&terminal).unwrap().local_modes;
        assert!(!raw.intersects(LocalModes::ICANON | LocalModes::ECHO), "{raw:?}");
        assert!(raw.contains(LocalModes::ISIG), "Ctrl-C stays a signal");
        drop(keys);
    }
    let after = termios::tcgetattr(&terminal).unwrap();
    assert_eq!(after.local_modes, before.local_modes);
    // Not a terminal: left alone, nothing to put back.
    let file = tempfile::tempfile().unwrap();
    drop(Keys::raw(&file));
}
