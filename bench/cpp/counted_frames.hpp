// Every coroutine frame a chain allocates, added up as operator new is asked for them: the
// compiler allocates a frame through its promise type's operator new when it finds one, in
// the promise or in a base of it, so a promise that derives from CountedFrames is counted.
#pragma once

#include <cstddef>
#include <new>

// The bytes counted since the caller last set it to 0.
inline std::size_t gFrameBytes = 0;

struct CountedFrames
{
    static void* operator new(std::size_t bytes)
    {
        gFrameBytes += bytes;
        return ::operator new(bytes);
    }
    static void operator delete(void* frame) noexcept { ::operator delete(frame); }
};
