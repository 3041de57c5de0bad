// Step 9 in C++: a coroutine with a stack of its own, on POSIX ucontext. C++20 has no
// stackful coroutines; getcontext, makecontext and swapcontext (in glibc, nothing to
// install) switch between stacks, and a small class owns one. Step 2's radio and step 6's
// nested program run on it, with the same show and the same trace as the Rust binary.
// Build: g++ -std=c++20 -O2 -Wall -Werror stackful.cpp -o stackful
// Run:   ./stackful [radio [--style rap|electronic] [--songs N]]   (default: rap, 7)
//        ./stackful nested [--depth N] [--inner-steps N]           (default: 1, 3)
//        --trace anywhere: the coroutine machinery's events instead of the show
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <iostream>
#include <new>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>

// Valgrind follows the stack pointer: a jump to another mapping looks like a huge frame
// ("client switching stacks?") unless the stack is registered with it. The header is only
// macros that do nothing outside valgrind; without it, nothing is registered.
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif

#include "../../step01-function/cpp/songs.hpp"
#include "../../step06-nested/cpp/level.hpp"
#include "../../support/cpp/trace.hpp"

// ANCHOR: fiber
// A stackful coroutine: a body that runs on a stack of its own, and can stop anywhere in
// it, however many plain calls deep, until the next resume().
class Fiber
{
public:
    using Body = std::function<void(Fiber&)>;

    // Maps a stack of at least `bytes` and readies entry() to run on it (below).
    Fiber(std::size_t bytes, Body body);
    // The contexts point into the object (uc_link, `this`): it cannot move.
    Fiber(const Fiber&) = delete;
    Fiber& operator=(const Fiber&) = delete;
    ~Fiber();

    // Runs the body on its stack until it suspends or ends; false once it has ended.
    bool resume()
    {
        if (mDone)
        {
            return false; // an ended context has nothing left to run: refused
        }
        swapcontext(&mCaller, &mContext); // saves the caller in mCaller, jumps in
        if (mError)
        {
            std::rethrow_exception(std::exchange(mError, nullptr));
        }
        return !mDone;
    }

    // Called from the body, at any depth: saves the whole stack's place in mContext and
    // jumps back into resume(), just past its swapcontext.
    void suspend() { swapcontext(&mContext, &mCaller); }

private:
    static void entry(int high, int low);

    Body mBody;
    char* mStack = nullptr;    // the mapping: the guard page, then the stack
    std::size_t mSize = 0;     // of the whole mapping
    ucontext_t mContext{};     // the body's registers, while it is suspended
    ucontext_t mCaller{};      // the resumer's, while the body runs
    bool mDone = false;        // entry() has returned: the body ran to its end
    std::exception_ptr mError; // what the body threw, until resume() throws it on
    unsigned mValgrindId = 0;  // the stack as valgrind knows it, if it does
};
// ANCHOR_END: fiber

// ANCHOR: stack
Fiber::Fiber(std::size_t bytes, Body body) : mBody{std::move(body)}
{
    // At least `bytes`, in whole pages, and one more page below for the guard.
    const std::size_t page = sysconf(_SC_PAGESIZE);
    mSize = page + (bytes + page - 1) / page * page;
    // Reserved, not yet used: the kernel hands out each page when it is first touched.
    void* memory = mmap(nullptr, mSize, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (memory == MAP_FAILED)
    {
        throw std::bad_alloc{};
    }
    mStack = static_cast<char*>(memory);
    // The stack grows down, towards its lowest page: no access there, so an overflow is
    // a SIGSEGV, never a write into someone else's memory (as corosensei does it).
    if (mprotect(mStack, page, PROT_NONE) != 0)
    {
        munmap(mStack, mSize);
        throw std::bad_alloc{};
    }
#ifdef VALGRIND_STACK_REGISTER
    mValgrindId = VALGRIND_STACK_REGISTER(mStack + page, mStack + mSize);
#endif
    getcontext(&mContext); // a valid context to start from (the signal mask and all)
    mContext.uc_stack.ss_sp = mStack + page;
    mContext.uc_stack.ss_size = mSize - page;
    mContext.uc_link = &mCaller; // where the context goes when entry() returns
    // makecontext passes only int arguments (POSIX), and a pointer need not fit in one:
    // `this` goes over as two 32-bit halves, which entry() puts together again.
    const auto self = std::uint64_t(reinterpret_cast<std::uintptr_t>(this));
    makecontext(&mContext, reinterpret_cast<void (*)()>(&Fiber::entry), 2,
                int(self >> 32), int(self & 0xffff'ffff));
}

// Unlike corosensei, which unwinds an unfinished coroutine's stack when it is dropped,
// this only unmaps it: the destructors of the locals still on it never run.
Fiber::~Fiber()
{
#ifdef VALGRIND_STACK_DEREGISTER
    VALGRIND_STACK_DEREGISTER(mValgrindId);
#endif
    munmap(mStack, mSize);
}
// ANCHOR_END: stack

// ANCHOR: entry
// The first function on the new stack. An exception cannot unwind past it (no caller's
// frame lies below it), so it is caught here and thrown again from resume().
void Fiber::entry(int high, int low)
{
    const auto self = std::uint64_t(unsigned(high)) << 32 | unsigned(low);
    Fiber& fiber = *reinterpret_cast<Fiber*>(std::uintptr_t(self));
    try
    {
        fiber.mBody(fiber);
    }
    catch (...)
    {
        fiber.mError = std::current_exception();
    }
    fiber.mDone = true;
} // returning switches to uc_link: mCaller, the caller of the last resume()
// ANCHOR_END: entry

// ANCHOR: body
// The body: step 1's loop; where step 1 printed a song it hands it over and suspends.
// Its locals live in frames on the fiber's stack, not in a frame the compiler laid out.
void broadcast(Fiber& fiber, std::optional<std::string>& onAir, int style, int songs)
{
    std::default_random_engine engine;
    std::uniform_int_distribution<int> track(0, Songs - 1);
    const auto& playlist = style ? electronic : rap;
    for (int song = 1; song <= songs; ++song)
    {
        trace::event([&] {
            const auto of = std::to_string(song) + " of " + std::to_string(songs);
            const auto kept = "song " + of + (style ? ", electronic" : ", rap");
            return "radio holds " + trace::quoted(kept);
        });
        onAir = playlist[track(engine)];
        fiber.suspend(); // co_yield, as a call: the whole stack stops here
    }
}
// ANCHOR_END: body

// ANCHOR: station
// Step 2's interface around a fiber: one song per resume. The body only ever stops at
// its suspend() with trivial locals (the engine, two ints), so destroying it unfinished
// would lose nothing, though no show here does.
class RadioStation
{
public:
    // The stack corosensei gives when asked for none in particular: 1 MiB.
    static constexpr std::size_t Stack = 1024 * 1024;

    RadioStation(int style, int songs)
        : mFiber{Stack, [this, style, songs](Fiber& fiber) {
                     broadcast(fiber, mCurrent, style, songs);
                 }}
    {
        trace::event("caller create radio");
    }
    ~RadioStation() { trace::event("caller destroy radio"); }

    // Resumes the body until its next song; false once it has run to its end.
    bool nextSong()
    {
        mCurrent.reset();
        trace::event("caller resume radio");
        if (!mFiber.resume())
        {
            trace::event("radio return");
            return false;
        }
        trace::event([&] { return "radio yield " + trace::quoted(*mCurrent); });
        return true;
    }

    const std::optional<std::string>& value() const { return mCurrent; }

private:
    std::optional<std::string> mCurrent; // before mFiber: the body writes it
    Fiber mFiber;
};
// ANCHOR_END: station

// ANCHOR: inner
// The inner: a plain function, `steps` steps, a suspension after each. What it suspends
// is the fiber it runs on, however many calls up the fiber's body is.
void inner(Fiber& fiber, int steps)
{
    for (int step = 1; step <= steps; ++step)
    {
        std::cout << "inner: step " << step << " of " << steps << ", suspends\n";
        holds("inner", "step ", step, " of ", steps);
        trace::event("inner suspend caller"); // the whole stack, back to the caller
        fiber.suspend();
    }
    std::cout << "inner: done\n";
    trace::event("inner return");
}
// ANCHOR_END: inner

// ANCHOR: calls
// The outer, or a middle: a plain call to the next level, then one suspension of its
// own, as step 6's coroutines do, and the end.
void calls(Fiber& fiber, Level level)
{
    if (level.isInner())
    {
        inner(fiber, level.steps);
        return;
    }
    const Level child = level.child();
    std::cout << level.name() << ": starts, calls " << child.call() << "\n";
    trace::event([&] { return level.actor() + " call " + child.actor(); });
    calls(fiber, child);
    std::cout << level.name() << ": " << child.name() << " is done, suspends\n";
    holds(level.actor(), child.name(), " done");
    trace::event([&] { return level.actor() + " suspend caller"; });
    fiber.suspend();
    std::cout << level.name() << ": done\n";
    trace::event([&] { return level.actor() + " return"; });
}
// ANCHOR_END: calls

// ANCHOR: nested
// The stack a chain of `depth` plain calls gets, as the Rust side sizes it: every
// level's frame is on it (a few hundred bytes each at -O2).
std::size_t stackFor(int depth) { return 64 * 1024 + 4 * 1024 * std::size_t(depth); }

// Step 6's program on one fiber: resume the outer until it has ended.
void nested(int depth, int steps)
{
    trace::event("caller create outer");
    Fiber outer{stackFor(depth), [=](Fiber& fiber) {
                    calls(fiber, Level{0, depth, steps});
                }};
    for (int resumes = 1;; ++resumes)
    {
        std::cout << "caller: resume " << resumes << "\n";
        trace::event("caller resume outer");
        if (!outer.resume())
        {
            break;
        }
    }
    trace::event("caller destroy outer");
}
// ANCHOR_END: nested

// A number written the one way the Rust binary accepts (digits, no sign, no leading
// zero), from `low` to `high`; else nothing.
std::optional<int> number(std::string_view text, int low, int high)
{
    if (text.empty() || text.size() > 7 || (text.size() > 1 && text[0] == '0'))
    {
        return std::nullopt;
    }
    int value = 0;
    for (char c : text)
    {
        if (c < '0' || c > '9')
        {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value >= low && value <= high ? std::optional{value} : std::nullopt;
}

// What the command line asks for: radio (style, songs) or nested (depth, steps).
struct Show
{
    bool isNested = false;
    int first = 0;
    int second = 7;
};

// The show the arguments name, or nothing if they make no sense (the Rust binary says
// why; here it is only exit code 2). Each option once, as `--name value` or `--name=value`.
std::optional<Show> parseShow(int argc, char* argv[])
{
    const std::string_view name = argc > 1 ? argv[1] : "radio";
    if (name != "radio" && name != "nested")
    {
        return std::nullopt;
    }
    Show show = name == "nested" ? Show{true, 1, 3} : Show{};
    bool seen[2] = {false, false};
    for (int i = 2; i < argc; ++i)
    {
        std::string_view option = argv[i];
        std::optional<std::string_view> text;
        if (const auto equals = option.find('='); equals != option.npos)
        {
            text = option.substr(equals + 1);
            option = option.substr(0, equals);
        }
        else if (i + 1 < argc)
        {
            text = argv[++i];
        }
        const std::string_view names[2][2] = {{"--style", "--songs"},
                                              {"--depth", "--inner-steps"}};
        const int which = option == names[show.isNested][0]   ? 0
                          : option == names[show.isNested][1] ? 1
                                                              : -1;
        if (which < 0 || !text || seen[which])
        {
            return std::nullopt;
        }
        seen[which] = true;
        std::optional<int> value;
        if (!show.isNested && which == 0)
        {
            if (*text == "rap" || *text == "electronic")
            {
                value = *text == "electronic";
            }
        }
        else
        {
            // Songs from 0 to 1000000; depth from 1 to 1000; inner steps from 0 to 1000.
            const int low = show.isNested && which == 0 ? 1 : 0;
            value = number(*text, low, show.isNested ? 1000 : 1000000);
        }
        if (!value)
        {
            return std::nullopt;
        }
        (which == 0 ? show.first : show.second) = *value;
    }
    return show;
}

// ANCHOR: main
int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    const std::optional<Show> show = parseShow(argc, argv);
    if (!show)
    {
        std::cerr << "usage: stackful [radio [--style rap|electronic] [--songs N] | "
                     "nested [--depth N] [--inner-steps N]] [--trace]\n";
        return 2;
    }
    if (show->isNested)
    {
        nested(show->first, show->second);
        return 0;
    }
    RadioStation radio{show->first, show->second};
    while (radio.nextSong())
    {
        std::cout << *radio.value() << '\n';
    }
}
// ANCHOR_END: main
