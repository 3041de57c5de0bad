// The talk's signature, `average(const std::vector<int>&)`, called with a temporary list.
// It compiles without a warning (g++ 12, -Wall -Werror), and it is wrong: the temporary
// vector is destroyed at the end of the statement that creates the coroutine, and every
// resume then reads freed memory. Undefined behaviour: the tests run it only under
// valgrind, which reports the invalid reads. Build and run it only to see that happen.
// Its reads find the dead vector's pointers where it lay on main's stack, as long as
// nothing is written there: so calculate() builds no trace line unless --trace is on.
#include "average.hpp"

#include <iostream>
#include <vector>

// ANCHOR: coroutine
// Only the reference is stored in the frame, not the vector.
Average averageOfBorrowed(const std::vector<int>& numbers)
{
    long long sum{};
    for (const int number : numbers)
    {
        std::cout << "    Number crunching the next value.\n";
        sum += number;
        co_await std::suspend_always{};
    }
    std::cout << "    Finally, all calculated.\n";
    co_return static_cast<int>(sum / static_cast<long long>(numbers.size()));
}
// ANCHOR_END: coroutine

int main()
{
    // ANCHOR: main
    // The braces build a temporary std::vector; it dies at the semicolon.
    auto calculation = averageOfBorrowed({100, 200, 100, 200, 100, 200, 100, 200});
    while (calculation.calculate()) // each resume reads the destroyed vector
    {
        std::cout << "More calculations needed.\n";
    }
    std::cout << "Average : " << calculation.getResult().value() << '\n';
    // ANCHOR_END: main
}
