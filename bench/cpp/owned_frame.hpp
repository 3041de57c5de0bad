// The handle of a coroutine that owns its frame, for the bench's tasks: step 2's C++
// handle, written once. It moves and never copies, and destroys the frame with itself;
// everything else is std::coroutine_handle's own (resume, done, promise).
#pragma once

#include <coroutine>
#include <utility>

template <typename Promise>
class OwnedFrame : public std::coroutine_handle<Promise>
{
    using Handle = std::coroutine_handle<Promise>;

public:
    explicit OwnedFrame(Handle handle) : Handle{handle} {}
    OwnedFrame(OwnedFrame&& other) noexcept : Handle{std::exchange<Handle>(other, {})} {}
    OwnedFrame(const OwnedFrame&) = delete;
    OwnedFrame& operator=(const OwnedFrame&) = delete;
    OwnedFrame& operator=(OwnedFrame&&) = delete;
    ~OwnedFrame()
    {
        if (*this)
        {
            this->destroy();
        }
    }
};
