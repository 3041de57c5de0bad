// Step 6 in C++: where a coroutine sits in the chain and what the transcript calls it,
// shared by awaitable.cpp and explicit_loop.cpp, as src/level.rs is on the Rust side.
#pragma once

#include <string>

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
};
