#pragma once

// A private CUPS scheduler for tests and benches: `cupsd -f` with its own
// ServerRoot, spool, logs and state in a temporary folder, listening on a
// free loopback port, so that no system CUPS service or queue is touched
// (docs/printer-setup.md, "The private cupsd of the tests"). While it lives,
// CUPS_SERVER points this process (libcups included) and the programs it
// starts at it; the destructor stops that cupsd and nothing else, and puts
// CUPS_SERVER back.
//
// Needs root (cupsd runs its backends as the `lp` user) and the Debian
// packages cups and cups-client (installer/packages.txt). Failures throw
// std::runtime_error with cupsd's own log, so a test says why.

#include "support/child_process.h"
#include "support/process.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ocop::test {

class PrivateCupsd {
public:
    PrivateCupsd();
    PrivateCupsd(const PrivateCupsd&) = delete;
    PrivateCupsd& operator=(const PrivateCupsd&) = delete;
    ~PrivateCupsd();

    int port() const { return port_; }
    // "127.0.0.1:PORT", the value of CUPS_SERVER.
    std::string server() const;
    // {"CUPS_SERVER", server()}: for run_process, when a child must reach it.
    std::map<std::string, std::string> environment() const;
    const std::filesystem::path& root() const { return dir_.path(); }

    // A raw queue (no driver, bytes go through untouched) on `device_uri`,
    // enabled and accepting, with printer-error-policy=abort-job; a paper
    // width > 0 is recorded as installer/provision-printer.sh records it
    // (ocop-paper-width, which list_destinations reads).
    void add_raw_queue(const std::string& name, const std::string& device_uri,
                       int paper_width_mm = 80);
    // cupsdisable / cupsenable: jobs wait at CUPS while a queue is stopped.
    void stop_queue(const std::string& name);
    void start_queue(const std::string& name);

    // Runs a CUPS command-line tool (lpadmin, lpstat, lp, cupsenable, …)
    // against this scheduler.
    ProcessResult run_tool(const std::string& name,
                           const std::vector<std::string>& arguments) const;

    // Stops cupsd now (a test of "CUPS is not running"); the object stays.
    void stop();
    bool running();
    std::string error_log() const;

private:
    void write_config() const;
    bool start_once();

    TempDir dir_;
    int port_ = 0;
    std::unique_ptr<ChildProcess> cupsd_;
    std::optional<std::string> previous_server_;
};

// socket://HOST:PORT/?contimeout=N, the device URI of a network thermal
// printer whose jobs are aborted after N seconds of no connection.
std::string socket_device_uri(int port, int contimeout_seconds = 5,
                              const std::string& host = "127.0.0.1");

} // namespace ocop::test
