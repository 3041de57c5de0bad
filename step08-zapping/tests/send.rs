//! `Send`: stations announced on other threads with an `Arc`, and on one thread with an
//! `Rc` through `spawn_local`. (The `Rc` on other threads does not compile: a doctest in
//! src/send.rs, with its error code.)

use step08_zapping::send::{on_one_thread, on_threads};

#[test]
fn with_an_arc_the_playlists_go_to_other_threads_and_with_an_rc_they_stay_on_one() {
    let playlists = || {
        vec![
            vec![
                "Public Enemy -> Fight The Power",
                "Ice Cube -> It was a good day",
            ],
            vec!["Orbital -> Chime"],
        ]
    };
    let expected = [
        "first up: Public Enemy -> Fight The Power",
        "first up: Orbital -> Chime",
    ];
    assert_eq!(on_threads(playlists()), expected);
    assert_eq!(on_one_thread(playlists()), expected);
}
