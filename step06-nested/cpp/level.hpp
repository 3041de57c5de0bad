// Step 6 in C++: where a coroutine sits in the chain and what the transcript calls it,
// shared by awaitable.cpp and explicit_loop.cpp, as src/level.rs is on the Rust side.
#pragma once

#include <string>
#include <type_traits>
#include <utility>

#include "../../support/cpp/trace.hpp"

// A coroutine's place in the chain: level 0 is the outer, level depth the inner.
struct Level
{
    int index;
    int depth;
    int steps;

    Level child() const { return {index + 1, depth, steps}; }
    bool isInner() const { return index == depth; }
    // How its caller names it: inner(3), or middle 2.
    std::string call() const { return isInner() ? "inner(" + std::to_string(steps) + ")" : name(); }
    std::string name() const
    {
        return index == 0 ? "outer" : isInner() ? "inner" : "middle " + std::to_string(index);
    }
    // Its name in a trace, one word: outer, middle1 ..., inner.
    std::string actor() const { return index == 0 ? "outer" : isInner() ? "inner" : "middle" + std::to_string(index); }
};

// For the trace: what a coroutine's frame keeps across the suspension that follows,
// `<actor> holds "<parts>"`, the numbers among them written as numbers. Nothing is built
// while tracing is off.
template <typename... Parts>
void holds(const std::string& actor, const Parts&... parts)
{
    if (trace::on)
    {
        std::string what;
        const auto add = [&what](const auto& part) {
            if constexpr (std::is_integral_v<std::decay_t<decltype(part)>>)
            {
                what += std::to_string(part);
            }
            else
            {
                what += part;
            }
        };
        (add(parts), ...);
        trace::event([&] { return actor + " holds " + trace::quoted(what); });
    }
}

// For the trace: who runs now, the caller (nullptr) or the coroutine a handle resumed,
// named by its promise. A coroutine made meanwhile is made by it (its promise's owner).
inline const std::string* gRunning = nullptr;
inline std::string running() { return gRunning ? *gRunning : "caller"; }

// handle.resume(), with the coroutine it resumes as the one that runs.
template <typename Handle>
void resumeRunning(Handle handle)
{
    const std::string* caller = std::exchange(gRunning, &handle.promise().name);
    handle.resume();
    gRunning = caller;
}
