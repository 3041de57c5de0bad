// The talk's teaser made a server for many peers, on standalone asio (Debian's
// libasio-dev, 1.22, header-only): one coroutine accepts, and each peer gets a coroutine
// of its own, spawned with `co_spawn(…, detached)`, as step 7's server gives each a task.
// `cargo xtask bench --echo` measures the two side by side.
// Build: g++ -std=c++20 -O2 -Wall -Werror asio_echo.cpp -o asio_echo
// Run:   ./asio_echo PORT [--try-first]
//        (port 0: any free port; prints "listening on 127.0.0.1:PORT"; --try-first: each
//        peer is served by `echo_try_first` instead of `echo`)
#include <asio.hpp>
#include <asio/experimental/as_tuple.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>

using asio::ip::tcp;

// asio 1.22 has it under experimental (1.24 moved it to `asio::as_tuple`): a completion
// token that hands the error over as the first element of a tuple instead of throwing it.
constexpr auto as_tuple_awaitable = asio::experimental::as_tuple(asio::use_awaitable);

// As large as step 7's buffer, so that both servers make as many trips per byte (the
// talk's holds 1000 bytes). On the heap, so that the coroutine frame stays small, as the
// tokio task does.
constexpr std::size_t kBufferBytes = 64 * 1024;

// ANCHOR: echo
// Echoes what `peer` sends until it closes its side; a reset or a broken pipe ends only
// this coroutine, with one line on standard error.
asio::awaitable<void> echo(tcp::socket peer)
{
    auto buf = std::make_unique<char[]>(kBufferBytes);
    for (;;)
    {
        auto [error, len] = co_await peer.async_read_some(
            asio::buffer(buf.get(), kBufferBytes), as_tuple_awaitable);
        if (error == asio::error::eof)
        {
            co_return; // tokio's `Ok(0)`
        }
        if (!error)
        {
            std::tie(error, len) = co_await asio::async_write(
                peer, asio::buffer(buf.get(), len), as_tuple_awaitable);
        }
        if (error)
        {
            std::fprintf(stderr, "peer: %s\n", error.message().c_str());
            co_return;
        }
    }
}
// ANCHOR_END: echo

// ANCHOR: try_first
// The same echo, reading and writing at once while the socket can, and suspending only
// when it would block: what a tokio task does (its `read` tries the socket first and
// returns `Pending` only on `WouldBlock`). asio's `async_read_some` never completes
// inline: even a read that had its bytes at once is posted to the io_context, and the
// coroutine resumes after every other handler queued before it.
asio::awaitable<void> echo_try_first(tcp::socket peer)
{
    auto buf = std::make_unique<char[]>(kBufferBytes);
    peer.non_blocking(true);
    for (;;)
    {
        std::error_code error;
        std::size_t len = peer.read_some(asio::buffer(buf.get(), kBufferBytes), error);
        if (error == asio::error::would_block)
        {
            std::tie(error) =
                co_await peer.async_wait(tcp::socket::wait_read, as_tuple_awaitable);
            if (!error)
            {
                continue;
            }
        }
        if (error == asio::error::eof)
        {
            co_return;
        }
        for (std::size_t sent = 0; !error && sent < len;)
        {
            sent += peer.write_some(asio::buffer(buf.get() + sent, len - sent), error);
            if (error == asio::error::would_block)
            {
                std::tie(error) =
                    co_await peer.async_wait(tcp::socket::wait_write, as_tuple_awaitable);
            }
        }
        if (error)
        {
            std::fprintf(stderr, "peer: %s\n", error.message().c_str());
            co_return;
        }
    }
}
// ANCHOR_END: try_first

// ANCHOR: listen
// Accepts peers for ever; each gets a coroutine of its own that nobody awaits
// (`detached`), tokio's `spawn` with its JoinHandle dropped.
asio::awaitable<void> listen(tcp::acceptor acceptor, bool try_first)
{
    auto executor = co_await asio::this_coro::executor;
    for (;;)
    {
        auto [error, peer] = co_await acceptor.async_accept(as_tuple_awaitable);
        if (error)
        {
            // Out of file descriptors, say: wait a little rather than spin.
            std::fprintf(stderr, "accept: %s\n", error.message().c_str());
            asio::steady_timer pause{executor, std::chrono::milliseconds(100)};
            co_await pause.async_wait(as_tuple_awaitable);
            continue;
        }
        auto served = try_first ? echo_try_first(std::move(peer)) : echo(std::move(peer));
        asio::co_spawn(executor, std::move(served), asio::detached);
    }
}
// ANCHOR_END: listen

int main(int argc, char** argv)
{
    char* end = nullptr;
    long port = argc >= 2 ? std::strtol(argv[1], &end, 10) : -1;
    bool try_first = argc == 3 && std::strcmp(argv[2], "--try-first") == 0;
    bool usage = argc < 2 || argc > 3 || (argc == 3 && !try_first);
    if (usage || *end != '\0' || end == argv[1] || port < 0 || port > 65535)
    {
        std::fprintf(stderr, "usage: asio_echo PORT [--try-first] (0: any free port)\n");
        return 2;
    }
    try
    {
        // One thread runs every coroutine, as step 7's current-thread runtime does; the
        // hint 1 tells asio so, and it leaves out the locking.
        asio::io_context ctx{1};
        auto loopback = asio::ip::address_v4::loopback();
        tcp::endpoint where{loopback, static_cast<unsigned short>(port)};
        tcp::acceptor acceptor{ctx, where};
        auto local = acceptor.local_endpoint();
        auto address = local.address().to_string();
        std::printf("listening on %s:%u\n", address.c_str(), local.port());
        std::fflush(stdout);
        asio::co_spawn(ctx, listen(std::move(acceptor), try_first), asio::detached);
        ctx.run();
    }
    catch (const std::exception& error)
    {
        std::fprintf(stderr, "error: %s\n", error.what());
        return 1;
    }
}
