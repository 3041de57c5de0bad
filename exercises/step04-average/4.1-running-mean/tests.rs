use super::exercise::*;
use genawaiter::GeneratorState;
use step04_average::{Numbers, TALKS_NUMBERS};

/// Every mean the generator yields, and the average it completes with.
fn means_and_average(numbers: &[i32]) -> (Vec<i32>, i32) {
    let mut calculation = running_average(Numbers::new(numbers.to_vec()).unwrap());
    let mut means = Vec::new();
    loop {
        match calculation.resume() {
            GeneratorState::Yielded(mean) => means.push(mean),
            GeneratorState::Complete(average) => return (means, average),
        }
    }
}

#[test]
fn the_talks_numbers_average_150_on_the_way_and_at_the_end() {
    let means = vec![100, 150, 133, 150, 140, 150, 142, 150];
    assert_eq!(means_and_average(&TALKS_NUMBERS), (means, 150));
}

#[test]
fn one_number_is_its_own_mean() {
    assert_eq!(means_and_average(&[42]), (vec![42], 42));
}

#[test]
fn means_are_cut_toward_zero() {
    assert_eq!(means_and_average(&[-7, 0, 1]), (vec![-7, -3, -2], -2));
}

#[test]
fn big_numbers_do_not_overflow() {
    let big = [i32::MAX, i32::MAX, i32::MIN];
    assert_eq!(
        means_and_average(&big),
        (vec![i32::MAX, i32::MAX, 715_827_882], 715_827_882)
    );
}
