// What every C++ program of the cost benchmark shares: its arguments, the timing, and the
// three lines the xtask reads (`sum`, `frame_bytes`, `ns_per_resume`).
// Run:   ./program N [SAMPLES]: the median time per resume over SAMPLES runs of the whole
// loop (default 1: the run callgrind counts); a chain's program takes its depth first,
// ./program DEPTH N [SAMPLES].
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace measure
{
// A whole number from an argument, or nothing: bad input is refused, never truncated.
inline bool parse(const char* text, std::uint64_t& out)
{
    char* end = nullptr;
    if (*text < '0' || *text > '9')
    {
        return false;
    }
    out = std::strtoull(text, &end, 10);
    return *end == '\0';
}

// Runs `sum(n)` SAMPLES times and prints the sum, `frameBytes()` after the last run and
// the median time per resume.
template <typename Sum, typename FrameBytes>
void timed(std::uint64_t n, std::uint64_t samples, Sum sum, FrameBytes frameBytes)
{
    std::vector<double> nsPerResume;
    std::uint64_t total = 0;
    for (std::uint64_t s = 0; s < samples; ++s)
    {
        const auto start = std::chrono::steady_clock::now();
        total = sum(n);
        const std::chrono::duration<double, std::nano> took =
            std::chrono::steady_clock::now() - start;
        nsPerResume.push_back(took.count() / static_cast<double>(n));
    }
    std::sort(nsPerResume.begin(), nsPerResume.end());
    std::printf("sum %llu\n", static_cast<unsigned long long>(total));
    std::printf("frame_bytes %zu\n", static_cast<std::size_t>(frameBytes()));
    std::printf("ns_per_resume %.4f\n", nsPerResume[nsPerResume.size() / 2]);
}

// `./name N [SAMPLES]`: `timed` on them; `name` is for the usage line. Returns main's
// exit code.
template <typename Sum, typename FrameBytes>
int run(int argc, char* argv[], const char* name, Sum sum, FrameBytes frameBytes)
{
    std::uint64_t n = 0;
    std::uint64_t samples = 1;
    if (argc < 2 || argc > 3 || !parse(argv[1], n) ||
        (argc == 3 && !parse(argv[2], samples)) || n == 0 || samples == 0)
    {
        std::fprintf(stderr, "usage: %s N [SAMPLES] (whole numbers, at least 1)\n", name);
        return 2;
    }
    timed(n, samples, sum, frameBytes);
    return 0;
}

// `./name DEPTH N [SAMPLES]`, for a chain: `sum(depth, n)` and `frameBytes()` timed as
// `run` does. A depth from 1 to 1000 (the chain is built by recursion).
template <typename Sum, typename FrameBytes>
int runChain(int argc, char* argv[], const char* name, Sum sum, FrameBytes frameBytes)
{
    std::uint64_t depth = 0;
    std::uint64_t n = 0;
    std::uint64_t samples = 1;
    if (argc < 3 || argc > 4 || !parse(argv[1], depth) || !parse(argv[2], n) ||
        (argc == 4 && !parse(argv[3], samples)) || depth == 0 || depth > 1000 || n == 0 ||
        samples == 0)
    {
        std::fprintf(stderr,
                     "usage: %s DEPTH N [SAMPLES] (whole numbers, at least 1; DEPTH at "
                     "most 1000)\n",
                     name);
        return 2;
    }
    timed(n, samples, [&](std::uint64_t count) { return sum(depth, count); }, frameBytes);
    return 0;
}
} // namespace measure
