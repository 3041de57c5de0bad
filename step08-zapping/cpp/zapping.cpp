// Step 8 in C++: a listener zapping between two stations, many coroutines driven by one
// loop. The clock is ours (a list of timers, the earliest resumed first: what tokio's
// paused clock does for the Rust program); whenAny starts two coroutines and goes on when
// the first ends, and the caller destroy()s the other while it is suspended: C++'s
// cancellation, where only destructors run. Prints what the Rust binary prints for the
// same arguments, and the same trace with --trace.
// Build: g++ -std=c++20 -O2 -Wall -Werror zapping.cpp -o zapping
// Run:   ./zapping [zap [--rounds N] [--careless] | join [--songs N] | select [--songs N]
//                  | timeout | stream [--songs N]] [--trace]   (N from 1 to 6)
#include <array>
#include <charconv>
#include <coroutine>
#include <cstdio>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../../step01-function/cpp/songs.hpp"
#include "../../support/cpp/trace.hpp"

using Song = std::string;

void say(const std::string& line) { std::cout << line << '\n'; }

// One event of the trace: `who verb [what]`.
void event(const char* who, const char* verb, const std::string& what = "")
{
    trace::event([&] {
        return std::string(who) + ' ' + verb + (what.empty() ? "" : ' ' + what);
    });
}

// ANCHOR: clock
// The show's clock: minutes since it started, and the coroutines asleep until a minute.
// Ordered by (minute, sequence number), so that two timers due at the same minute fire in
// the order they were set.
struct Clock
{
    int now = 0;
    long nextNumber = 0;
    std::map<std::pair<int, long>, std::coroutine_handle<>> timers;

    // Jumps to the earliest timer and resumes its coroutine, until no one is waiting.
    void run()
    {
        while (!timers.empty())
        {
            const auto earliest = timers.begin();
            const std::coroutine_handle<> sleeper = earliest->second;
            now = earliest->first.first;
            timers.erase(earliest);
            sleeper.resume();
        }
    }

    // The time as a radio says it: `0:05`, `1:00`.
    std::string stamp() const
    {
        char text[16];
        std::snprintf(text, sizeof text, "%d:%02d", now / 60, now % 60);
        return text;
    }
} clock_;

// co_await sleepUntil(minute): suspended until the clock reaches `minute`.
class Sleep
{
public:
    explicit Sleep(int minute) : mMinute{minute} {}
    Sleep(const Sleep&) = delete;
    Sleep& operator=(const Sleep&) = delete;
    // Destroyed with the frame of a coroutine still asleep: the timer must go too, or
    // the clock would resume a frame that no longer exists (tokio's Sleep, dropped).
    ~Sleep()
    {
        if (mWaiting)
        {
            clock_.timers.erase(mKey);
        }
    }

    bool await_ready() const noexcept { return mMinute <= clock_.now; }
    void await_suspend(std::coroutine_handle<> sleeper)
    {
        mKey = {mMinute, clock_.nextNumber++};
        clock_.timers[mKey] = sleeper;
        mWaiting = true;
    }
    void await_resume() noexcept { mWaiting = false; } // the clock took the timer out

private:
    int mMinute;
    std::pair<int, long> mKey;
    bool mWaiting = false;
};

Sleep sleepUntil(int minute) { return Sleep{minute}; }
// ANCHOR_END: clock

// What a Task's promise does with co_return: keep the value, or nothing.
template <typename T>
struct Result
{
    std::optional<T> value;
    void return_value(T result) { value = std::move(result); }
};
template <>
struct Result<void>
{
    void return_void() noexcept {}
};

// ANCHOR: task
// A lazy coroutine that ends with a T. co_await starts it in the awaiter's place; at its
// end it resumes whoever awaits it (its continuation), else the loop that resumed it.
template <typename T>
class [[nodiscard]] Task
{
public:
    struct promise_type : Result<T>
    {
        std::coroutine_handle<> continuation;
        bool started = false;

        Task get_return_object() { return Task{Handle::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        struct Final
        {
            bool await_ready() noexcept { return false; }
            std::coroutine_handle<>
            await_suspend(std::coroutine_handle<promise_type> self) noexcept
            {
                const auto next = self.promise().continuation;
                return next ? next : std::noop_coroutine();
            }
            void await_resume() noexcept {}
        };
        Final final_suspend() noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    explicit Task(Handle handle) : mHandle{handle} {}
    Task(Task&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    Task& operator=(Task&&) = delete;
    ~Task() { destroy(); }

    // Runs the body up to its first suspension, as the first poll of a future does.
    void start()
    {
        mHandle.promise().started = true;
        mHandle.resume();
    }
    bool done() const { return mHandle.done(); }
    void continueWith(std::coroutine_handle<> next)
    {
        mHandle.promise().continuation = next;
    }
    // Frees the frame wherever it is suspended; its locals' destructors run.
    void destroy()
    {
        if (mHandle)
        {
            std::exchange(mHandle, {}).destroy();
        }
    }

    // co_await task: not started yet, it starts now; started, the awaiter waits for
    // its end.
    bool await_ready() const noexcept { return mHandle.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept
    {
        continueWith(awaiting);
        if (std::exchange(mHandle.promise().started, true))
        {
            return std::noop_coroutine();
        }
        return mHandle;
    }
    T await_resume() { return result(); }

    // What the body co_returned, once it is done.
    T result()
    {
        if constexpr (!std::is_void_v<T>)
        {
            return std::move(*mHandle.promise().value);
        }
    }

private:
    Handle mHandle;
};
// ANCHOR_END: task

// ANCHOR: station
// A station's state lives here, outside every coroutine frame, as in Rust: a wait that is
// destroyed loses nothing the station keeps.
struct Cued
{
    Song song;
    int at; // the minute it is handed out
};

struct Station
{
    const char* name;
    const std::array<std::string, Songs>& playlist;
    int every; // minutes from one song to the next
    unsigned songsLeft;
    std::default_random_engine engine{}; // each its own, seed 1: step 2's songs
    std::uniform_int_distribution<int> track{0, Songs - 1};
    std::optional<Cued> cued; // picked, not handed out yet

    // Picks the next song and when it comes; nothing once the show is over.
    std::optional<Cued> cue()
    {
        if (songsLeft == 0)
        {
            return std::nullopt;
        }
        --songsLeft;
        Cued next{playlist[track(engine)], clock_.now + every};
        trace::event([&] {
            return std::string(name) + " holds " +
                   trace::quoted(next.song + " at minute " + std::to_string(next.at));
        });
        return next;
    }

    // The end of a wait, in the trace: it returns its song, if any, and its final
    // awaiter hands control back to the listener awaiting it.
    std::optional<Song> handOver(std::optional<Song> song) const
    {
        event(name, "return", song ? trace::quoted(*song) : "");
        event(name, "transfer", "listener");
        return song;
    }

    Task<std::optional<Song>> nextSong();
    Task<std::optional<Song>> nextSongCareless();
};

constexpr unsigned Forever = ~0u; // songs enough for any show that is cut off

Station rapStation(unsigned songs) { return {"rap", rap, 3, songs}; }
Station electronicStation(unsigned songs) { return {"electronic", electronic, 7, songs}; }
// ANCHOR_END: station

// ANCHOR: next_song
// Cancel-safe: destroyed while asleep, it leaves the song cued in the station, and the
// next call hands it out at the minute it was due.
Task<std::optional<Song>> Station::nextSong()
{
    event("listener", "resume", name);
    if (!cued && !(cued = cue()))
    {
        co_return handOver(std::nullopt);
    }
    event(name, "suspend");
    co_await sleepUntil(cued->at);
    event("clock", "resume", name);
    Song song = std::move(cued->song);
    cued.reset();
    co_return handOver(std::move(song));
}
// ANCHOR_END: next_song

// ANCHOR: careless
// Says, when destroyed, that its song was never heard: the destructor is all that runs
// of a frame destroyed at a co_await.
struct Lost
{
    const char* name;
    const Song& song;
    bool handedOver = false;
    ~Lost()
    {
        if (!handedOver)
        {
            say("  " + std::string(name) + ": \"" + song + "\" lost, never handed over");
        }
    }
};

// Not cancel-safe: the song picked lives in this frame while it waits.
Task<std::optional<Song>> Station::nextSongCareless()
{
    event("listener", "resume", name);
    const std::optional<Cued> next = cue();
    if (!next)
    {
        co_return handOver(std::nullopt);
    }
    Lost lost{name, next->song};
    event(name, "suspend");
    co_await sleepUntil(next->at);
    event("clock", "resume", name);
    lost.handedOver = true;
    co_return handOver(next->song);
}
// ANCHOR_END: careless

// ANCHOR: when_any
enum class Winner { First, Second };

// co_await whenAny(first, second): starts first, then second (the order Rust's race polls
// them), and goes on when one of them ends. The other is left suspended, for the caller
// to destroy or to go on with.
template <typename A, typename B>
struct WhenAny
{
    Task<A>& first;
    Task<B>& second;

    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> listener)
    {
        first.start();
        if (first.done())
        {
            return false; // ended before it waited: no need to suspend
        }
        second.start();
        if (second.done())
        {
            return false;
        }
        first.continueWith(listener); // whichever ends first resumes us
        second.continueWith(listener);
        return true;
    }
    Winner await_resume()
    {
        first.continueWith({}); // the loser must never resume us again
        second.continueWith({});
        return first.done() ? Winner::First : Winner::Second;
    }
};

template <typename A, typename B>
WhenAny<A, B> whenAny(Task<A>& first, Task<B>& second) { return {first, second}; }

// Both to the end: both started, then each awaited (when_all).
template <typename A, typename B>
Task<void> whenAll(Task<A> first, Task<B> second)
{
    first.start();
    second.start();
    co_await first;
    co_await second;
}

// Cancels a coroutine: destroying its frame is all there is to it.
template <typename T>
void cancel(const char* name, Task<T>& loser)
{
    event("listener", "destroy", name);
    loser.destroy();
}
// ANCHOR_END: when_any

// ANCHOR: shows
void heard(const char* station, const Song& song)
{
    say(clock_.stamp() + ' ' + station + ": " + song);
}

std::string each(unsigned songs)
{
    return songs == 1 ? "1 song each" : std::to_string(songs) + " songs each";
}

// Says, when destroyed, that its station's show was cut off, and when.
struct OffAir
{
    const char* name;
    ~OffAir() { say(clock_.stamp() + ' ' + name + ": off air"); }
};

// One station's whole show, song by song.
Task<void> show(Station& station)
{
    OffAir offAir{station.name};
    while (const auto song = co_await station.nextSong())
    {
        heard(station.name, *song);
    }
}

// One round of zapping: the first song wins, the other wait is destroyed. The waits are
// made here, not passed in: g++ 12.2 miscompiles a coroutine whose if-condition
// co_awaits its parameters (the body never runs; measured).
Task<void> round(Station& rap, Station& electronic, bool careless)
{
    auto first = careless ? rap.nextSongCareless() : rap.nextSong();
    auto second = careless ? electronic.nextSongCareless() : electronic.nextSong();
    if (co_await whenAny(first, second) == Winner::First)
    {
        heard("rap", *first.result());
        cancel("electronic", second);
    }
    else
    {
        heard("electronic", *second.result());
        cancel("rap", first);
    }
}

Task<void> zap(unsigned rounds, bool careless)
{
    Station rap = rapStation(Forever), electronic = electronicStation(Forever);
    say("zap: " + std::to_string(rounds) + " rounds, the first song wins each");
    for (unsigned i = 0; i < rounds; ++i)
    {
        co_await round(rap, electronic, careless);
    }
    say("zap: over at " + clock_.stamp());
}

Task<void> join(unsigned songs)
{
    Station rap = rapStation(songs), electronic = electronicStation(songs);
    say("join: rap and electronic, " + each(songs));
    co_await whenAll(show(rap), show(electronic));
    say("join: both shows over at " + clock_.stamp());
}

Task<void> select(unsigned songs)
{
    Station rap = rapStation(songs), electronic = electronicStation(songs);
    say("select: rap against electronic, " + each(songs));
    auto first = show(rap);
    auto second = show(electronic);
    if (co_await whenAny(first, second) == Winner::First)
    {
        say("select: rap ended first, at " + clock_.stamp());
        cancel("electronic", second);
    }
    else
    {
        say("select: electronic ended first, at " + clock_.stamp());
        cancel("rap", first);
    }
}

Task<void> topOfTheHour() { co_await sleepUntil(60); }

// A timeout is a whenAny against a timer.
Task<void> timeout()
{
    Station electronic = electronicStation(Forever);
    say("timeout: electronic until the top of the hour");
    auto electronicShow = show(electronic);
    auto hour = topOfTheHour();
    if (co_await whenAny(electronicShow, hour) == Winner::First)
    {
        say("timeout: the show ended first");
    }
    else
    {
        say(clock_.stamp() + " the top of the hour");
        cancel("electronic", electronicShow);
    }
}

// C++20 has no asynchronous generator to merge (std::generator, C++23, cannot co_await):
// the merged stream is each station's songs, as they come, both in one whenAll.
Task<void> songs(Station& station)
{
    while (const auto song = co_await station.nextSong())
    {
        heard(station.name, *song);
    }
}

Task<void> stream(unsigned count)
{
    Station rap = rapStation(count), electronic = electronicStation(count);
    say("stream: rap and electronic merged, " + each(count));
    co_await whenAll(songs(rap), songs(electronic));
    say("stream: both ended at " + clock_.stamp());
}
// ANCHOR_END: shows

// `--name N` with N from 1 to 6 (the Rust binary's range), else nothing.
std::optional<unsigned> number(std::string_view text)
{
    unsigned value = 0;
    const char* last = text.data() + text.size();
    const auto [end, error] = std::from_chars(text.data(), last, value);
    if (error != std::errc{} || end != last || value < 1 || value > 6)
    {
        return std::nullopt;
    }
    return value;
}

// The show the arguments name, or nothing if they make no sense (the Rust binary says
// why; here it is only exit code 2).
std::optional<Task<void>> parseShow(int argc, char* argv[])
{
    const std::string_view name = argc > 1 ? argv[1] : "zap";
    unsigned count = name == "zap" ? 6 : name == "select" ? 1 : 3;
    bool careless = false;
    for (int i = 2; i < argc; ++i)
    {
        const std::string_view arg = argv[i];
        const bool takesCount = arg == (name == "zap" ? "--rounds" : "--songs");
        if (name == "zap" && arg == "--careless")
        {
            careless = true;
        }
        else if (name != "timeout" && takesCount && i + 1 < argc && number(argv[i + 1]))
        {
            count = *number(argv[++i]);
        }
        else
        {
            return std::nullopt;
        }
    }
    if (name == "zap") return zap(count, careless);
    if (name == "join") return join(count);
    if (name == "select") return select(count);
    if (name == "timeout") return timeout();
    if (name == "stream") return stream(count);
    return std::nullopt;
}

// ANCHOR: main
int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    std::optional<Task<void>> show = parseShow(argc, argv);
    if (!show)
    {
        std::cerr << "usage: zapping [zap [--rounds N] [--careless] | join [--songs N] | "
                     "select [--songs N] | timeout | stream [--songs N]] [--trace]\n";
        return 2;
    }
    show->start(); // up to its first wait
    clock_.run();  // then the timers, one by one, until no one waits
    return show->done() ? 0 : 1;
}
// ANCHOR_END: main
