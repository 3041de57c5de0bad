// --trace for the C++ counterparts: one line per event of the coroutine machinery, in the
// format the Rust programs print (support/coro-cli/src/trace.rs; the book's "How to read a
// trace"), so that a parity test compares the two traces byte for byte.
//
//     <actor> <verb> [<object>] ["<text>"]
#pragma once

#include <cstdio>
#include <cstring>
#include <iostream>
#include <new>
#include <streambuf>
#include <string>
#include <string_view>
#include <type_traits>

namespace trace
{
inline bool on = false;

// `text` in double quotes, `"` and `\` escaped with a `\`.
inline std::string quoted(std::string_view text)
{
    std::string out = "\"";
    for (char c : text)
    {
        if (c == '"' || c == '\\')
        {
            out += '\\';
        }
        out += c;
    }
    return out + '"';
}

// While tracing, standard output goes through this: each line the program prints becomes
// an event `caller print "<line>"`, written in order with the machinery's events, so the
// program's own code stays as it is without --trace.
class Printer : public std::streambuf
{
public:
    explicit Printer(std::streambuf* out) : mOut{out} {}

    void write(const std::string& line) { mOut->sputn(line.data(), std::streamsize(line.size())); }

protected:
    int overflow(int c) override
    {
        if (c == '\n')
        {
            write("caller print " + quoted(mLine) + '\n');
            mLine.clear();
        }
        else if (c != EOF)
        {
            mLine += char(c);
        }
        return c == EOF ? 0 : c;
    }

private:
    std::streambuf* mOut;
    std::string mLine;
};

inline Printer* printer = nullptr;

// A line that is written as it is.
inline void event(std::string_view line)
{
    if (on)
    {
        printer->write(std::string(line) + '\n');
    }
}

// A line built only while tracing, so that tracing off costs one test of a bool and makes
// no string: `trace::event([&] { return "radio yield " + trace::quoted(song); });`.
template <class Make>
    requires std::is_invocable_r_v<std::string, Make&>
inline void event(Make&& make)
{
    if (on)
    {
        printer->write(make() + '\n');
    }
}

// Takes "--trace" out of the arguments, wherever it is, and turns tracing on if it was
// there: the positional arguments after it keep their numbers.
inline void parse(int& argc, char* argv[])
{
    int kept = 1;
    for (int i = 1; i < argc; ++i)
    {
        if (std::strcmp(argv[i], "--trace") == 0)
        {
            on = true;
        }
        else
        {
            argv[kept++] = argv[i];
        }
    }
    argc = kept;
    if (on)
    {
        // Never destroyed: std::cout is flushed through it after every static is gone.
        alignas(Printer) static unsigned char storage[sizeof(Printer)];
        printer = new (storage) Printer{std::cout.rdbuf()};
        std::cout.rdbuf(printer);
    }
}

} // namespace trace
