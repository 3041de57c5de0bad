// The cost benchmark's C++ side: step 2's generator shape (number_station.hpp), yielding
// the numbers 0..n instead of songs, the station made in plain sight of the compiler.
// Build: g++ -std=c++20 -O2 -Wall -Werror generator_sum.cpp -o generator_sum
// Run:   ./generator_sum N [SAMPLES]
// Prints the sum, the frame's size as operator new saw it (0: no frame was allocated, the
// compiler elided it), and the median time per resume over SAMPLES runs of the whole loop
// (default 1: the run callgrind counts).
#include <cstdint>

#include "measure.hpp"
#include "number_station.hpp"

// ANCHOR: sum
std::uint64_t sum(std::uint64_t n)
{
    auto station = numberStation(n);
    std::uint64_t total = 0;
    while (station.nextNumber())
    {
        total += station.value();
    }
    return total;
}
// ANCHOR_END: sum

int main(int argc, char* argv[])
{
    return measure::run(argc, argv, "generator_sum", sum, [] { return gFrameBytes; });
}
