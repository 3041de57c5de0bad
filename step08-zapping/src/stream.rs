//! A station as a `Stream`: a future that can be ready more than once. Step 2's
//! generator handed out songs when asked, synchronously; a stream hands them out when
//! they come, and `while let Some(song) = stream.next().await` is its `for` loop.
//! (`async gen` blocks would write one directly; they are not stable.)

use futures::Stream;
use step01_function::Song;

use crate::station::Station;

// ANCHOR: songs
/// The station's songs as they come, each with the station's name.
pub fn songs(station: Station) -> impl Stream<Item = (&'static str, Song)> {
    futures::stream::unfold(station, |mut station| async move {
        let song = station.next_song().await?;
        Some(((station.name(), song), station))
    })
}
// ANCHOR_END: songs
