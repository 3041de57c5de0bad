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

    /// A failed `assert_eq!(got, expected)`, both values as `{:?}` shows them.
    struct Mismatch {
        got: String,
        expected: String,
        note: Option<String>,
    }

    /// A `todo!()` still there, with its message if it has one.
    struct Todo(Option<String>);

    /// Installs the hook, once.
    pub fn hook() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| panic::set_hook(Box::new(report)));
    }

    fn report(info: &PanicHookInfo<'_>) {
        let mut facts = Vec::new();
        if let Some(at) = info.location() {
            facts.push(("at", at.to_string()));
        }
        let payload = info.payload();
        if let Some(Mismatch {
            got,
            expected,
            note,
        }) = payload.downcast_ref()
        {
            facts.extend(note.iter().map(|note| ("note", note.clone())));
            facts.push(("expected", expected.clone()));
            facts.push(("got", got.clone()));
        } else if let Some(Todo(what)) = payload.downcast_ref() {
            facts.push(("todo", what.clone().unwrap_or_default()));
        } else {
            let message = info.payload_as_str().unwrap_or("a panic with no message");
            facts.push(("message", message.to_owned()));
        }
        let test = std::thread::current().name().unwrap_or_default().to_owned();
        let mut text = format!("xtask-exercise test {test}\n");
        for (what, value) in facts {
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
            panic::panic_any(Mismatch {
                got: format!("{got:?}"),
                expected: format!("{expected:?}"),
                note: note.map(|note| note.to_string()),
            });
        }
    }

    #[track_caller]
    pub fn todo(what: Option<Arguments<'_>>) -> ! {
        hook();
        panic::panic_any(Todo(what.map(|what| what.to_string())))
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
    ($condition:expr $(,)?) => {{
        $crate::xtask_harness::hook();
        if !$condition {
            ::std::panic!("assertion failed: {}", ::std::stringify!($condition));
        }
    }};
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
