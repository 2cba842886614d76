// ocop-fault-proxy: a TCP proxy for tests that drops, resets, delays,
// truncates and duplicates exchanges between a client and a server on
// loopback (`tc netem` and toxiproxy are not available here; NOTES.md).
// One thread per connection; the main thread accepts and watches signals.

#include "fault_plan.h"
#include "proxy_options.h"
#include "relay.h"
#include "socket.h"

#include <array>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <poll.h>
#include <sys/signalfd.h>
#include <thread>
#include <unistd.h>

using namespace ocop::fault_proxy;

namespace {

// Relays still running, so that main waits for them before the plan goes.
class RelayCount {
public:
    void started() {
        std::lock_guard lock(mutex_);
        ++running_;
    }
    void finished() {
        std::lock_guard lock(mutex_);
        --running_;
        idle_.notify_all();
    }
    void wait_until_idle() {
        std::unique_lock lock(mutex_);
        idle_.wait(lock, [this] { return running_ == 0; });
    }

private:
    std::mutex mutex_;
    std::condition_variable idle_;
    int running_ = 0;
};

void write_stats(const ProxyOptions& options, const FaultPlan& plan) {
    if (!options.stats_file)
        return;
    // Whole or not at all: a reader never sees half a line.
    auto partial = *options.stats_file;
    partial += ".partial";
    std::ofstream(partial) << describe(plan.counts()) << '\n';
    std::filesystem::rename(partial, *options.stats_file);
}

// SIGTERM, SIGINT and SIGUSR1 arrive through a descriptor the accept loop
// polls, blocked everywhere else (relay threads inherit the mask).
int signal_descriptor() {
    sigset_t signals;
    sigemptyset(&signals);
    for (int signal : {SIGTERM, SIGINT, SIGUSR1})
        sigaddset(&signals, signal);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signalfd(-1, &signals, SFD_CLOEXEC);
}

// Accepts and relays until SIGTERM or SIGINT.
void serve(const ProxyOptions& options, const Socket& listener, const Socket& signals,
           FaultPlan& plan) {
    std::atomic<bool> stopping = false;
    RelayCount relays;
    for (;;) {
        std::array<pollfd, 2> watched{pollfd{listener.fd(), POLLIN, 0},
                                      pollfd{signals.fd(), POLLIN, 0}};
        if (::poll(watched.data(), watched.size(), -1) < 0)
            continue;
        if (watched[1].revents != 0) {
            signalfd_siginfo received{};
            if (::read(signals.fd(), &received, sizeof received) != sizeof received)
                continue;
            if (received.ssi_signo == SIGUSR1) {
                write_stats(options, plan);
                continue;
            }
            break;
        }
        Socket client = accept_from(listener);
        if (client.fd() < 0)
            continue;
        auto target = connect_to(options.target);
        plan.count_connection(target.has_value());
        if (!target)
            continue; // the server is away: the client sees its connection closed
        relays.started();
        std::thread([&plan, &stopping, &relays, client = std::move(client),
                     target = std::move(*target)]() mutable {
            relay(std::move(client), std::move(target), plan, stopping);
            relays.finished();
        }).detach();
    }
    stopping = true;
    relays.wait_until_idle();
}

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    if (!arguments.empty() && (arguments[0] == "--help" || arguments[0] == "-h")) {
        std::cout << kUsage;
        return 0;
    }
    auto options = parse_options(arguments);
    if (!options) {
        std::cerr << "ocop-fault-proxy: " << options.error() << "\n" << kUsage;
        return 2;
    }
    const Socket signals(signal_descriptor());
    auto listener = listen_on(options->listen);
    if (!listener) {
        std::cerr << "ocop-fault-proxy: cannot listen on " << options->listen.host << ':'
                  << options->listen.port << ": " << listener.error() << '\n';
        return 1;
    }
    FaultPlan plan(options->rates, options->seed, options->max_delay);
    std::cout << "ocop-fault-proxy listening on " << options->listen.host << ':'
              << local_port(*listener) << std::endl;
    serve(*options, *listener, signals, plan);
    write_stats(*options, plan);
    std::cout << "ocop-fault-proxy stats " << describe(plan.counts()) << std::endl;
    return 0;
}
