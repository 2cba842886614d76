#include "sync/daemon/signal_watch.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace ocop::syncd {

Result<SignalWatch> SignalWatch::open() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGUSR1);
    if (sigprocmask(SIG_BLOCK, &signals, nullptr) != 0) {
        return fail("syncd.signals", std::string("cannot block signals: ") + std::strerror(errno),
                    "Dịch vụ đồng bộ không khởi động được. Báo cho kỹ thuật viên.");
    }
    const int fd = signalfd(-1, &signals, SFD_CLOEXEC);
    if (fd < 0) {
        return fail("syncd.signals", std::string("cannot open a signalfd: ") + std::strerror(errno),
                    "Dịch vụ đồng bộ không khởi động được. Báo cho kỹ thuật viên.");
    }
    return SignalWatch(fd);
}

SignalWatch::SignalWatch(SignalWatch&& other) noexcept : fd_(other.fd_) {
    other.fd_ = -1;
}

SignalWatch::~SignalWatch() {
    if (fd_ >= 0)
        close(fd_);
}

Wake SignalWatch::wait(std::chrono::milliseconds timeout) {
    pollfd watched{fd_, POLLIN, 0};
    const int ready = poll(&watched, 1, static_cast<int>(timeout.count()));
    if (ready <= 0)
        return Wake::timeout; // EINTR included: the loop simply looks again
    signalfd_siginfo info{};
    if (read(fd_, &info, sizeof info) != static_cast<ssize_t>(sizeof info))
        return Wake::timeout;
    return info.ssi_signo == SIGUSR1 ? Wake::pull_now : Wake::stop;
}

} // namespace ocop::syncd
