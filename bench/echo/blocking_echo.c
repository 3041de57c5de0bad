/* The floor `cargo xtask bench --echo` measures the coroutine servers against: no
 * runtime, no readiness, no coroutine; one thread per peer, blocked in read(2) and
 * write(2). What it costs is the kernel's copying, and that is in every server's figure.
 * Build: gcc -std=c17 -O2 -Wall -Werror -pthread blocking_echo.c -o blocking_echo
 * Run:   ./blocking_echo PORT   (0: any free port; prints "listening on 127.0.0.1:PORT")
 */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* The same size as the coroutine servers' buffers. */
#define BUFFER_BYTES (64 * 1024)

/* Echoes one peer until it closes its side, then closes it. */
static void* echo(void* arg)
{
    int peer = (int)(intptr_t)arg;
    char* buf = malloc(BUFFER_BYTES);
    for (;;) {
        ssize_t len = buf ? read(peer, buf, BUFFER_BYTES) : -1;
        if (len == 0) {
            break; /* end of stream */
        }
        if (len < 0 && errno == EINTR) {
            continue;
        }
        ssize_t sent = 0;
        while (len > 0 && sent < len) {
            ssize_t n = write(peer, buf + sent, (size_t)(len - sent));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                len = -1;
                break;
            }
            sent += n;
        }
        if (len < 0) {
            fprintf(stderr, "peer: %s\n", buf ? strerror(errno) : "out of memory");
            break;
        }
    }
    free(buf);
    close(peer);
    return NULL;
}

int main(int argc, char** argv)
{
    char* end = NULL;
    long port = argc == 2 ? strtol(argv[1], &end, 10) : -1;
    if (argc != 2 || *end != '\0' || end == argv[1] || port < 0 || port > 65535) {
        fprintf(stderr, "usage: blocking_echo PORT (0 to 65535; 0: any free port)\n");
        return 2;
    }
    /* A peer that vanishes must fail a write, not end the process. */
    signal(SIGPIPE, SIG_IGN);
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t addr_len = sizeof addr;
    if (listener < 0 || bind(listener, (struct sockaddr*)&addr, sizeof addr) < 0
        || listen(listener, SOMAXCONN) < 0
        || getsockname(listener, (struct sockaddr*)&addr, &addr_len) < 0) {
        fprintf(stderr, "error: cannot listen on 127.0.0.1:%ld: %s\n", port,
                strerror(errno));
        return 1;
    }
    printf("listening on 127.0.0.1:%u\n", ntohs(addr.sin_port));
    fflush(stdout);
    pthread_attr_t detached;
    pthread_attr_init(&detached);
    pthread_attr_setdetachstate(&detached, PTHREAD_CREATE_DETACHED);
    for (;;) {
        int peer = accept(listener, NULL, NULL);
        pthread_t thread;
        void* arg = (void*)(intptr_t)peer;
        int failed = peer < 0 ? errno : pthread_create(&thread, &detached, echo, arg);
        if (failed) {
            /* Out of descriptors or threads: say so, wait a little rather than spin. */
            fprintf(stderr, "accept: %s\n", strerror(failed));
            if (peer >= 0) {
                close(peer);
            }
            nanosleep(&(struct timespec){.tv_nsec = 100 * 1000 * 1000}, NULL);
        }
    }
}
