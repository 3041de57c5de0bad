use super::exercise::*;

#[test]
fn the_first_ten() {
    let got: Vec<u64> = fibonacci().take(10).collect();
    assert_eq!(got, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);
}

#[test]
fn the_last_that_fits_is_the_94th() {
    assert_eq!(fibonacci().nth(93), Some(12_200_160_415_121_876_738));
    assert_eq!(fibonacci().count(), 94);
}

#[test]
fn after_the_end_it_keeps_answering_none() {
    let mut numbers = fibonacci().skip(94);
    assert_eq!(numbers.next(), None);
    assert_eq!(numbers.next(), None);
}

#[test]
fn each_number_is_the_sum_of_the_two_before() {
    let all: Vec<u64> = fibonacci().collect();
    for three in all.windows(3) {
        assert_eq!(
            three[2],
            three[0] + three[1],
            "after {} and {}",
            three[0],
            three[1]
        );
    }
    assert_eq!(all.len(), 94);
}
