// Step 3 in C++: a coroutine that yields nothing and returns nothing, only co_awaits.
// Build: g++ -std=c++20 -O2 -Wall -Werror pinball.cpp -o pinball
// Run:   ./pinball [turns] [--trace]   (default 4, as in the talk)
//        ./pinball --frame-size  (the size of the coroutine's frame, instead of the game)
#include <coroutine>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "../../support/cpp/trace.hpp"

// ANCHOR: handle
// The caller's side: owns the coroutine's frame through its handle, and plays it.
class [[nodiscard]] Pinball
{
public:
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    explicit Pinball(Handle handle) : mHandle{handle}
    {
        trace::event("caller create pinball");
    }
    Pinball(Pinball&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    Pinball(const Pinball&) = delete;
    Pinball& operator=(const Pinball&) = delete;
    Pinball& operator=(Pinball&&) = delete;
    ~Pinball()
    {
        if (mHandle)
        {
            trace::event("caller destroy pinball");
            mHandle.destroy(); // frees the frame, at whatever turn the game stands
        }
    }

    // ANCHOR: play
    // One turn for the coroutine; true while the game goes on.
    bool play()
    {
        if (!mHandle || mHandle.done())
        {
            return false; // resuming a finished coroutine is undefined behaviour
        }
        trace::event("caller resume pinball");
        mHandle.resume();
        return !mHandle.done();
    }
    // ANCHOR_END: play

private:
    Handle mHandle;
};
// ANCHOR_END: handle

// ANCHOR: promise
struct Pinball::promise_type
{
    // The size of the last frame allocated, for --frame-size.
    static inline std::size_t lastFrameSize = 0;

    // When the promise type has its own operator new, the frame is allocated with it,
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

    Pinball get_return_object() { return Pinball{Handle::from_promise(*this)}; }
    // Lazy: nothing is played until the first play().
    std::suspend_always initial_suspend() noexcept { return {}; }
    // co_await x  ==>  co_await promise.await_transform(x): the promise sees each one.
    std::suspend_always await_transform(std::suspend_always always)
    {
        trace::event("pinball suspend"); // suspend_always: it always does
        return always;
    }
    // Nothing to hand back at the end: return_void, not return_value.
    void return_void() noexcept { trace::event("pinball return"); }
    // Stay suspended at the end, so done() can be asked and the handle destroys the
    // frame.
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
};
// ANCHOR_END: promise

// ANCHOR: coroutine
// A coroutine because its body says co_await. It yields nothing and returns nothing:
// running off the end calls promise.return_void().
Pinball pinball(int turns)
{
    for (int turn = 0; turn < turns; ++turn)
    {
        std::cout << "Coro's turn to play.\n";
        trace::event([&] {
            return "pinball holds " + trace::quoted("turn " + std::to_string(turn + 1));
        });
        co_await std::suspend_always{};
    }
    std::cout << "Coro loses.\n";
}
// ANCHOR_END: coroutine

// ANCHOR: frame_size
// Calling the coroutine allocates its frame through promise_type::operator new;
// initial_suspend stops it before the first turn, and the handle frees it again.
void printFrameSize()
{
    auto coro = pinball(4);
    std::cout << "frame: " << Pinball::promise_type::lastFrameSize << " bytes\n";
}
// ANCHOR_END: frame_size

int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    if (argc > 1 && std::string_view{argv[1]} == "--frame-size")
    {
        printFrameSize();
        return 0;
    }
    const int turns = argc > 1 ? std::atoi(argv[1]) : 4;
    // ANCHOR: main
    auto coro = pinball(turns);
    while (coro.play())
    {
        std::cout << "My turn to play.\n";
    }
    // ANCHOR_END: main
}
