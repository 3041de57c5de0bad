// The cost benchmark's C++ station: step 2's generator shape (a handle class around a
// coroutine_handle, the value kept in the promise), yielding the numbers 0..n instead of
// songs.
// Included by one translation unit per program: generator_sum.cpp, which lets the
// compiler see the whole coroutine, and generator_hidden_sum.cpp, which makes it through
// a pointer.
#pragma once

#include <coroutine>
#include <cstdint>
#include <exception>
#include <new>
#include <utility>

// What the last coroutine frame asked operator new for: the frame's real size, which
// only the compiler knows (it holds the promise, the locals, the resume point and two
// pointers); 0 if the compiler elided the frame.
static std::size_t gFrameBytes = 0;

// ANCHOR: station
class [[nodiscard]] NumberStation
{
public:
    // ANCHOR: promise
    struct promise_type
    {
        std::uint64_t current = 0;

        // The frame is allocated through the promise's operator new when it has one.
        static void* operator new(std::size_t bytes)
        {
            gFrameBytes = bytes;
            return ::operator new(bytes);
        }
        static void operator delete(void* frame) noexcept { ::operator delete(frame); }

        NumberStation get_return_object()
        {
            return NumberStation{Handle::from_promise(*this)};
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always yield_value(std::uint64_t value) noexcept
        {
            current = value;
            return {};
        }
        void return_void() noexcept {}
        std::suspend_always final_suspend() noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
    };
    // ANCHOR_END: promise
    using Handle = std::coroutine_handle<promise_type>;

    explicit NumberStation(Handle handle) : mHandle{handle} {}
    NumberStation(NumberStation&& other) noexcept
        : mHandle{std::exchange(other.mHandle, {})}
    {
    }
    NumberStation(const NumberStation&) = delete;
    NumberStation& operator=(const NumberStation&) = delete;
    NumberStation& operator=(NumberStation&&) = delete;
    ~NumberStation()
    {
        if (mHandle)
        {
            mHandle.destroy();
        }
    }

    // resume() is a call through the frame: its first word points at the resume function.
    bool nextNumber()
    {
        if (mHandle.done())
        {
            return false;
        }
        mHandle.resume();
        return !mHandle.done();
    }

    std::uint64_t value() const { return mHandle.promise().current; }

private:
    Handle mHandle;
};

NumberStation numberStation(std::uint64_t n)
{
    for (std::uint64_t i = 0; i < n; ++i)
    {
        co_yield i;
    }
}
// ANCHOR_END: station
