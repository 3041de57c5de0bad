//! The genawaiter version: the same lines as the `async fn` version, the average as
//! `GeneratorState::Complete`, and a frame freed when the generator goes.

use genawaiter::GeneratorState;
use std::cell::Cell;
use std::io::{self, Write};
use std::rc::Rc;
use step04_average::{Console, Numbers, generator};

fn numbers(list: &[i32]) -> Numbers {
    Numbers::new(list.to_vec()).unwrap()
}

// ANCHOR: same_lines
#[test]
fn the_generator_prints_what_the_async_fn_prints() {
    let lists: [&[i32]; 6] = [
        &step04_average::TALKS_NUMBERS,
        &[42],
        &[-7, 0],
        &[-1, -2],
        &[i32::MAX, i32::MAX],
        &[i32::MIN; 100],
    ];
    for list in lists {
        let (mut with_generator, mut with_average) = (Vec::new(), Vec::new());
        generator::print_average(numbers(list), &mut with_generator).unwrap();
        step04_average::print_average(numbers(list), &mut with_average).unwrap();
        assert_eq!(with_generator, with_average, "{list:?}");
        assert_eq!(
            with_generator.iter().filter(|&&b| b == b'\n').count(),
            2 * list.len() + 2
        );
    }
}
// ANCHOR_END: same_lines

// ANCHOR: complete
#[test]
fn each_resume_yields_nothing_and_the_last_completes_with_the_average() {
    let console = Console::new(Vec::new());
    let mut calculation = generator::average(numbers(&[-7, 0]), console.clone());
    assert_eq!(calculation.resume(), GeneratorState::Yielded(()));
    assert_eq!(calculation.resume(), GeneratorState::Yielded(()));
    assert_eq!(calculation.resume(), GeneratorState::Complete(-3));
    assert_eq!(
        console.text(),
        concat!(
            "    Number crunching the next value.\n",
            "    Number crunching the next value.\n",
            "    Finally, all calculated.\n",
        )
    );
}
// ANCHOR_END: complete

/// A writer that throws its lines away and counts its drops. Given to a generator as the
/// writer of its only console, it goes when the generator's frame lets the console go.
struct Witness(Rc<Cell<u32>>);

impl Write for Witness {
    fn write(&mut self, line: &[u8]) -> io::Result<usize> {
        Ok(line.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for Witness {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

#[test]
fn dropping_the_generator_mid_calculation_frees_what_it_holds() {
    for resumes in [0, 1, 2] {
        let drops = Rc::new(Cell::new(0));
        let console = Console::new(Witness(Rc::clone(&drops)));
        let holders = Rc::downgrade(&console);
        let mut calculation = generator::average(numbers(&[1, 2, 3, 4]), console);
        for _ in 0..resumes {
            assert_eq!(calculation.resume(), GeneratorState::Yielded(()));
        }
        assert_eq!(
            (holders.strong_count(), drops.get()),
            (1, 0),
            "the frame holds the console after {resumes} resumes"
        );
        drop(calculation);
        assert_eq!(
            (holders.strong_count(), drops.get()),
            (0, 1),
            "dropped after {resumes} resumes"
        );
    }
}
