// The resume stepper. A picture drawn from a trace (book/pictures.toml) is the whole run at
// once; with this, a reader can walk it one resume at a time: "Resume" shows the next
// resume, highlights the lane that runs in it and dims what has not happened yet, and
// lists the trace's lines of that resume under the picture. Each step starts where control
// goes into a coroutine (`resume`, `poll`, `call`); the first also holds what came before.
// Buttons, so the keyboard works as it does for any button (and ← → on the picture).
// Without JavaScript nothing is added: the picture stays the whole trace.
(() => {
    'use strict';
    const INTO = ['resume', 'poll', 'call'];

    function stepper(figure) {
        const svg = figure.querySelector('svg.trace');
        const events = svg ? [...svg.querySelectorAll('g.event')] : [];
        const starts = events.flatMap((e, i) => (INTO.includes(e.dataset.verb) ? [i] : []));
        if (starts.length === 0) {
            return;
        }
        starts[0] = 0;
        const bounds = starts.map((start, k) => [start, starts[k + 1] ?? events.length]);
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
        const show = () => {
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
            const shown = events.slice(from, to).map((e) => e.dataset.line).concat(frames.length ? ['', ...frames] : []);
            lines.textContent = step < 0 ? '' : shown.join('\n');
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
        show();
    }

    document.querySelectorAll('figure.trace').forEach(stepper);
})();
