// Step 4 in C++: a coroutine that crunches one number per resume and co_returns their
// average at the end.
// Build: g++ -std=c++20 -O2 -Wall -Werror average.cpp -o average
// Run:   ./average [--trace] [NUMBERS...]   (default: the talk's 100 200 100 200 100 200 100 200)
//        ./average --frame-size  (the size of the coroutine's frame, instead of the average)
#include "average.hpp"

#include <charconv>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

// What the frame keeps across a suspension, for --trace: the running sum, and the numbers.
static std::string holds(long long sum, std::size_t numbers)
{
    return trace::quoted("sum " + std::to_string(sum) + " so far, " + std::to_string(numbers) +
                         " numbers");
}

// ANCHOR: coroutine
// The numbers are taken by value: they are moved into the frame and live as long as it
// does. (With `const std::vector<int>&` the frame would keep only a reference: see
// dangling.cpp.)
Average average(std::vector<int> numbers)
{
    long long sum{}; // an int would overflow on 2147483647 2147483647
    for (const int number : numbers)
    {
        std::cout << "    Number crunching the next value.\n";
        sum += number;
        trace::event([&] { return "average holds " + holds(sum, numbers.size()); });
        co_await std::suspend_always{};
    }
    std::cout << "    Finally, all calculated.\n";
    // Both operands signed: `sum / numbers.size()` would turn a negative sum unsigned.
    co_return static_cast<int>(sum / static_cast<long long>(numbers.size()));
}
// ANCHOR_END: coroutine

// A whole argument as an int, or nothing (no "12abc", no overflow).
static std::optional<int> parseNumber(const char* text)
{
    int value{};
    const char* end = text + std::strlen(text);
    auto [rest, error] = std::from_chars(text, end, value);
    if (error != std::errc{} || rest != end)
    {
        return std::nullopt;
    }
    return value;
}

// ANCHOR: frame_size
// Calling the coroutine allocates its frame through promise_type::operator new;
// initial_suspend stops it before the first number, and the handle frees it again.
void printFrameSize()
{
    auto calculation = average({100, 200, 100, 200, 100, 200, 100, 200});
    std::cout << "frame: " << Average::promise_type::lastFrameSize << " bytes\n";
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
    std::vector<int> numbers{100, 200, 100, 200, 100, 200, 100, 200};
    if (argc > 1)
    {
        numbers.clear();
        for (int i = 1; i < argc; ++i)
        {
            const auto number = parseNumber(argv[i]);
            if (!number)
            {
                std::cerr << "error: not an int: '" << argv[i] << "'\n";
                return 2;
            }
            numbers.push_back(*number);
        }
    }
    // ANCHOR: main
    auto calculation = average(std::move(numbers));
    while (calculation.calculate())
    {
        std::cout << "More calculations needed.\n";
    }
    std::cout << "Average : " << calculation.getResult().value() << '\n';
    // ANCHOR_END: main
}
