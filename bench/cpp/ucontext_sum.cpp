// The cost benchmark's C++ side of a stackful coroutine: step 9's number station on
// POSIX ucontext, on a stack of its own mapped as corosensei maps one (1 MiB, and a guard
// page below).
// Build: g++ -std=c++20 -O2 -Wall -Werror ucontext_sum.cpp -o ucontext_sum
// Run:   ./ucontext_sum N [SAMPLES]
// Prints the sum, the bytes of address space the stack reserves (guard page included) and
// the median time per resume over SAMPLES runs of the whole loop (default 1: the run
// callgrind counts).
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "measure.hpp"

// What the last stack mapped: its usable part and its guard page.
static std::size_t gStackBytes = 0;

// ANCHOR: station
class NumberStation
{
public:
    static constexpr std::size_t kStackBytes = 1024 * 1024;

    explicit NumberStation(std::uint64_t n) : mN{n}
    {
        const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
        mMapped = kStackBytes + page;
        mStack = static_cast<char*>(
            mmap(nullptr, mMapped, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        // Everything but the lowest page may be written: the stack grows down to it.
        if (mStack == MAP_FAILED ||
            mprotect(mStack + page, kStackBytes, PROT_READ | PROT_WRITE) != 0)
        {
            std::perror("map a stack");
            std::exit(1);
        }
        gStackBytes = mMapped;
        getcontext(&mBody);
        mBody.uc_stack.ss_sp = mStack + page;
        mBody.uc_stack.ss_size = kStackBytes;
        mBody.uc_link = &mCaller; // where the body's end goes: back to the last resume
        // makecontext passes ints only: `this` goes in two halves.
        const auto self = reinterpret_cast<std::uintptr_t>(this);
        makecontext(&mBody, reinterpret_cast<void (*)()>(&NumberStation::enter), 2,
                    static_cast<unsigned>(self >> 32), static_cast<unsigned>(self));
    }
    // The contexts point into the object: it stays where it was made.
    NumberStation(const NumberStation&) = delete;
    NumberStation& operator=(const NumberStation&) = delete;
    // Unmapping frees the stack; a body still suspended has its locals left undestroyed
    // (ucontext cannot unwind a stack), where corosensei unwinds it.
    ~NumberStation() { munmap(mStack, mMapped); }

    // A resume: save the caller's registers (and its signal mask: a system call), switch
    // to the body's stack, and run until it switches back.
    bool nextNumber()
    {
        if (mDone)
        {
            return false;
        }
        swapcontext(&mCaller, &mBody);
        return !mDone;
    }

    std::uint64_t value() const { return mCurrent; }

private:
    static void enter(unsigned high, unsigned low)
    {
        auto* self = reinterpret_cast<NumberStation*>(
            (static_cast<std::uintptr_t>(high) << 32) | static_cast<std::uintptr_t>(low));
        self->body();
        self->mDone = true; // and uc_link switches to the caller
    }

    // co_yield, as a call: the whole stack stops in swapcontext until the next resume.
    void body()
    {
        for (std::uint64_t i = 0; i < mN; ++i)
        {
            mCurrent = i;
            swapcontext(&mBody, &mCaller);
        }
    }

    std::uint64_t mN;
    std::uint64_t mCurrent = 0;
    bool mDone = false;
    char* mStack = nullptr;
    std::size_t mMapped = 0;
    ucontext_t mCaller{};
    ucontext_t mBody{};
};
// ANCHOR_END: station

std::uint64_t sum(std::uint64_t n)
{
    NumberStation station{n};
    std::uint64_t total = 0;
    while (station.nextNumber())
    {
        total += station.value();
    }
    return total;
}

int main(int argc, char* argv[])
{
    return measure::run(argc, argv, "ucontext_sum", sum, [] { return gStackBytes; });
}
