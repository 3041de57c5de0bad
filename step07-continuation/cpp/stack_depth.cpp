// Step 7 in C++: a coroutine awaits, in a loop, N tasks that complete at once. Two task
// types differ in one thing only, how control is handed over in await_suspend:
//   nested:   returns void after calling resume(): each hand-over is a nested call;
//   transfer: returns the handle to resume (symmetric transfer): no nesting.
// The loop runs on a thread with a small stack and reports the deepest stack it used.
// Build: g++ -std=c++20 -O2 -Wall -Werror stack_depth.cpp -o stack_depth
// Run:   ./stack_depth nested|transfer N [stack KiB, default 256]
#include <pthread.h>

#include <algorithm>
#include <coroutine>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <utility>

// ANCHOR: probe
// The stack position of a call: a function that is never inlined, as a coroutine's locals
// live in its frame on the heap, not on the stack.
namespace probe
{
std::uintptr_t base = 0;
std::uintptr_t deepest = 0;

[[gnu::noinline]] std::uintptr_t position()
{
    return reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
}
void start() { base = deepest = position(); }
void note() { deepest = std::min(deepest, position()); } // the stack grows down
} // namespace probe
// ANCHOR_END: probe

// ANCHOR: handover
struct Nested
{
    // The next coroutine runs on top of us, inside this call.
    static void handOver(std::coroutine_handle<> next) { next.resume(); }
};

// ANCHOR: transfer
struct Transfer
{
    // Returned from await_suspend: the next coroutine takes the place of this one.
    static std::coroutine_handle<> handOver(std::coroutine_handle<> next) { return next; }
};
// ANCHOR_END: transfer
// ANCHOR_END: handover

// ANCHOR: task
template <typename HandOver>
class [[nodiscard]] Task
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    struct promise_type
    {
        long long value = 0;
        // Resuming the no-op coroutine does nothing: the outermost task has no
        // continuation.
        std::coroutine_handle<> continuation = std::noop_coroutine();

        Task get_return_object() { return Task{Handle::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        void return_value(long long result) { value = result; }
        void unhandled_exception() { std::terminate(); }

        struct FinalAwaiter
        {
            bool await_ready() noexcept { return false; }
            // void for Nested, a handle for Transfer: `return f();` works for both.
            auto await_suspend(Handle self) noexcept
            {
                return HandOver::handOver(self.promise().continuation);
            }
            void await_resume() noexcept {}
        };
        FinalAwaiter final_suspend() noexcept { return {}; }
    };

    bool await_ready() const noexcept { return false; }
    auto await_suspend(std::coroutine_handle<> awaiting) noexcept
    {
        mHandle.promise().continuation = awaiting;
        return HandOver::handOver(mHandle); // start the awaited task
    }
    long long await_resume() const noexcept { return mHandle.promise().value; }
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

private:
    Handle mHandle;
};

// ANCHOR: loop
template <typename HandOver>
Task<HandOver> completesAtOnce(int i)
{
    probe::note();
    co_return i;
}

template <typename HandOver>
Task<HandOver> awaitInALoop(int n)
{
    long long total = 0;
    for (int i = 0; i < n; ++i)
    {
        total += co_await completesAtOnce<HandOver>(i);
    }
    co_return total;
}
// ANCHOR_END: loop

struct Job
{
    bool transfer;
    int n;
    long long total;
};

template <typename HandOver>
long long runLoop(int n)
{
    auto task = awaitInALoop<HandOver>(n);
    task.handle().resume(); // runs to the end: nothing in the loop really waits
    return task.handle().promise().value;
}

void* runJob(void* argument)
{
    auto& job = *static_cast<Job*>(argument);
    probe::start();
    job.total = job.transfer ? runLoop<Transfer>(job.n) : runLoop<Nested>(job.n);
    return nullptr;
}

int main(int argc, char* argv[])
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (argc < 3 || (mode != "nested" && mode != "transfer"))
    {
        std::cerr << "usage: stack_depth nested|transfer N [stack KiB]\n";
        return 2;
    }
    Job job{mode == "transfer", std::atoi(argv[2]), 0};
    const long kib = argc > 3 ? std::atol(argv[3]) : 256;

    // std::thread cannot choose its stack size; POSIX threads can.
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, static_cast<std::size_t>(kib) * 1024);
    pthread_t thread;
    if (pthread_create(&thread, &attributes, runJob, &job) != 0)
    {
        std::cerr << "cannot start a thread with a " << kib << " KiB stack\n";
        return 1;
    }
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attributes);
    std::cout << mode << ": " << job.n << " tasks awaited, total " << job.total << ", deepest stack "
              << probe::base - probe::deepest << " bytes\n";
}
