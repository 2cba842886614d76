#include "printer_emulator/emulator_server.h"

#include <QString>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ocop::emulator {

namespace {

constexpr int kBacklog = 16;

void close_fd(int& fd) {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// A listening TCP socket on address:port (0: any free port); its port back.
Result<std::pair<int, int>> listen_on(const std::string& address, int port) {
    sockaddr_in where{};
    where.sin_family = AF_INET;
    where.sin_port = htons(static_cast<std::uint16_t>(port));
    if (::inet_pton(AF_INET, address.c_str(), &where.sin_addr) != 1)
        return fail("emulator.bad_address", "not an IPv4 address: " + address, "");
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    socklen_t length = sizeof where;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&where), sizeof where) != 0 ||
        ::listen(fd, kBacklog) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&where), &length) != 0) {
        const std::string why = std::strerror(errno);
        if (fd >= 0)
            ::close(fd);
        return fail("emulator.cannot_listen",
                    "cannot listen on " + address + ":" + std::to_string(port) + ": " + why, "");
    }
    return std::pair{fd, static_cast<int>(ntohs(where.sin_port))};
}

// Written under a temporary name and renamed, so that nobody reads half a file.
void write_file(const std::filesystem::path& file, std::string_view bytes) {
    const std::filesystem::path partial = file.string() + ".part";
    {
        std::ofstream out(partial, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    std::filesystem::rename(partial, file);
}

void write_png(const std::filesystem::path& file, const QImage& paper) {
    const std::filesystem::path partial = file.string() + ".part";
    paper.save(QString::fromStdString(partial.string()), "PNG");
    std::filesystem::rename(partial, file);
}

std::string job_name(int number, std::string_view extension) {
    char name[32];
    std::snprintf(name, sizeof name, "job-%03d.", number);
    return name + std::string(extension);
}

std::string trimmed(std::string text) {
    const auto first = text.find_first_not_of(" \t\r");
    const auto last = text.find_last_not_of(" \t\r");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

} // namespace

EmulatorServer::EmulatorServer(EmulatorOptions options) : options_(std::move(options)) {}

EmulatorServer::~EmulatorServer() {
    for (Connection& connection : connections_)
        close_fd(connection.fd);
    close_fd(listen_fd_);
    close_fd(control_fd_);
}

Result<void> EmulatorServer::listen_printer() {
    auto printer = listen_on(options_.address, port_ != 0 ? port_ : options_.port);
    if (!printer)
        return fail(printer.error());
    std::tie(listen_fd_, port_) = *printer;
    return {};
}

Result<void> EmulatorServer::start() {
    std::error_code error;
    std::filesystem::create_directories(options_.out_dir, error);
    if (error)
        return fail("emulator.bad_out_dir",
                    "cannot create " + options_.out_dir.string() + ": " + error.message(), "");
    if (auto printer = listen_printer(); !printer)
        return printer;
    auto control = listen_on(options_.address, options_.control_port);
    if (!control)
        return fail(control.error());
    std::tie(control_fd_, control_port_) = *control;
    return {};
}

void EmulatorServer::accept_on(int listen_fd, bool control) {
    const int fd = ::accept4(listen_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0)
        connections_.push_back({fd, control, {}, 0});
}

bool EmulatorServer::read_from(Connection& connection) {
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::recv(connection.fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            connection.bytes.append(buffer, static_cast<std::size_t>(got));
            continue;
        }
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (got < 0 && errno == EINTR)
            continue;
        return false; // end of stream, or the peer reset it
    }
    if (connection.control)
        answer_control(connection);
    else
        answer_status_requests(connection);
    return true;
}

// Real-time commands are answered as they arrive, between other commands,
// the way a printer answers them while it is still receiving a job.
void EmulatorServer::answer_status_requests(Connection& connection) {
    const DecodeStep step =
        decode_available(std::string_view(connection.bytes).substr(connection.scanned));
    connection.scanned += step.consumed;
    for (const EscposCommand& command : step.commands) {
        if (command.kind != CommandKind::StatusRequest)
            continue;
        if (const auto reply = dle_eot_reply(state_, command.value))
            ::send(connection.fd, &*reply, 1, MSG_NOSIGNAL);
    }
}

std::string EmulatorServer::control_reply(const std::string& command) {
    if (command == "status")
        return "ok " + state_.describe() + " jobs " + std::to_string(jobs_);
    const bool was_offline = state_.offline;
    if (!apply_control_command(state_, command))
        return "error unknown command '" + command +
               "' (paper-out, cover-open, near-end, offline, ready, status)";
    if (state_.offline && !was_offline)
        close_fd(listen_fd_); // connections are refused from now on
    if (!state_.offline && listen_fd_ < 0) {
        if (auto back = listen_printer(); !back)
            return "error " + back.error().message_en;
    }
    std::cerr << "emulator: " << command << " -> " << state_.describe() << std::endl;
    return "ok";
}

void EmulatorServer::answer_control(Connection& connection) {
    for (auto end = connection.bytes.find('\n'); end != std::string::npos;
         end = connection.bytes.find('\n')) {
        const std::string reply = control_reply(trimmed(connection.bytes.substr(0, end))) + "\n";
        connection.bytes.erase(0, end + 1);
        ::send(connection.fd, reply.data(), reply.size(), MSG_NOSIGNAL);
    }
}

void EmulatorServer::write_job(int number, const Connection& connection) {
    const auto commands = decode_escpos(connection.bytes);
    PrintedPaper printed = print_commands(commands, options_.paper);
    std::string log;
    if (!state_.prints())
        log = "not printed: " + state_.describe() + " (" + std::to_string(connection.bytes.size()) +
              " bytes received)\n";
    for (const std::string& line : printed.log)
        log += line + "\n";
    const auto file = [&](std::string_view extension) {
        return options_.out_dir / job_name(number, extension);
    };
    if (state_.prints() && !printed.paper.isNull())
        write_png(file("png"), printed.paper);
    write_file(file("log"), log);
    write_file(file("bin"), connection.bytes);
    std::cerr << "emulator: job " << number << ", " << connection.bytes.size() << " bytes, "
              << (state_.prints() ? "printed " + std::to_string(printed.paper.height()) + " rows"
                                  : "not printed (" + state_.describe() + ")")
              << std::endl;
}

// A connection that only asked for status is not a job.
void EmulatorServer::finish_job(const Connection& connection) {
    const auto commands = decode_escpos(connection.bytes);
    const bool job = std::any_of(commands.begin(), commands.end(), [](const EscposCommand& c) {
        return c.kind != CommandKind::StatusRequest;
    });
    if (!job)
        return;
    const int number = jobs_ + 1;
    write_job(number, connection);
    jobs_ = number; // counted once its files are there
}

void EmulatorServer::run(int stop_fd) {
    for (;;) {
        std::vector<pollfd> waits{
            {stop_fd, POLLIN, 0}, {control_fd_, POLLIN, 0}, {listen_fd_, POLLIN, 0}};
        for (const Connection& connection : connections_)
            waits.push_back({connection.fd, POLLIN, 0});
        if (::poll(waits.data(), waits.size(), -1) < 0 && errno != EINTR)
            return;
        if (waits[0].revents != 0)
            return;
        if (waits[1].revents & POLLIN)
            accept_on(control_fd_, true);
        if (listen_fd_ >= 0 && (waits[2].revents & POLLIN))
            accept_on(listen_fd_, false);
        // Connections accepted just now are polled next time round.
        for (std::size_t i = 3; i < waits.size(); ++i) {
            Connection& connection = connections_[i - 3];
            if (waits[i].revents == 0 || read_from(connection))
                continue;
            if (!connection.control)
                finish_job(connection);
            close_fd(connection.fd); // after the files: CUPS's backend waits for this
        }
        std::erase_if(connections_, [](const Connection& c) { return c.fd < 0; });
    }
}

} // namespace ocop::emulator
