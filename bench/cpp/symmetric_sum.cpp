// The cost benchmark's C++ side of a nested chain by symmetric transfer (step 7's
// stack_depth.cpp): each level co_awaits the next, and await_suspend returns the callee's
// handle, so the callee runs in the caller's place; the chain remembers its innermost
// level, and each resume goes to it directly, whatever the depth. A level that finishes
// hands back to the one that awaited it the same way. (C++23's std::generator does this
// for `co_yield std::ranges::elements_of(inner)`.)
// Build: g++ -std=c++20 -O2 -Wall -Werror symmetric_sum.cpp -o symmetric_sum
// Run:   ./symmetric_sum DEPTH N [SAMPLES]
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
// What every level shares: the innermost level still running, and the number handed out.
struct Chain
{
    std::coroutine_handle<> innermost{};
    std::uint64_t number = 0;
};

class [[nodiscard]] Task
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    // Its frames are counted into gFrameBytes (counted_frames.hpp).
    struct promise_type : CountedFrames
    {
        Chain& chain;
        // Who awaits this level: resumed when it finishes (the outer's: nobody).
        std::coroutine_handle<> continuation = std::noop_coroutine();

        // The coroutine's own arguments, passed to its promise: the chain is the last.
        promise_type(std::uint64_t, std::uint64_t, Chain& shared) : chain{shared} {}

        Task get_return_object() { return Task{Handle::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        void unhandled_exception() { std::terminate(); }

        // Finished: the level that awaited this one is the innermost again, and runs on
        // in this one's place.
        struct Handback
        {
            bool await_ready() noexcept { return false; }
            std::coroutine_handle<> await_suspend(Handle self) noexcept
            {
                auto& promise = self.promise();
                promise.chain.innermost = promise.continuation;
                return promise.continuation;
            }
            void await_resume() noexcept {}
        };
        Handback final_suspend() noexcept { return {}; }
    };

    explicit Task(Handle handle) : mHandle{handle} {}

    // co_await task: the callee becomes the innermost and runs in the caller's place.
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) const noexcept
    {
        auto& promise = mHandle.promise();
        promise.continuation = awaiting;
        promise.chain.innermost = mHandle;
        return mHandle;
    }
    void await_resume() const noexcept {}

    // The outer, owned by the caller: the first resume starts it.
    Handle handle() const { return mHandle; }

private:
    OwnedFrame<promise_type> mHandle;
};
// ANCHOR_END: task

// ANCHOR: chain
Task level(std::uint64_t below, std::uint64_t n, Chain& chain);

// The inner: a number where the caller looks, a suspension, the next.
Task inner(std::uint64_t, std::uint64_t n, Chain& chain)
{
    for (std::uint64_t i = 0; i < n; ++i)
    {
        chain.number = i;
        co_await std::suspend_always{};
    }
}

// A level between: it only awaits the next one.
Task middle(std::uint64_t below, std::uint64_t n, Chain& chain)
{
    co_await level(below - 1, n, chain);
}

// Not a coroutine: the level `below` levels above the inner.
Task level(std::uint64_t below, std::uint64_t n, Chain& chain)
{
    return below == 0 ? inner(0, n, chain) : middle(below, n, chain);
}

std::uint64_t sum(std::uint64_t depth, std::uint64_t n)
{
    gFrameBytes = 0;
    Chain chain;
    auto outer = level(depth, n, chain);
    chain.innermost = outer.handle();
    std::uint64_t total = 0;
    // One resume: the innermost level runs to its next suspension, or the chain unwinds
    // to the outer's end (the outer's continuation, the no-op coroutine, returns here).
    for (;;)
    {
        chain.innermost.resume();
        if (outer.handle().done())
        {
            return total;
        }
        total += chain.number;
    }
}
// ANCHOR_END: chain

int main(int argc, char* argv[])
{
    return measure::runChain(argc, argv, "symmetric_sum", sum, [] { return gFrameBytes; });
}
