//! Exercise 8.3: skip a style.
//!
//! A stream adapter written by hand: a `Stream` whose `poll_next` polls another stream,
//! and passes on every song but those of the station it skips. A song skipped is not a
//! reason to return `Pending`: nothing would wake the task for the next one, so it asks
//! at once.

use std::pin::Pin;
use std::task::{Context, Poll, ready};

use futures::{Stream, StreamExt};
use step01_function::Song;
use step08_zapping::clock::ShowClock;
use step08_zapping::station::{electronic, rap};
use step08_zapping::stream::songs;

/// The songs of `songs`, each with its station's name, but for those of `station`.
#[derive(Debug)]
pub struct Skip<S> {
    /// Boxed, so that `Skip` can be moved even after it was polled: pinning it is not our
    /// business.
    songs: Pin<Box<S>>,
    station: &'static str,
}

/// `songs` without `station`'s.
pub fn skip<S>(songs: S, station: &'static str) -> Skip<S> {
    Skip {
        songs: Box::pin(songs),
        station,
    }
}

impl<S> Stream for Skip<S>
where
    S: Stream<Item = (&'static str, Song)>,
{
    type Item = (&'static str, Song);

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Self::Item>> {
        loop {
            // A `Pending` is passed on: the inner stream has kept `cx`'s waker.
            match ready!(self.songs.as_mut().poll_next(cx)) {
                Some((station, _)) if station == self.station => continue,
                song_or_end => return Poll::Ready(song_or_end),
            }
        }
    }
}

/// Rap and electronic, `count` songs each, merged as the chapter's stream show merges
/// them, without `station`'s songs: `0:03 rap: <song>` for each song heard.
pub async fn zapping_without(
    clock: ShowClock,
    count: u32,
    station: &'static str,
) -> Vec<String> {
    let merged = futures::stream::select(
        songs(rap(count, clock)),
        songs(electronic(count, clock)),
    );
    let heard = skip(merged, station)
        .map(|(name, song)| format!("{} {name}: {song}", clock.stamp()));
    heard.collect().await
}
