// The resume stepper. A picture drawn from a trace (book/pictures.toml) is the whole run at
// once; with this, a reader can walk it one resume at a time: "Resume" shows the next
// resume, highlights the lane that runs in it and dims what has not happened yet, and
// lists the trace's lines of that resume under the picture. Each step starts where control
// goes into a coroutine (`resume`, `poll`, `call`); the first also holds what came before.
// A figure's `data-runs` names the line of a listing that makes an event, as JSON from
// "actor verb" to a piece of that line: `{"radio yield": "co.yield_("}`. The stepper then
// also highlights, in the nearest listing on the page that has it, the line where each
// resume stops (a `yield`, a `suspend`, an `await`, a `return`), and names it below.
// Buttons, so the keyboard works as it does for any button (and ← → on the picture).
// Without JavaScript nothing is added: the picture stays the whole trace.
(() => {
    'use strict';
    const INTO = ['resume', 'poll', 'call'];
    // One highlight for the page: the line of the stepper that moved last.
    const HIGHLIGHT = 'resume-line';

    // The line of a listing that holds `piece`: the nearest such listing before the figure,
    // else the nearest after it. `undefined` if no listing on the page has it.
    function listingLine(figure, piece) {
        const codes = [...document.querySelectorAll('pre > code')];
        const before = codes.filter((c) => c.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING);
        const after = codes.filter((c) => !before.includes(c));
        for (const code of [...before.reverse(), ...after]) {
            const lines = code.textContent.split('\n');
            // A line that is the piece, else one that has it (`SONG` against `"{SONG}"`).
            const exact = lines.findIndex((line) => line.trim() === piece);
            const index = exact >= 0 ? exact : lines.findIndex((line) => line.includes(piece));
            if (index >= 0) {
                return { code, index, text: lines[index].trim() };
            }
        }
        return undefined;
    }

    // A DOM range over line `index` of `code`, across highlight.js's spans.
    function lineRange(code, index) {
        const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let line = 0;
        let started = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let at = 0; at <= node.data.length; at++) {
                if (line === index && !started) {
                    range.setStart(node, at);
                    started = true;
                }
                if (at === node.data.length) {
                    break;
                }
                if (node.data[at] === '\n') {
                    if (line === index) {
                        range.setEnd(node, at);
                        return range;
                    }
                    line++;
                }
            }
        }
        range.setEnd(code, code.childNodes.length);
        return range;
    }

    function highlight(ranges) {
        if (window.CSS?.highlights) {
            if (ranges.length) {
                CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
            } else {
                CSS.highlights.delete(HIGHLIGHT);
            }
        }
    }

    function stepper(figure) {
        const svg = figure.querySelector('svg.trace');
        const events = svg ? [...svg.querySelectorAll('g.event')] : [];
        const starts = events.flatMap((e, i) => (INTO.includes(e.dataset.verb) ? [i] : []));
        if (starts.length === 0) {
            return;
        }
        starts[0] = 0;
        const bounds = starts.map((start, k) => [start, starts[k + 1] ?? events.length]);
        const runs = new Map();
        // An event's pieces: one, or one per language (the C++ line and the Rust line).
        for (const [event, pieces] of Object.entries(JSON.parse(figure.dataset.runs ?? '{}'))) {
            for (const piece of [].concat(pieces)) {
                const line = listingLine(figure, piece);
                if (line) {
                    runs.set(event, [...(runs.get(event) ?? []), line]);
                } else {
                    console.error(`stepper: no listing on the page has ${JSON.stringify(piece)} (data-runs of ${svg.id})`);
                }
            }
        }
        const controls = document.createElement('div');
        controls.className = 'stepper';
        const button = (label, title) => {
            const b = document.createElement('button');
            b.type = 'button';
            b.textContent = label;
            b.title = title;
            controls.append(b, ' ');
            return b;
        };
        const back = button('◀', 'The resume before');
        const next = button('Resume ▶', 'The next resume');
        const all = button('Whole trace', 'Show every event again');
        const status = document.createElement('span');
        status.setAttribute('aria-live', 'polite');
        const lines = document.createElement('pre');
        lines.className = 'stepper-lines';
        controls.append(status, lines);
        svg.after(controls);

        let step = -1;
        // Only a press moves the page's highlight: drawing the first state leaves it alone.
        const show = (moved = true) => {
            const [from, to] = step < 0 ? [0, events.length] : bounds[step];
            events.forEach((event, i) => {
                event.classList.toggle('now', step >= 0 && i >= from && i < to);
                event.classList.toggle('later', i >= to);
            });
            for (const bar of svg.querySelectorAll('rect.bar')) {
                bar.classList.toggle('later', Number(bar.dataset.start) >= to);
            }
            // Who runs in this resume: whoever has control after the event that starts it.
            const resume = step < 0 ? undefined : events.slice(from, to).find((e) => INTO.includes(e.dataset.verb));
            for (const group of svg.querySelectorAll('g.lane')) {
                group.classList.toggle('running', group.dataset.lane === resume?.dataset.running);
            }
            status.textContent = step < 0 ? '' : `Resume ${step + 1} of ${bounds.length}`;
            // What each frame holds at the end of this resume: its last `holds` line so far,
            // gone once it has returned or been destroyed.
            const holds = new Map();
            for (const event of events.slice(0, to)) {
                const [actor, verb, object] = event.dataset.line.split(' ');
                if (verb === 'holds') {
                    holds.set(actor, event.dataset.line);
                } else if (verb === 'return' || verb === 'destroy') {
                    holds.delete(verb === 'return' ? actor : object);
                }
            }
            const frames = [...holds.values()].map((line) => `frame: ${line}`);
            // Where this resume's coroutines stop, in the listing.
            const stops = step < 0 ? [] : events.slice(from, to).flatMap((e) => {
                const [actor, verb] = e.dataset.line.split(' ');
                return (runs.get(`${actor} ${verb}`) ?? []).map((line) => ({ actor, verb, ...line }));
            });
            const listed = stops.map((s) => `${s.actor} ${s.verb}s at: ${s.text}`);
            const shown = events.slice(from, to).map((e) => e.dataset.line)
                .concat(frames.length ? ['', ...frames] : [], listed.length ? ['', ...listed] : []);
            lines.textContent = step < 0 ? '' : shown.join('\n');
            if (moved) {
                highlight(stops.map((s) => lineRange(s.code, s.index)));
            }
            back.disabled = step <= 0;
            next.disabled = step === bounds.length - 1;
        };
        next.addEventListener('click', () => { step = Math.min(step + 1, bounds.length - 1); show(); });
        back.addEventListener('click', () => { step = Math.max(step - 1, 0); show(); });
        all.addEventListener('click', () => { step = -1; show(); });
        figure.tabIndex = 0;
        figure.addEventListener('keydown', (key) => {
            if (key.target !== figure) {
                return;
            }
            const pressed = { ArrowRight: next, ArrowLeft: back }[key.key];
            if (pressed && !pressed.disabled) {
                pressed.click();
                key.preventDefault();
            }
        });
        show(false);
    }

    document.querySelectorAll('figure.trace').forEach(stepper);
})();
