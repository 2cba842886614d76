#pragma once

// A program running beside a test (a private cupsd, the printer emulator),
// its standard output and error going to a file; stopped with SIGTERM, and
// SIGKILL after a grace period, when the object goes. Only that process is
// signalled, never anything found by name.

#include <chrono>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ocop::test {

class ChildProcess {
public:
    // Starts `program` (a path) with the arguments; throws std::runtime_error
    // when it cannot be started.
    ChildProcess(const std::string& program, const std::vector<std::string>& arguments,
                 std::filesystem::path output);
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    pid_t pid() const { return pid_; }
    // False once it has exited (its status is then kept).
    bool running();
    // SIGTERM, then SIGKILL after `grace`; its exit status (128 + signal when
    // killed). Stopping a stopped process answers the same status again.
    int stop(std::chrono::milliseconds grace = std::chrono::seconds(5));
    // Everything it wrote so far.
    std::string output() const;
    const std::filesystem::path& output_file() const { return output_; }

private:
    pid_t pid_ = -1;
    int status_ = -1;
    std::filesystem::path output_;
};

// The full path of a program in $PATH, /usr/sbin or /sbin (lpadmin and cupsd
// live in sbin, which a plain user's PATH may lack); "" when there is none.
std::string find_program(const std::string& name);

} // namespace ocop::test
