// Step 2 in C++: the talk's std::generator example. g++ 12 has no std::generator
// (C++23), so this file brings the smallest generator that std::views::take accepts.
// Build: g++ -std=c++20 -O2 -Wall -Werror letters.cpp -o letters
#include <coroutine>
#include <exception>
#include <cstddef>
#include <iostream>
#include <iterator>
#include <ranges>
#include <utility>

// ANCHOR: generator
template <typename T>
class Generator : public std::ranges::view_interface<Generator<T>>
{
public:
    struct promise_type
    {
        T current{};
        Generator get_return_object() { return Generator{Handle::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        std::suspend_always yield_value(T value)
        {
            current = value;
            return {};
        }
        void return_void() noexcept {}
        void unhandled_exception() { std::terminate(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    // Just enough of an input iterator for ranges: ++ resumes, * reads the promise.
    struct iterator
    {
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        Handle handle;
        iterator& operator++()
        {
            handle.resume();
            return *this;
        }
        void operator++(int) { ++*this; }
        T operator*() const { return handle.promise().current; }
        bool operator==(std::default_sentinel_t) const { return handle.done(); }
    };

    explicit Generator(Handle handle) : mHandle{handle} {}
    Generator(Generator&& other) noexcept : mHandle{std::exchange(other.mHandle, {})} {}
    Generator& operator=(Generator&& other) noexcept
    {
        std::swap(mHandle, other.mHandle);
        return *this;
    }
    ~Generator()
    {
        if (mHandle)
        {
            mHandle.destroy();
        }
    }

    iterator begin()
    {
        mHandle.resume(); // lazy: the first value exists only after the first resume
        return iterator{mHandle};
    }
    std::default_sentinel_t end() { return {}; }

private:
    Handle mHandle;
};
// ANCHOR_END: generator

// ANCHOR: letters
// Endless: the caller decides how many it wants.
Generator<char> letters(char first)
{
    for (;;)
    {
        // Not `co_yield first++;`: g++ 12 -Wall rejects that as a possible sequence-point
        // violation (-Wsequence-point), because co_yield expands into several uses of it.
        co_yield first;
        ++first;
    }
}

int main()
{
    for (const char letter : letters('a') | std::views::take(26))
    {
        std::cout << letter << ' ';
    }
    std::cout << '\n';
}
// ANCHOR_END: letters
