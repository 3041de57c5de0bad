// What a failing test reports, in the crate `cargo xtask exercise` generates: the text
// below goes into its `lib.rs` before the modules (it is not a module of xtask). The
// `assert_eq!`, `assert!` and `todo!()` defined here take the place of std's in the
// learner's file and in the tests, and they panic through a hook that writes lines xtask
// reads on standard error, `xtask-exercise test <name>` then `xtask-exercise <what>
// <text>`: std's wording ("assertion `left == right` failed", "not yet implemented") is
// prose, not a format to parse. From the first of them on, any other panic (an `unwrap`,
// an index out of bounds) reports the same way.

#[doc(hidden)]
pub mod xtask_harness {
    use std::fmt::{Arguments, Debug};
    use std::panic::{self, PanicHookInfo};

    /// What a failed `assert_eq!` or a `todo!()` panics with: the lines to write after
    /// the place, `(what, text)`.
    struct Facts(Vec<(&'static str, String)>);

    pub fn hook() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| panic::set_hook(Box::new(report)));
    }

    fn report(info: &PanicHookInfo<'_>) {
        let at = info.location().map(|at| ("at", at.to_string()));
        let message = info.payload_as_str().unwrap_or("a panic with no message");
        let facts = match info.payload().downcast_ref() {
            Some(Facts(facts)) => facts.clone(),
            None => vec![("message", message.to_owned())],
        };
        let test = std::thread::current().name().unwrap_or_default().to_owned();
        let mut text = format!("xtask-exercise test {test}\n");
        for (what, value) in at.into_iter().chain(facts) {
            for line in value.split('\n') {
                text += &format!("xtask-exercise {what} {line}\n");
            }
        }
        // Past libtest's capture, in one write: a test process that dies later (a crash,
        // a limit) cannot take these lines with it, and tests on other threads do not cut
        // into them.
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), text.as_bytes());
    }

    #[track_caller]
    pub fn assert_eq<G, E>(got: &G, expected: &E, note: Option<Arguments<'_>>)
    where
        G: PartialEq<E> + Debug + ?Sized,
        E: Debug + ?Sized,
    {
        if got != expected {
            let note = note.map(|note| ("note", note.to_string()));
            let expected = ("expected", format!("{expected:?}"));
            let got = ("got", format!("{got:?}"));
            panic::panic_any(Facts(note.into_iter().chain([expected, got]).collect()));
        }
    }

    #[track_caller]
    pub fn todo(what: Option<Arguments<'_>>) -> ! {
        hook();
        let what = what.map(|what| what.to_string()).unwrap_or_default();
        panic::panic_any(Facts(vec![("todo", what)]))
    }
}

/// `assert_eq!(got, expected)`, the order every exercise's tests use.
#[allow(unused_macros)]
macro_rules! assert_eq {
    ($got:expr, $expected:expr $(,)?) => {{
        $crate::xtask_harness::hook();
        $crate::xtask_harness::assert_eq(&$got, &$expected, ::std::option::Option::None)
    }};
    ($got:expr, $expected:expr, $($note:tt)+) => {{
        $crate::xtask_harness::hook();
        let note = ::std::format_args!($($note)+);
        $crate::xtask_harness::assert_eq(&$got, &$expected, ::std::option::Option::Some(note))
    }};
}

#[allow(unused_macros)]
macro_rules! assert {
    ($condition:expr $(,)?) => {
        assert!($condition, "assertion failed: {}", ::std::stringify!($condition))
    };
    ($condition:expr, $($message:tt)+) => {{
        $crate::xtask_harness::hook();
        if !$condition {
            ::std::panic!($($message)+);
        }
    }};
}

#[allow(unused_macros)]
macro_rules! todo {
    () => {
        $crate::xtask_harness::todo(::std::option::Option::None)
    };
    ($($what:tt)+) => {
        $crate::xtask_harness::todo(::std::option::Option::Some(::std::format_args!($($what)+)))
    };
}
