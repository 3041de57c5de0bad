// The cost benchmark's generator (number_station.hpp), the station made behind a call the
// optimizer cannot look through, so that each resume stays a resume whoever compiles it.
// Build: clang++ -std=c++20 -O2 -Wall -Werror generator_hidden_sum.cpp -o hidden
// Run:   ./hidden N [SAMPLES]
// Prints what generator_sum prints. In generator_sum.cpp clang++ inlines the coroutine
// into sum(), elides its frame (no operator new: frame_bytes 0) and folds the loop; here
// it cannot know which coroutine it resumes.
#include <cstdint>

#include "measure.hpp"
#include "number_station.hpp"

// ANCHOR: hidden
// The coroutine is reached through a pointer the compiler must read at run time
// (`volatile`): it cannot inline the coroutine, so the frame is allocated as the
// coroutine asks and each resume is an indirect call through it, as g++ builds it.
NumberStation (*volatile gMakeStation)(std::uint64_t) = numberStation;

std::uint64_t sum(std::uint64_t n)
{
    auto station = gMakeStation(n);
    std::uint64_t total = 0;
    while (station.nextNumber())
    {
        total += station.value();
    }
    return total;
}
// ANCHOR_END: hidden

int main(int argc, char* argv[])
{
    return measure::run(argc, argv, "generator_hidden_sum", sum,
                        [] { return gFrameBytes; });
}
