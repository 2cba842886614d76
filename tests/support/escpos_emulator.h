#pragma once

// The ESC/POS network printer emulator (tests/printer_emulator) as a process
// beside a test or a bench: started on free loopback ports, told through its
// control port to run out of paper, open its cover, go offline or come back,
// and read back job by job (docs/printer-setup.md, "The emulator").

#include "support/child_process.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace ocop::test {

// One job as the emulator kept it: job-NNN.bin, job-NNN.log, job-NNN.png.
struct EmulatedJob {
    int number = 0;
    std::string bytes;            // exactly what arrived
    std::vector<std::string> log; // one decoded command a line
    std::filesystem::path png;    // the paper; empty when nothing was printed
    bool printed() const { return !png.empty(); }
    // The log has a line starting with `prefix` ("GS V cut", "ESC p drawer").
    bool logged(const std::string& prefix) const;
};

class EscposEmulator {
public:
    // Starts the emulator writing into `out_dir` (created); paper 576 dots
    // (80 mm) or 384 (58 mm). Throws std::runtime_error when it does not start.
    explicit EscposEmulator(std::filesystem::path out_dir, int paper_dots = 576);
    EscposEmulator(const EscposEmulator&) = delete;
    EscposEmulator& operator=(const EscposEmulator&) = delete;
    ~EscposEmulator();

    int port() const { return port_; }
    int control_port() const { return control_port_; }
    const std::filesystem::path& out_dir() const { return out_dir_; }
    // socket://127.0.0.1:PORT/?contimeout=N, for a CUPS queue.
    std::string device_uri(int contimeout_seconds = 5) const;

    // One control line; the emulator's answer ("ok", "ok ready jobs 2").
    std::string command(const std::string& line) const;
    // The conditions; each throws unless the emulator answers "ok".
    void paper_out() const;
    void cover_open() const;
    void near_end() const;
    void offline() const; // refuses connections until ready()
    void ready() const;   // paper in, cover shut, online

    // Jobs written so far (the emulator's own count).
    int job_count() const;
    // Waits until `count` jobs are written; throws after `timeout`.
    std::vector<EmulatedJob>
    wait_for_jobs(int count, std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;
    EmulatedJob job(int number) const;
    std::vector<EmulatedJob> jobs() const;

    // Stops it now (SIGTERM); the destructor does otherwise.
    void stop();

private:
    std::filesystem::path out_dir_;
    std::unique_ptr<ChildProcess> process_;
    int port_ = 0;
    int control_port_ = 0;
};

} // namespace ocop::test
