// Step 2 in C++: the radio station as a coroutine, with the machinery written out.
// Build: g++ -std=c++20 -O2 -Wall -Werror radio_station.cpp -o radio_station
// Run:   ./radio_station [style [songs]]   (as step 1: style 0 is rap; defaults 0 and 7)
//        ./radio_station --frame-size  (the size of the coroutine's frame, instead of the show)
#include <coroutine>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>

#include "../../step01-function/cpp/songs.hpp"
#include "../../support/cpp/trace.hpp"

// ANCHOR: handle
// The object the caller gets back: it owns the coroutine's frame through its handle.
class [[nodiscard]] RadioStation
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    explicit RadioStation(Handle handle) : mHandle{handle}
    {
        trace::event("caller create radio");
    }
    RadioStation(RadioStation&& other) noexcept
        : mHandle{std::exchange(other.mHandle, {})}
    {
    }
    RadioStation(const RadioStation&) = delete;
    RadioStation& operator=(const RadioStation&) = delete;
    RadioStation& operator=(RadioStation&&) = delete;
    ~RadioStation()
    {
        if (mHandle)
        {
            trace::event("caller destroy radio");
            mHandle.destroy(); // frees the frame: engine, counters, promise
        }
    }

    // Resume until the next co_yield; false once the body has run to its end.
    bool nextSong()
    {
        if (!mHandle || mHandle.done())
        {
            return false; // resuming a finished coroutine is undefined behaviour
        }
        trace::event("caller resume radio");
        mHandle.resume();
        return !mHandle.done();
    }

    // The song of the last resume; empty before the first one.
    std::optional<std::string> value() const;

private:
    Handle mHandle;
};
// ANCHOR_END: handle

// ANCHOR: promise
// The compiler talks to the coroutine through this type, found as
// RadioStation::promise_type; it lives inside the frame.
struct RadioStation::promise_type
{
    std::optional<std::string> current;

    // The size of the last frame allocated, for --frame-size.
    static inline std::size_t lastFrameSize = 0;

    // The frame is allocated with the promise type's own operator new, when it has one,
    // and the compiler passes the frame's size: the one place that size can be seen.
    static void* operator new(std::size_t size)
    {
        lastFrameSize = size;
        return ::operator new(size);
    }
    static void operator delete(void* frame, std::size_t size)
    {
        ::operator delete(frame, size);
    }

    // Called first: build the caller's handle object around this frame.
    RadioStation get_return_object() { return RadioStation{Handle::from_promise(*this)}; }
    // Lazy: stop before the first line of the body.
    std::suspend_always initial_suspend() noexcept { return {}; }
    // co_yield song  ==>  co_await promise.yield_value(song)
    std::suspend_always yield_value(std::string song)
    {
        trace::event([&] { return "radio yield " + trace::quoted(song); });
        current = std::move(song);
        return {};
    }
    void return_void() noexcept { trace::event("radio return"); }
    // Stop at the end too, so that done() can be asked and the handle destroys the frame.
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
};

std::optional<std::string> RadioStation::value() const
{
    return mHandle.promise().current;
}
// ANCHOR_END: promise

// What the frame keeps across a yield, for --trace: the loop's counter, the number of
// songs and the style (not the engine's state).
std::string holds(int i, int songs, int style)
{
    const std::string kept = "song " + std::to_string(i + 1) + " of " + std::to_string(songs);
    return trace::quoted(kept + (style ? ", electronic" : ", rap"));
}

// ANCHOR: coroutine
// A coroutine because its body says co_yield. Its arguments and locals live in the frame.
RadioStation radioStation(int style, int songs)
{
    std::default_random_engine engine;
    std::uniform_int_distribution<int> track(0, Songs - 1);
    const auto& playlist = style ? electronic : rap;

    for (int i = 0; i < songs; ++i)
    {
        trace::event([&] { return "radio holds " + holds(i, songs, style); });
        co_yield playlist[track(engine)];
    }
}
// ANCHOR_END: coroutine

// ANCHOR: frame_size
// Calling the coroutine allocates its frame through promise_type::operator new;
// initial_suspend stops it before the first song, and the handle frees it again.
void printFrameSize()
{
    auto radio = radioStation(0, 7);
    std::cout << "frame: " << RadioStation::promise_type::lastFrameSize << " bytes\n";
}
// ANCHOR_END: frame_size

int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    if (argc > 1 && std::string_view{argv[1]} == "--frame-size")
    {
        printFrameSize();
        return 0;
    }
    const int style = argc > 1 ? std::atoi(argv[1]) : 0;
    const int songs = argc > 2 ? std::atoi(argv[2]) : 7;
    // ANCHOR: main
    auto radio = radioStation(style, songs);
    while (radio.nextSong())
    {
        std::cout << *radio.value() << '\n';
    }
    // ANCHOR_END: main
}
