#pragma once

// ocop-syncd running as the service does, for one till: started, killed
// with SIGKILL and started again at any point, nudged with SIGUSR1 to pull
// now, and stopped with SIGTERM. Stopped (and never left behind) when the
// object goes, whatever the test did.

#include "support/child_process.h"
#include "till.h"

#include <memory>
#include <string>
#include <string_view>

namespace ocop::test {

class SyncDaemon {
public:
    SyncDaemon(const Till& till, std::string hq_url, int pull_interval_seconds);

    void start();
    void kill();    // SIGKILL, then reaped
    void restart(); // kill() and start()
    void pull_now();
    // Waits for a line of its log starting with `prefix` (since its last start).
    void wait_for_log(std::string_view prefix);
    // SIGTERM; its exit status.
    int stop();
    const Till& till() const { return till_; }
    int starts() const { return starts_; }
    // Every log it wrote, for a failing test's message.
    std::string logs() const;

private:
    const Till& till_;
    std::string hq_url_;
    int pull_interval_seconds_;
    std::unique_ptr<ChildProcess> process_;
    int starts_ = 0;
};

} // namespace ocop::test
