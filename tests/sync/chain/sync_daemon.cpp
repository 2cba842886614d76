#include "sync_daemon.h"

#include "output_line.h"

#include <csignal>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ocop::test {

SyncDaemon::SyncDaemon(const Till& till, std::string hq_url, int pull_interval_seconds)
    : till_(till), hq_url_(std::move(hq_url)), pull_interval_seconds_(pull_interval_seconds) {}

void SyncDaemon::start() {
    if (process_)
        return;
    ++starts_;
    process_ = std::make_unique<ChildProcess>(
        OCOP_SYNCD_BINARY, till_.daemon_arguments(hq_url_, pull_interval_seconds_),
        till_.folder() / ("ocop-syncd-" + std::to_string(starts_) + ".log"));
}

void SyncDaemon::kill() {
    if (!process_)
        return;
    if (process_->running())
        ::kill(process_->pid(), SIGKILL);
    process_->stop();
    process_.reset();
}

void SyncDaemon::restart() {
    kill();
    start();
}

void SyncDaemon::pull_now() {
    if (process_ && process_->running())
        ::kill(process_->pid(), SIGUSR1);
}

void SyncDaemon::wait_for_log(std::string_view prefix) {
    if (!process_)
        throw std::runtime_error("ocop-syncd is not running");
    wait_for_line(*process_, prefix);
}

int SyncDaemon::stop() {
    if (!process_)
        return -1;
    const int status = process_->stop(std::chrono::seconds(15));
    process_.reset();
    return status;
}

std::string SyncDaemon::logs() const {
    std::string text;
    for (int start = 1; start <= starts_; ++start) {
        const auto path = till_.folder() / ("ocop-syncd-" + std::to_string(start) + ".log");
        std::ifstream in(path);
        std::ostringstream content;
        content << in.rdbuf();
        text += "--- " + path.filename().string() + "\n" + content.str();
    }
    return text;
}

} // namespace ocop::test
