#include "support/escpos_emulator.h"

#include <arpa/inet.h>
#include <cstdio>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#ifndef OCOP_ESCPOS_EMULATOR
#error "OCOP_ESCPOS_EMULATOR must name the ocop-escpos-emulator program"
#endif

namespace ocop::test {

namespace {

constexpr auto kStartTimeout = std::chrono::seconds(10);
constexpr int kReplyTimeoutMs = 5000;

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string job_file(const std::filesystem::path& dir, int number, const char* extension) {
    char name[32];
    std::snprintf(name, sizeof name, "job-%03d.%s", number, extension);
    return (dir / name).string();
}

// "listening 127.0.0.1 PORT control CONTROL_PORT"
bool parse_listening(const std::string& output, int& port, int& control_port) {
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        char address[64] = {};
        if (std::sscanf(line.c_str(), "listening %63s %d control %d", address, &port,
                        &control_port) == 3)
            return true;
    }
    return false;
}

class Socket {
public:
    explicit Socket(int port) : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
            throw std::runtime_error("cannot reach the emulator's control port " +
                                     std::to_string(port));
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    ~Socket() {
        if (fd_ >= 0)
            ::close(fd_);
    }

    std::string exchange(const std::string& line) const {
        const std::string sent = line + "\n";
        if (::send(fd_, sent.data(), sent.size(), MSG_NOSIGNAL) !=
            static_cast<ssize_t>(sent.size()))
            throw std::runtime_error("cannot send '" + line + "' to the emulator");
        std::string reply;
        char c = 0;
        pollfd wait{fd_, POLLIN, 0};
        while (::poll(&wait, 1, kReplyTimeoutMs) == 1 && ::recv(fd_, &c, 1, 0) == 1 && c != '\n')
            reply += c;
        if (c != '\n')
            throw std::runtime_error("the emulator did not answer '" + line + "'");
        return reply;
    }

private:
    int fd_;
};

} // namespace

bool EmulatedJob::logged(const std::string& prefix) const {
    for (const std::string& line : log)
        if (line.starts_with(prefix))
            return true;
    return false;
}

EscposEmulator::EscposEmulator(std::filesystem::path out_dir, int paper_dots)
    : out_dir_(std::move(out_dir)) {
    std::filesystem::create_directories(out_dir_);
    process_ = std::make_unique<ChildProcess>(
        OCOP_ESCPOS_EMULATOR,
        std::vector<std::string>{"--out", out_dir_.string(), "--port", "0", "--control-port", "0",
                                 "--paper-dots", std::to_string(paper_dots)},
        out_dir_ / "emulator.out");
    const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
    while (!parse_listening(process_->output(), port_, control_port_)) {
        if (!process_->running() || std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("the ESC/POS emulator did not start:\n" + process_->output());
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

EscposEmulator::~EscposEmulator() {
    stop();
}

void EscposEmulator::stop() {
    if (process_)
        process_->stop();
}

std::string EscposEmulator::device_uri(int contimeout_seconds) const {
    return "socket://127.0.0.1:" + std::to_string(port_) +
           "/?contimeout=" + std::to_string(contimeout_seconds);
}

std::string EscposEmulator::command(const std::string& line) const {
    return Socket(control_port_).exchange(line);
}

namespace {
void expect_ok(const EscposEmulator& emulator, const std::string& line) {
    if (const std::string reply = emulator.command(line); reply != "ok")
        throw std::runtime_error("the emulator answered '" + reply + "' to '" + line + "'");
}
} // namespace

void EscposEmulator::paper_out() const {
    expect_ok(*this, "paper-out");
}
void EscposEmulator::cover_open() const {
    expect_ok(*this, "cover-open");
}
void EscposEmulator::near_end() const {
    expect_ok(*this, "near-end");
}
void EscposEmulator::offline() const {
    expect_ok(*this, "offline");
}
void EscposEmulator::ready() const {
    expect_ok(*this, "ready");
}

int EscposEmulator::job_count() const {
    const std::string reply = command("status");
    const auto at = reply.rfind(" jobs ");
    if (!reply.starts_with("ok") || at == std::string::npos)
        throw std::runtime_error("the emulator answered '" + reply + "' to 'status'");
    return std::stoi(reply.substr(at + 6));
}

std::vector<EmulatedJob> EscposEmulator::wait_for_jobs(int count,
                                                       std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (job_count() < count) {
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("the emulator received " + std::to_string(job_count()) +
                                     " job(s), not " + std::to_string(count));
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return jobs();
}

EmulatedJob EscposEmulator::job(int number) const {
    EmulatedJob job;
    job.number = number;
    job.bytes = read_file(job_file(out_dir_, number, "bin"));
    std::istringstream lines(read_file(job_file(out_dir_, number, "log")));
    for (std::string line; std::getline(lines, line);)
        job.log.push_back(line);
    if (const std::filesystem::path png = job_file(out_dir_, number, "png");
        std::filesystem::exists(png))
        job.png = png;
    return job;
}

std::vector<EmulatedJob> EscposEmulator::jobs() const {
    std::vector<EmulatedJob> all;
    for (int number = 1; std::filesystem::exists(job_file(out_dir_, number, "bin")); ++number)
        all.push_back(job(number));
    return all;
}

} // namespace ocop::test
