//! Reading a trace: `<actor> <verb> [<object>] ["<text>"]`, one event per line.

/// One line of a trace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Who does it: `caller`, `radio`, `executor`.
    pub actor: String,
    /// What it does: `resume`, `yield`, `print`… (book/src/traces.md).
    pub verb: String,
    /// The other actor, if the event involves one (`caller resume radio`).
    pub object: Option<String>,
    /// What follows, as written: a quoted value (`"Sabotage"`), or words (`-> queue`).
    pub text: Option<String>,
}

/// Every event of `trace`; `Err` names the first line that has no actor and verb.
pub fn parse(trace: &str) -> Result<Vec<Event>, String> {
    let mut events = Vec::new();
    for (number, line) in trace.lines().enumerate() {
        let mut words = line.splitn(3, ' ');
        let (Some(actor), Some(verb)) = (words.next(), words.next()) else {
            return Err(format!(
                "line {}: {line:?} is not `<actor> <verb> …`",
                number + 1
            ));
        };
        if actor.is_empty() || verb.is_empty() {
            return Err(format!(
                "line {}: {line:?} is not `<actor> <verb> …`",
                number + 1
            ));
        }
        let rest = words.next().filter(|rest| !rest.is_empty());
        // An object is one word that is not a value: `radio`, `task2`; not `"…"` or `->`.
        let (object, text) = match rest {
            Some(rest) if !rest.starts_with(['"', '-']) => match rest.split_once(' ') {
                Some((object, text)) => (Some(object), Some(text)),
                None => (Some(rest), None),
            },
            rest => (None, rest),
        };
        events.push(Event {
            actor: actor.to_owned(),
            verb: verb.to_owned(),
            object: object.map(str::to_owned),
            text: text.map(str::to_owned),
        });
    }
    Ok(events)
}
