// The cost benchmark's C++ side of a nested chain, the talk's way (step 6's awaitable.cpp):
// the outer awaits a middle, which awaits the next, DEPTH levels down to the inner that
// hands out the numbers; each coroutine records in its promise the one it awaits (mSub),
// and every resume walks those handles from the outer down to the innermost.
// Build: g++ -std=c++20 -O2 -Wall -Werror msub_sum.cpp -o msub_sum
// Run:   ./msub_sum DEPTH N [SAMPLES]
// Prints the sum, every level's frame added up as operator new saw them, and the median
// time per resume over SAMPLES runs of the whole loop (default 1: the run callgrind counts).
#include <coroutine>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>
#include <utility>

#include "counted_frames.hpp"
#include "measure.hpp"
#include "owned_frame.hpp"

// ANCHOR: task
// A coroutine that its owner resumes or another Task awaits (step 6's, without the trace).
class [[nodiscard]] Task
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    // Its frames are counted into gFrameBytes (counted_frames.hpp).
    struct promise_type : CountedFrames
    {
        // The coroutine this one awaits, while it awaits one: the talk's mSub.
        Handle mSub{};

        Task get_return_object() { return Task{Handle::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        std::suspend_always final_suspend() noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
    };

    explicit Task(Handle handle) : mHandle{handle} {}

    // co_await task: the awaiting coroutine suspends and records what it awaits.
    bool await_ready() const noexcept { return false; }
    void await_suspend(Handle awaiting) const noexcept { awaiting.promise().mSub = mHandle; }
    void await_resume() const noexcept {}

    // ANCHOR: resume
    // One resume of the whole chain; false once the outer has run off its end.
    bool resume()
    {
        if (mHandle.done())
        {
            return false;
        }
        for (;;)
        {
            // The walk: follow mSub down to the innermost coroutine still running.
            Handle caller{};
            Handle innermost = mHandle;
            while (innermost.promise().mSub)
            {
                caller = std::exchange(innermost, innermost.promise().mSub);
            }
            innermost.resume();
            if (innermost.done() && caller)
            {
                caller.promise().mSub = {}; // its caller goes on past its co_await
                continue;
            }
            if (!innermost.done() && innermost.promise().mSub)
            {
                continue; // it awaited a new coroutine, which starts in this resume
            }
            return !mHandle.done();
        }
    }
    // ANCHOR_END: resume

private:
    OwnedFrame<promise_type> mHandle;
};
// ANCHOR_END: task

// ANCHOR: chain
Task level(std::uint64_t below, std::uint64_t n, std::uint64_t& slot);

// The inner: a number where the caller looks, a suspension, the next.
Task inner(std::uint64_t n, std::uint64_t& slot)
{
    for (std::uint64_t i = 0; i < n; ++i)
    {
        slot = i;
        co_await std::suspend_always{};
    }
}

// A level between: it only awaits the next one.
Task middle(std::uint64_t below, std::uint64_t n, std::uint64_t& slot)
{
    co_await level(below - 1, n, slot);
}

// Not a coroutine: the level `below` levels above the inner.
Task level(std::uint64_t below, std::uint64_t n, std::uint64_t& slot)
{
    return below == 0 ? inner(n, slot) : middle(below, n, slot);
}

std::uint64_t sum(std::uint64_t depth, std::uint64_t n)
{
    gFrameBytes = 0;
    std::uint64_t slot = 0;
    auto outer = level(depth, n, slot);
    std::uint64_t total = 0;
    while (outer.resume())
    {
        total += slot;
    }
    return total;
}
// ANCHOR_END: chain

int main(int argc, char* argv[])
{
    return measure::runChain(argc, argv, "msub_sum", sum, [] { return gFrameBytes; });
}
