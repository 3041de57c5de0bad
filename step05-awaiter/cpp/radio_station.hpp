// Step 5 in C++: the RadioStation handle, its promise_type with the score, and the
// awaiter that hands the score to the body. Used by awaiter.cpp.
#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <utility>

#include "../../support/cpp/trace.hpp"

// ANCHOR: handle
// The caller's side: step 2's RadioStation, plus score().
class [[nodiscard]] RadioStation
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    explicit RadioStation(Handle handle) : mHandle{handle} { trace::event("caller create radio"); }
    RadioStation(RadioStation&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    RadioStation(const RadioStation&) = delete;
    RadioStation& operator=(const RadioStation&) = delete;
    RadioStation& operator=(RadioStation&&) = delete;
    ~RadioStation()
    {
        if (mHandle)
        {
            trace::event("caller destroy radio");
            mHandle.destroy();
        }
    }

    bool nextSong()
    {
        if (!mHandle || mHandle.done())
        {
            return false;
        }
        trace::event("caller resume radio");
        mHandle.resume();
        return !mHandle.done();
    }

    std::optional<std::string> value() const;

    // The listener's verdict on the song it just heard. It waits in the promise until
    // the next nextSong() resumes the body, which reads it there.
    void score(int points);

private:
    Handle mHandle;
};
// ANCHOR_END: handle

// ANCHOR: awaiter
// What `co_yield song` waits on: it suspends the body, and hands it the score when it
// is resumed. A template only so that its members are compiled where it is used, once
// promise_type is complete: await_resume reads a member of it.
template <typename Handle>
struct ScoreAwaiter
{
    Handle hdl{};

    // Asked first: may the body go on without suspending? Never: the listener has not
    // even heard the song yet.
    bool await_ready() const noexcept { return false; }

    // Called once the body is suspended, with its handle: keep it, so that
    // await_resume can reach the promise. Returning void means: stay suspended.
    void await_suspend(Handle suspended) noexcept
    {
        trace::event("radio suspend");
        hdl = suspended;
    }

    // Called when nextSong() resumes the body: the value of the co_yield expression.
    std::optional<int> await_resume() const noexcept { return hdl.promise().score; }
};
// ANCHOR_END: awaiter

// ANCHOR: promise
// ANCHOR: score_member
struct RadioStation::promise_type
{
    std::optional<std::string> current;
    std::optional<int> score; // the talk's new member: what score() stored
// ANCHOR_END: score_member

    // The size of the last frame allocated, for awaiter.cpp's --frame-size.
    static inline std::size_t lastFrameSize = 0;

    // The frame is allocated with the promise type's own operator new, when it has one,
    // and the compiler passes the frame's size: the one place that size can be seen.
    static void* operator new(std::size_t size)
    {
        lastFrameSize = size;
        return ::operator new(size);
    }
    static void operator delete(void* frame, std::size_t size) { ::operator delete(frame, size); }

    RadioStation get_return_object() { return RadioStation{Handle::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }

    // ANCHOR: yield_value
    // co_yield song  ==>  co_await promise.yield_value(song): the body now waits on our
    // awaiter instead of std::suspend_always.
    ScoreAwaiter<Handle> yield_value(std::string song)
    {
        trace::event([&] { return "radio yield " + trace::quoted(song); });
        current = std::move(song);
        score.reset(); // a song just on air has no score yet
        return {};
    }
    // ANCHOR_END: yield_value

    // ANCHOR: await_transform
    // Any other co_await in the body would not compile: an await_transform that accepts
    // nothing forbids it (std::generator does the same). co_yield is not affected.
    template <typename Awaitable>
    void await_transform(Awaitable&&) = delete;
    // ANCHOR_END: await_transform

    void return_void() noexcept { trace::event("radio return"); }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
};

inline std::optional<std::string> RadioStation::value() const
{
    return mHandle.promise().current;
}

// ANCHOR: score
inline void RadioStation::score(int points)
{
    trace::event([&] {
        return "caller give radio " + trace::quoted(std::to_string(points));
    });
    mHandle.promise().score = points;
}
// ANCHOR_END: score
// ANCHOR_END: promise
