// Step 6 in C++, the first fix: the outer coroutine resumes the inner one itself, in a
// loop, until it is done, and yields on each value the inner yields.
// Build: g++ -std=c++20 -O2 -Wall -Werror explicit_loop.cpp -o explicit_loop
// Run:   ./explicit_loop [depth [steps [stop-after]]]
//        (default 1 3: the outer calls inner(3); depth > 1 puts middles in between)
#include <coroutine>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <utility>

#include "level.hpp"

// ANCHOR: generator
// A generator of ints: each co_yield stops the body, and value() reads what it yielded.
class [[nodiscard]] Generator
{
public:
    struct promise_type
    {
        int value = 0;
        // For the trace: its name, from the coroutine's argument, and who made it.
        std::string name;
        std::string owner = running();

        explicit promise_type(Level level) : name{level.actor()} {}
        explicit promise_type(int) : name{"inner"} {}

        Generator get_return_object()
        {
            trace::event([&] { return owner + " create " + name; });
            return Generator{Handle::from_promise(*this)};
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always yield_value(int yielded)
        {
            trace::event([&] {
                return name + " yield " + trace::quoted(std::to_string(yielded));
            });
            value = yielded;
            return {};
        }
        void return_void() noexcept { trace::event([&] { return name + " return"; }); }
        std::suspend_always final_suspend() noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    explicit Generator(Handle handle) : mHandle{handle} {}
    Generator(Generator&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    Generator(const Generator&) = delete;
    Generator& operator=(const Generator&) = delete;
    Generator& operator=(Generator&&) = delete;
    ~Generator()
    {
        if (mHandle)
        {
            // Traced for the caller's outer only: the frames it owns go with it,
            // untraced, as a Rust generator's go with it.
            if (mHandle.promise().owner == "caller")
            {
                trace::event([&] { return "caller destroy " + mHandle.promise().name; });
            }
            mHandle.destroy();
        }
    }

    // Runs the body to its next co_yield; false once it has run off its end.
    bool resume()
    {
        if (!mHandle || mHandle.done())
        {
            return false;
        }
        trace::event([&] { return running() + " resume " + mHandle.promise().name; });
        resumeRunning(mHandle);
        return !mHandle.done();
    }

    int value() const { return mHandle.promise().value; }

private:
    Handle mHandle;
};
// ANCHOR_END: generator

Generator coroutine(Level level);

// ANCHOR: inner
Generator inner(int steps)
{
    for (int step = 1; step <= steps; ++step)
    {
        std::cout << "inner: step " << step << " of " << steps << ", yields " << step
                  << "\n";
        holds("inner", "step ", step, " of ", steps);
        co_yield step;
    }
    std::cout << "inner: done\n";
}
// ANCHOR_END: inner

// ANCHOR: loops
Generator loops(Level level)
{
    const Level child = level.child();
    std::cout << level.name() << ": starts, calls " << child.call()
              << ", loops over it\n";
    auto sub = coroutine(child);
    // The explicit loop: resume the child until it is done, yielding on each value.
    while (sub.resume())
    {
        std::cout << level.name() << ": passes " << sub.value() << " on\n";
        holds(level.actor(), sub.value(), " from ", child.name(), ", passed on");
        co_yield sub.value();
    }
    std::cout << level.name() << ": " << child.name() << " is done\n";
}
// ANCHOR_END: loops

// Not a coroutine: it picks which coroutine to call, and returns its generator.
Generator coroutine(Level level)
{
    return level.isInner() ? inner(level.steps) : loops(level);
}

int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    const int depth = argc > 1 ? std::atoi(argv[1]) : 1;
    const int steps = argc > 2 ? std::atoi(argv[2]) : 3;
    const int stopAfter = argc > 3 ? std::atoi(argv[3]) : -1;
    // ANCHOR: main
    auto outer = coroutine(Level{0, depth, steps});
    for (int resumes = 0;;)
    {
        if (resumes == stopAfter)
        {
            std::cout << "caller: stops after " << resumes
                      << " resumes, drops the outer\n";
            break; // ~Generator destroys the outer's frame, and the loop's sub with it
        }
        std::cout << "caller: resume " << ++resumes << "\n";
        if (!outer.resume())
        {
            break;
        }
        std::cout << "caller: got " << outer.value() << "\n";
    }
    // ANCHOR_END: main
}
