// Step 6 in C++, the second fix: the inner coroutine is awaitable, so the outer says
// co_await inner(3), and resume() walks the mSub handles down to the innermost
// coroutine that is still running. Also the call that does nothing: mode forgot.
// Build: g++ -std=c++20 -O2 -Wall -Werror awaitable.cpp -o awaitable
// Run:   ./awaitable [await|forgot [depth [steps [stop-after]]]]
//        (default await 1 3: the outer awaits inner(3); depth > 1 puts middles between)
//        ./awaitable --frame-size  (the size of each frame of the default chain, instead)
#include <coroutine>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "level.hpp"

// ANCHOR: task
// A coroutine that can be resumed by its owner or awaited by another Task.
class [[nodiscard]] Task
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    struct promise_type
    {
        // The coroutine this one is awaiting, while it awaits one: the talk's mSub.
        Handle mSub{};
        // For the trace: its name, from the coroutine's argument, and who made it.
        std::string name;
        std::string owner = running();

        explicit promise_type(Level level) : name{level.actor()} {}
        explicit promise_type(int) : name{"inner"} {}

        // The size of the last frame allocated, for --frame-size.
        static inline std::size_t lastFrameSize = 0;

        // The frame is allocated with the promise type's own operator new, when it has
        // one, and the compiler passes the frame's size: the one place it can be seen.
        static void* operator new(std::size_t size)
        {
            lastFrameSize = size;
            return ::operator new(size);
        }
        static void operator delete(void* frame, std::size_t size)
        {
            ::operator delete(frame, size);
        }

        Task get_return_object()
        {
            trace::event([&] { return owner + " create " + name; });
            return Task{Handle::from_promise(*this)};
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        // co_await x  ==>  co_await promise.await_transform(x): the promise sees each.
        std::suspend_always await_transform(std::suspend_always always)
        {
            trace::event([&] { return name + " suspend"; });
            return always;
        }
        Task&& await_transform(Task&& task) { return std::move(task); }
        void return_void() noexcept { trace::event([&] { return name + " return"; }); }
        // Stay suspended at the end: the Task that owns the frame destroys it.
        std::suspend_always final_suspend() noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
    };

    explicit Task(Handle handle) : mHandle{handle} {}
    Task(Task&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    Task& operator=(Task&&) = delete;
    ~Task()
    {
        if (mHandle)
        {
            // Traced for the caller's outer only: the frames it owns go with it,
            // untraced, as a Rust future's go with it.
            if (mHandle.promise().owner == "caller")
            {
                trace::event([&] { return "caller destroy " + mHandle.promise().name; });
            }
            mHandle.destroy();
        }
    }
    // ANCHOR_END: task

    // ANCHOR: awaiter
    // co_await task: the awaiting coroutine always suspends, and records in its own
    // promise which coroutine it waits for. resume() below does the rest.
    bool await_ready() const noexcept { return false; }
    void await_suspend(Handle awaiting) const
    {
        trace::event([&] {
            return awaiting.promise().name + " await " + mHandle.promise().name;
        });
        awaiting.promise().mSub = mHandle;
    }
    void await_resume() const noexcept {}
    // ANCHOR_END: awaiter

    // ANCHOR: resume
    // One resume of the whole chain; false once the outer has run off its end.
    bool resume()
    {
        if (!mHandle || mHandle.done())
        {
            return false;
        }
        trace::event([&] { return running() + " resume " + mHandle.promise().name; });
        for (;;)
        {
            // The walk: follow mSub down to the innermost coroutine still running.
            Handle caller{};
            Handle innermost = mHandle;
            while (innermost.promise().mSub)
            {
                caller = std::exchange(innermost, innermost.promise().mSub);
            }
            resumeRunning(innermost);
            if (innermost.done() && caller)
            {
                // It finished: forget it, and let its caller go on past its co_await in
                // this same resume. (The frame is the caller's temporary Task, which
                // destroys it when the co_await expression ends.)
                caller.promise().mSub = {};
                continue;
            }
            if (!innermost.done() && innermost.promise().mSub)
            {
                continue; // It awaited a new coroutine, which starts in this same resume.
            }
            return !mHandle.done(); // It suspended, or the outer finished.
        }
    }
    // ANCHOR_END: resume

private:
    Handle mHandle;
};

Task coroutine(Level level);

// ANCHOR: inner
Task inner(int steps)
{
    for (int step = 1; step <= steps; ++step)
    {
        std::cout << "inner: step " << step << " of " << steps << ", suspends\n";
        holds("inner", "step ", step, " of ", steps);
        co_await std::suspend_always{};
    }
    std::cout << "inner: done\n";
}
// ANCHOR_END: inner

// ANCHOR: calls
Task calls(Level level)
{
    const Level child = level.child();
    std::cout << level.name() << ": starts, calls " << child.call() << "\n";
    co_await coroutine(child); // the Task lives, as a temporary, until the child is done
    std::cout << level.name() << ": " << child.name() << " is done, suspends\n";
    holds(level.actor(), child.name(), " done");
    co_await std::suspend_always{};
    std::cout << level.name() << ": done\n";
}
// ANCHOR_END: calls

// ANCHOR: forgot
Task outerForgets(Level level)
{
    const Level child = level.child();
    std::cout << level.name() << ": starts, calls " << child.call()
              << " without awaiting it\n";
    // Makes the child's frame, stopped at initial_suspend; the temporary Task destroys it
    // at the semicolon. The cast tells g++ the result is dropped on purpose: Task is
    // [[nodiscard]], so without it -Wall warns.
    static_cast<void>(coroutine(child));
    std::cout << level.name() << ": done\n";
    co_return; // a coroutine needs a co_ keyword somewhere in its body
}
// ANCHOR_END: forgot

// Not a coroutine: it picks which coroutine to call, and returns its Task.
Task coroutine(Level level)
{
    return level.isInner() ? inner(level.steps) : calls(level);
}

// ANCHOR: frame_size
// Each call of a coroutine allocates its frame through promise_type::operator new, and
// initial_suspend stops it before its first line. The frames of the default chain, in the
// order the chain makes them: the outer's, then the inner's that the outer would make at
// its co_await (made here directly, so that no body runs). The Tasks free them again.
void printFrameSizes()
{
    const Level outer{0, 1, 3};
    auto outerTask = coroutine(outer);
    std::cout << "frame " << outer.actor() << ": " << Task::promise_type::lastFrameSize
              << " bytes\n";
    auto innerTask = coroutine(outer.child());
    std::cout << "frame " << outer.child().actor() << ": " << Task::promise_type::lastFrameSize
              << " bytes\n";
}
// ANCHOR_END: frame_size

int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    if (argc > 1 && std::string_view{argv[1]} == "--frame-size")
    {
        printFrameSizes();
        return 0;
    }
    const bool forgot = argc > 1 && std::string_view{argv[1]} == "forgot";
    const int depth = argc > 2 ? std::atoi(argv[2]) : 1;
    const int steps = argc > 3 ? std::atoi(argv[3]) : 3;
    const int stopAfter = argc > 4 ? std::atoi(argv[4]) : -1;
    const Level level{0, depth, steps};
    // ANCHOR: main
    auto outer = forgot ? outerForgets(level) : coroutine(level);
    for (int resumes = 0;;)
    {
        if (resumes == stopAfter)
        {
            std::cout << "caller: stops after " << resumes
                      << " resumes, drops the outer\n";
            break; // ~Task destroys the outer's frame, and with it the Task it awaits
        }
        std::cout << "caller: resume " << ++resumes << "\n";
        if (!outer.resume())
        {
            break;
        }
    }
    // ANCHOR_END: main
}
