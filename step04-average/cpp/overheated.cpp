// What the Average handle does when the body throws: the promise keeps the exception,
// calculate() throws it again in the caller, and the coroutine is finished afterwards.
// The Rust counterpart is the test `a_panic_reaches_the_caller_of_calculate_…`.
#include "average.hpp"

#include <iostream>
#include <stdexcept>

// ANCHOR: coroutine
Average overheating()
{
    std::cout << "    Number crunching the next value.\n";
    co_await std::suspend_always{};
    throw std::runtime_error{"the calculator overheated"};
    co_return 0; // never reached; running off the end would be undefined (no return_void)
}
// ANCHOR_END: coroutine

int main()
{
    // ANCHOR: main
    auto calculation = overheating();
    const bool more = calculation.calculate();
    std::cout << std::boolalpha << "calculate(): " << more << '\n';
    try
    {
        calculation.calculate();
    }
    catch (const std::exception& error)
    {
        std::cout << "caught: " << error.what() << '\n';
    }
    const bool after = calculation.calculate();
    std::cout << "calculate() after the exception: " << after << '\n';
    std::cout << "getResult(): " << (calculation.getResult() ? "a value" : "empty")
              << '\n';
    // ANCHOR_END: main
}
