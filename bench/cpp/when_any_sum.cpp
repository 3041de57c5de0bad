// The cost benchmark's C++ side of a select: each number is the winner of a `when_any` over
// two C++20 coroutines that both finish at once, as step 8's `race` of two ready stations.
// Build: g++ -std=c++20 -O2 -Wall -Werror when_any_sum.cpp -o when_any_sum
// Run:   ./when_any_sum N [SAMPLES]
// Prints the sum of the winners, the two stations' frames as operator new saw them, and the
// median time per select over SAMPLES runs of the whole loop (default 1: the run callgrind
// counts).
#include <coroutine>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>
#include <utility>

#include "measure.hpp"
#include "owned_frame.hpp"


// What the last coroutine frame asked operator new for: a station's, since the listener's
// frame is made once, before any station.
static std::size_t gFrameBytes = 0;

// ANCHOR: task
// A lazy coroutine with a result (step 4's co_return): the stations and the listener.
class [[nodiscard]] Task
{
public:
    struct promise_type
    {
        std::uint64_t value = 0;

        static void* operator new(std::size_t bytes)
        {
            gFrameBytes = bytes;
            return ::operator new(bytes);
        }
        static void operator delete(void* frame) noexcept { ::operator delete(frame); }

        Task get_return_object() { return Task{Handle::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        void return_value(std::uint64_t result) noexcept { value = result; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    explicit Task(Handle handle) : mHandle{handle} {}

    // Runs the body to its first suspension or its end: a call through the frame.
    void start() { mHandle.resume(); }
    bool done() const { return mHandle.done(); }
    std::uint64_t result() const { return mHandle.promise().value; }

private:
    // Destroyed with the task: for a station that has not finished (the loser), that is
    // C++'s cancellation.
    OwnedFrame<promise_type> mHandle;
};

// A station's next number, ready at once: the coroutine finishes on its first resume.
Task nextNumber(std::uint64_t i)
{
    co_return i;
}
// ANCHOR_END: task

// ANCHOR: when_any
// Which station finished first (2: neither), and its number.
struct Winner
{
    std::size_t index = 2;
    std::uint64_t number = 0;
};

// `co_await whenAny(first, second)`: starts the stations in order, as step 8's race
// polls its branches, and the first that finishes wins; both are destroyed with the
// awaiter. When one finishes at once, await_suspend returns false and the caller goes on
// without suspending: the `Ready` of a Rust poll. A when_any that waits for a station
// that suspends needs a continuation as well; the stations here never suspend, so this
// one has none (a station that did would leave no winner, and a wrong sum).
class WhenAny
{
public:
    WhenAny(Task first, Task second) : mStations{std::move(first), std::move(second)} {}

    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<>) noexcept
    {
        for (std::size_t index = 0; index < 2; ++index)
        {
            mStations[index].start();
            if (mStations[index].done())
            {
                mWinner = {index, mStations[index].result()};
                break;
            }
        }
        return false;
    }
    Winner await_resume() const noexcept { return mWinner; }

private:
    Task mStations[2];
    Winner mWinner{};
};

WhenAny whenAny(Task first, Task second)
{
    return WhenAny{std::move(first), std::move(second)};
}
// ANCHOR_END: when_any

// ANCHOR: sum
// The listener: one select per number, the winner's number added up.
Task listen(std::uint64_t n)
{
    std::uint64_t total = 0;
    for (std::uint64_t i = 0; i < n; ++i)
    {
        const Winner winner = co_await whenAny(nextNumber(i), nextNumber(i));
        total += winner.number;
    }
    co_return total;
}

std::uint64_t sum(std::uint64_t n)
{
    auto listener = listen(n);
    listener.start();
    return listener.done() ? listener.result() : 0;
}
// ANCHOR_END: sum

int main(int argc, char* argv[])
{
    // Both stations of a select: the one that wins and the one destroyed unstarted; a
    // resume here is one select.
    return measure::run(argc, argv, "when_any_sum", sum, [] { return 2 * gFrameBytes; });
}
