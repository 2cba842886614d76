#include "relay.h"

#include <array>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

namespace ocop::fault_proxy {

namespace {

// How often a quiet relay looks at `stopping`.
constexpr int kPollMilliseconds = 100;

enum class Next { keep_going, close };

// The state of one connection between the two directions.
struct Exchange {
    Decision decision;
    bool answering = true; // the server spoke last: the client's next bytes start an exchange
    bool delayed = false;  // this exchange's delay has been served
};

// Reads what is ready; empty on end of file or error.
std::string read_some(const Socket& socket) {
    std::array<char, 64 * 1024> buffer;
    for (;;) {
        const ssize_t got = ::recv(socket.fd(), buffer.data(), buffer.size(), 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return {};
        return std::string(buffer.data(), static_cast<std::size_t>(got));
    }
}

void sleep_unless_stopping(std::chrono::milliseconds span, const std::atomic<bool>& stopping) {
    const auto until = std::chrono::steady_clock::now() + span;
    while (!stopping && std::chrono::steady_clock::now() < until) {
        const auto left = until - std::chrono::steady_clock::now();
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
            left, std::chrono::milliseconds(kPollMilliseconds)));
    }
}

Next client_spoke(const std::string& bytes, const Socket& target, Exchange& exchange,
                  FaultPlan& plan) {
    if (exchange.answering) {
        exchange = Exchange{plan.next(), false, false};
        if (exchange.decision.fault == Fault::drop)
            return Next::close;
    }
    return write_all(target, bytes) ? Next::keep_going : Next::close;
}

Next server_answered(const std::string& bytes, const Socket& client, Exchange& exchange,
                     const std::atomic<bool>& stopping) {
    exchange.answering = true;
    switch (exchange.decision.fault) {
    case Fault::pass:
    case Fault::drop:
        break;
    case Fault::reset:
        // The server has handled the request (it is answering): the client
        // hears nothing but a reset.
        client.reset_on_close();
        return Next::close;
    case Fault::delay:
        if (!exchange.delayed)
            sleep_unless_stopping(exchange.decision.delay, stopping);
        exchange.delayed = true;
        break;
    case Fault::truncate:
        write_all(client, std::string_view(bytes).substr(0, bytes.size() / 2));
        return Next::close;
    case Fault::duplicate:
        if (!write_all(client, bytes))
            return Next::close;
        break;
    }
    return write_all(client, bytes) ? Next::keep_going : Next::close;
}

// Small answers go out at once; a peer that stops reading does not hold a
// relay (and so the proxy's shutdown) for ever.
void configure(const Socket& socket) {
    const int on = 1;
    ::setsockopt(socket.fd(), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    const timeval send_timeout{5, 0};
    ::setsockopt(socket.fd(), SOL_SOCKET, SO_SNDTIMEO, &send_timeout, sizeof send_timeout);
}

} // namespace

void relay(Socket client, Socket target, FaultPlan& plan, const std::atomic<bool>& stopping) {
    configure(client);
    configure(target);
    Exchange exchange;
    bool client_open = true;
    // Ends when the server closes (after the client did, or not) or a fault
    // ends the connection.
    while (!stopping) {
        std::array<pollfd, 2> watched{pollfd{client_open ? client.fd() : -1, POLLIN, 0},
                                      pollfd{target.fd(), POLLIN, 0}};
        const int ready = ::poll(watched.data(), watched.size(), kPollMilliseconds);
        if (ready < 0 && errno != EINTR)
            return;
        if (ready <= 0)
            continue;
        if (watched[0].revents != 0) {
            const auto bytes = read_some(client);
            if (bytes.empty()) {
                // The client is done sending; let the server finish answering.
                client_open = false;
                ::shutdown(target.fd(), SHUT_WR);
            } else if (client_spoke(bytes, target, exchange, plan) == Next::close) {
                return;
            }
        }
        if (watched[1].revents != 0) {
            const auto bytes = read_some(target);
            if (bytes.empty()) {
                if (exchange.decision.fault == Fault::reset && !exchange.answering)
                    client.reset_on_close();
                return;
            }
            if (server_answered(bytes, client, exchange, stopping) == Next::close)
                return;
        }
    }
}

} // namespace ocop::fault_proxy
