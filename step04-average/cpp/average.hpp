// Step 4 in C++: the Average handle and its promise_type, shared by average.cpp (the
// program the Rust binary is compared with) and dangling.cpp (what a reference parameter
// does to it).
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
// What the caller holds: it owns the coroutine's frame and destroys it exactly once.
class [[nodiscard]] Average
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    explicit Average(Handle handle) : mHandle{handle}
    {
        trace::event("caller create average");
    }
    Average(Average&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    Average(const Average&) = delete;
    Average& operator=(const Average&) = delete;
    Average& operator=(Average&&) = delete;
    ~Average()
    {
        if (mHandle)
        {
            trace::event("caller destroy average");
            mHandle.destroy(); // frees the frame: the numbers, the sum, the promise
        }
    }

    // One resume: crunch one number. True while there is more to do. If the body threw,
    // the exception comes out here, and the coroutine is done from then on.
    bool calculate();

    // The co_returned average; empty until the body has finished.
    std::optional<int> getResult() const;

private:
    Handle mHandle;
};
// ANCHOR_END: handle

// ANCHOR: promise
struct Average::promise_type
{
    std::optional<int> result;
    std::exception_ptr failure;

    // The size of the last frame allocated, for average.cpp's --frame-size.
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

    Average get_return_object() { return Average{Handle::from_promise(*this)}; }
    // Lazy: nothing is crunched before the first calculate().
    std::suspend_always initial_suspend() noexcept { return {}; }
    // co_await x  ==>  co_await promise.await_transform(x): the promise sees each one.
    std::suspend_always await_transform(std::suspend_always always)
    {
        trace::event("average suspend"); // suspend_always: it always does
        return always;
    }
    // ANCHOR: co_return
    // co_return value  ==>  promise.return_value(value); then final_suspend.
    void return_value(int average)
    {
        trace::event([&] {
            return "average return " + trace::quoted(std::to_string(average));
        });
        result = average;
    }
    // Stop at the end, so that the result outlives the body until the handle goes.
    std::suspend_always final_suspend() noexcept { return {}; }
    // The body threw: keep the exception for calculate() to rethrow in the caller.
    void unhandled_exception() { failure = std::current_exception(); }
    // ANCHOR_END: co_return
};
// ANCHOR_END: promise

// ANCHOR: calculate
inline bool Average::calculate()
{
    if (!mHandle || mHandle.done())
    {
        return false; // resuming a finished coroutine is undefined behaviour
    }
    // No string is made unless tracing (see dangling.cpp).
    trace::event("caller resume average");
    mHandle.resume();
    if (auto failure = std::exchange(mHandle.promise().failure, nullptr))
    {
        std::rethrow_exception(failure); // done() is true now: at final_suspend
    }
    return !mHandle.done();
}

inline std::optional<int> Average::getResult() const
{
    return mHandle ? mHandle.promise().result : std::nullopt;
}
// ANCHOR_END: calculate
