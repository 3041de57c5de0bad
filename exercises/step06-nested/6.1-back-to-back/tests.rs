use super::exercise::*;
use genawaiter::GeneratorState;
use genawaiter::rc::Gen;
use std::future::Future;
use step01_function::{ELECTRONIC, RAP, Song};

/// Every song the listener hears, one per resume, and the total it completes with.
fn listen<F: Future<Output = u32>>(mut playlist: Gen<Song, (), F>) -> (Vec<Song>, u32) {
    let mut songs = Vec::new();
    loop {
        match playlist.resume() {
            GeneratorState::Yielded(song) => songs.push(song),
            GeneratorState::Complete(minutes) => return (songs, minutes),
        }
    }
}

#[test]
fn two_albums_play_back_to_back() {
    let (songs, minutes) =
        listen(playlist(vec![album(&ELECTRONIC, 24), album(&RAP, 17)]));
    let expected: Vec<Song> = ELECTRONIC.iter().chain(&RAP).copied().collect();
    assert_eq!(songs, expected);
    assert_eq!(minutes, 41);
}

#[test]
fn one_album_is_played_as_it_is() {
    assert_eq!(
        listen(playlist(vec![album(&RAP[..2], 9)])),
        (vec![RAP[0], RAP[1]], 9)
    );
}

#[test]
fn a_silent_album_adds_no_stop_but_its_minutes() {
    // Four minutes of silence: no song to yield, but the time counts.
    let albums = vec![
        album(&ELECTRONIC[3..], 7),
        album(&[], 4),
        album(&RAP[3..], 3),
    ];
    assert_eq!(listen(playlist(albums)), (vec![ELECTRONIC[3], RAP[3]], 14));
}

#[test]
fn an_empty_playlist_completes_at_once() {
    // Emptied, the vector keeps the album's type, which the playlist needs.
    let mut albums = vec![album(&RAP, 17)];
    albums.clear();
    assert_eq!(listen(playlist(albums)), (vec![], 0));
}
