// Step 7 in C++: outer awaits inner; when inner is done, its final_suspend puts outer, its
// continuation, back on the run queue, as the Rust executor's wake() does. The talk's
// final_suspend returns outer's handle instead (symmetric transfer): stack_depth.cpp has
// that, and measures what it does to the stack. Prints which coroutine runs at each step.
// With --trace, the events of the machinery instead, as the Rust program prints them
// (support/cpp/trace.hpp): `executor resume X` at each step, `executor queue X` where a
// handle goes onto the run queue, `A create X` at a spawn, `X await Y` where the
// continuation is kept and `X transfer Y` where it is handed control. No `destroy`: the
// Rust executor frees a task's frame at another time than ~Task does.
// Build: g++ -std=c++20 -O2 -Wall -Werror continuation.cpp -o continuation
#include <coroutine>
#include <deque>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <utility>

#include "../../support/cpp/trace.hpp"

const std::string Song = "Orbital -> Chime";

void say(const char* who, const std::string& what) { std::cout << "  " << who << ": " << what << '\n'; }

// One event of the trace: `who verb [whom]`.
void event(const char* who, const char* verb, const std::string& whom = "")
{
    trace::event([&] { return std::string(who) + ' ' + verb + (whom.empty() ? "" : ' ' + whom); });
}

// ANCHOR: queue
// Coroutines waiting for their turn, with their names for the transcript.
struct Queued
{
    std::coroutine_handle<> handle;
    const char* name;
};
std::deque<Queued> runQueue;
int steps = 0;
const char* running = "caller"; // who spawns a task (trace)

// To the back of the queue: Rust's spawn, and a waker's wake().
void schedule(std::coroutine_handle<> handle, const char* name)
{
    runQueue.push_back({handle, name});
    event("executor", "queue", name);
}

// Every resumption is one step of the transcript.
void run(std::coroutine_handle<> handle, const char* name)
{
    std::cout << "step " << ++steps << ": run " << name << '\n';
    event("executor", "resume", running = name);
    handle.resume();
}
// ANCHOR_END: queue

// ANCHOR: task
template <typename T>
class [[nodiscard]] Task
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    struct promise_type
    {
        const char* name = "task";
        std::optional<T> value;
        std::coroutine_handle<> continuation; // the coroutine awaiting this one, if any
        const char* continuationName = "";

        Task get_return_object() { return Task{Handle::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; } // lazy
        void return_value(T result)
        {
            event(name, "return");
            value = std::move(result);
        }
        void unhandled_exception() { std::terminate(); }

        // At the end: queue the continuation, then stay suspended (done() is true)
        // and go back to the loop that resumed us.
        struct FinalAwaiter
        {
            bool await_ready() noexcept { return false; }
            void await_suspend(Handle self) noexcept
            {
                promise_type& promise = self.promise();
                if (!promise.continuation)
                {
                    say(promise.name, "done, no continuation");
                    return;
                }
                say(promise.name, "done, resumes its continuation");
                event(promise.name, "transfer", promise.continuationName);
                schedule(promise.continuation, promise.continuationName);
            }
            void await_resume() noexcept {}
        };
        FinalAwaiter final_suspend() noexcept { return {}; }
    };

    // co_await task: a task that is done already does not suspend its awaiter...
    bool await_ready() const noexcept { return mHandle.done(); }
    // ...one that is not keeps who awaits it; the run queue has the task from its spawn.
    template <typename Promise>
    void await_suspend(std::coroutine_handle<Promise> awaiting) noexcept
    {
        mHandle.promise().continuation = awaiting;
        mHandle.promise().continuationName = awaiting.promise().name;
        event(awaiting.promise().name, "await", mHandle.promise().name);
    }
    T await_resume() { return std::move(*mHandle.promise().value); }
    // ANCHOR_END: task

    explicit Task(Handle handle) : mHandle{handle} {}
    Task(Task&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    Task& operator=(Task&&) = delete;
    ~Task()
    {
        if (mHandle)
        {
            mHandle.destroy();
        }
    }

    Handle handle() const { return mHandle; }
    const T& result() const { return *mHandle.promise().value; }

private:
    Handle mHandle;
};

// Names a task and queues its first resume: Rust's spawn.
template <typename T>
Task<T> spawn(const char* name, Task<T> task)
{
    task.handle().promise().name = name;
    event(running, "create", name);
    schedule(task.handle(), name);
    return task;
}

// ANCHOR: yield_turn
// Gives the turn to the other queued coroutines: back of the queue, then suspended.
struct YieldTurn
{
    bool await_ready() const noexcept { return false; }
    template <typename Promise>
    void await_suspend(std::coroutine_handle<Promise> self)
    {
        schedule(self, self.promise().name);
        event(self.promise().name, "suspend");
    }
    void await_resume() const noexcept {}
};
// ANCHOR_END: yield_turn

// ANCHOR: inner_outer
Task<std::string> inner()
{
    say("inner", "starts, yields its turn");
    event("inner", "holds", trace::quoted("its turn given up"));
    co_await YieldTurn{};
    say("inner", "picks \"" + Song + "\"");
    co_return Song;
}

Task<std::string> outer()
{
    say("outer", "starts, awaits inner");
    auto sub = spawn("inner", inner());
    event("outer", "holds", trace::quoted("waiting for inner"));
    const std::string song = co_await sub;
    say("outer", "inner returned \"" + song + "\"");
    co_return "now playing: " + song;
}
// ANCHOR_END: inner_outer

// ANCHOR: main
int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    std::cout << "main: spawns outer, runs the queue\n";
    auto task = spawn("outer", outer());
    while (!runQueue.empty())
    {
        const Queued next = runQueue.front();
        runQueue.pop_front();
        run(next.handle, next.name);
    }
    std::cout << "main: the queue is empty after " << steps << " steps\n";
    std::cout << "main: outer returned \"" << task.result() << "\"\n";
}
// ANCHOR_END: main
