// Step 5 in C++: more on what `co_await expr` accepts, in one short show.
// - await_suspend can return
//     void    the coroutine stays suspended; the caller's resume() returns
//     bool    true: stay suspended; false: go on at once, as if never suspended
//     handle  that coroutine is resumed in its place (here: a jingle)
// - an expression that is not an awaiter itself becomes one through its
//   operator co_await (here: `co_await jingle`)
// Build: g++ -std=c++20 -O2 -Wall -Werror awaitables.cpp -o awaitables
// Run:   ./awaitables   (no arguments; it prints who runs in which resume)
#include <coroutine>
#include <exception>
#include <iostream>
#include <optional>
#include <utility>

// ANCHOR: void_and_handle
// void: suspend, and that is all.
struct Pause
{
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    void await_resume() const noexcept {}
};

// handle: suspend, and resume `next` instead of returning to the caller. `next` must not
// be done: resuming a finished coroutine is undefined behaviour.
struct HandOver
{
    std::coroutine_handle<> next;

    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) const noexcept
    {
        return next;
    }
    void await_resume() const noexcept {}
};
// ANCHOR_END: void_and_handle

// ANCHOR: task
// A lazy coroutine that owns its frame; `Members` adds fields to its promise.
template <typename Members>
class [[nodiscard]] Task
{
public:
    struct promise_type : Members
    {
        Task get_return_object() { return Task{Handle::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        std::suspend_always final_suspend() noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    explicit Task(Handle handle) : mHandle{handle} {}
    Task(Task&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    Task& operator=(Task&&) = delete;
    ~Task()
    {
        if (mHandle)
        {
            mHandle.destroy();
        }
    }

    void resume() const
    {
        if (!mHandle.done())
        {
            mHandle.resume();
        }
    }
    bool done() const { return mHandle.done(); }
    Members& promise() const { return mHandle.promise(); }

    // ANCHOR: operator_co_await
    // `co_await task` is not an awaiter by itself: this turns it into one, which runs
    // the task in place of the coroutine that awaits it.
    HandOver operator co_await() const noexcept { return HandOver{mHandle}; }
    // ANCHOR_END: operator_co_await

private:
    Handle mHandle;
};

struct NoMembers {};
struct ScoreMember
{
    std::optional<int> score;
};

using Jingle = Task<NoMembers>;
using Show = Task<ScoreMember>;
// ANCHOR_END: task

// ANCHOR: bool
// bool: suspend only if the listener has not scored yet; false resumes the body at once.
struct AskScore
{
    Show::Handle show{};

    bool await_ready() const noexcept { return false; }
    bool await_suspend(Show::Handle suspended) noexcept
    {
        show = suspended;
        return !show.promise().score;
    }
    // The score counts once: taken out of the promise (0 if resumed without one).
    int await_resume() const noexcept
    {
        return std::exchange(show.promise().score, std::nullopt).value_or(0);
    }
};
// ANCHOR_END: bool

// ANCHOR: show
Jingle jingle()
{
    std::cout << "  jingle: Radio Coro, all songs, one at a time\n";
    co_return; // makes this a coroutine; at final_suspend, control goes back to whoever
               // resumed the show, which is still suspended where it awaited the jingle
}

Show show(const Jingle& jingle)
{
    std::cout << "  show: first song on air\n";
    co_await Pause{};
    std::cout << "  show: asks for the score\n";
    const int first = co_await AskScore{}; // no score yet: suspends
    std::cout << "  show: the first song scored " << first << '\n';
    std::cout << "  show: second song on air\n";
    co_await Pause{};
    std::cout << "  show: asks for the score\n";
    const int second = co_await AskScore{}; // scored already: does not suspend
    std::cout << "  show: the second song scored " << second << '\n';
    co_await jingle; // operator co_await: HandOver to the jingle
    std::cout << "  show: back after the jingle, good night\n";
}
// ANCHOR_END: show

// ANCHOR: main
int main()
{
    const auto theJingle = jingle();
    const auto theShow = show(theJingle);

    std::cout << "caller: resume 1\n";
    theShow.resume();
    std::cout << "caller: resume 2\n";
    theShow.resume();
    std::cout << "caller: scores 7, resume 3\n";
    theShow.promise().score = 7;
    theShow.resume();
    std::cout << "caller: scores 9, resume 4\n";
    theShow.promise().score = 9;
    theShow.resume();
    std::cout << "caller: resume 5\n";
    theShow.resume();
    std::cout << "caller: the show is done: " << std::boolalpha << theShow.done() << '\n';
}
// ANCHOR_END: main
