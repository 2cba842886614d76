// ocop-escpos-emulator: a network ESC/POS receipt printer on loopback, for
// tests, benches and a technician's desk (docs/printer-setup.md).
//
//   ocop-escpos-emulator --out DIR [--port 9100] [--control-port 0]
//                        [--address 127.0.0.1] [--paper-dots 576]
//
// Prints "listening ADDRESS PORT control CONTROL_PORT" once it accepts
// connections, then serves until SIGTERM or SIGINT. Each job is written to
// DIR as job-NNN.bin (the bytes), job-NNN.log (one command a line) and
// job-NNN.png (the paper; none when it was not printed).

#include "printer_emulator/emulator_server.h"

#include <QGuiApplication>

#include <charconv>
#include <csignal>
#include <iostream>
#include <optional>
#include <string_view>
#include <sys/signalfd.h>
#include <unistd.h>

namespace {

constexpr std::string_view kUsage =
    "usage: ocop-escpos-emulator --out DIR [--port N] [--control-port N] [--address IPV4] "
    "[--paper-dots 576|384]\n";

std::optional<int> number(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < 0 || value > 65535)
        return std::nullopt;
    return value;
}

std::optional<ocop::emulator::EmulatorOptions> parse(int argc, char** argv) {
    ocop::emulator::EmulatorOptions options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view name = argv[i];
        const std::string_view value = argv[i + 1];
        const auto n = number(value);
        if (name == "--out")
            options.out_dir = value;
        else if (name == "--address")
            options.address = value;
        else if (name == "--port" && n)
            options.port = *n;
        else if (name == "--control-port" && n)
            options.control_port = *n;
        else if (name == "--paper-dots" && n && *n >= 8)
            options.paper.width_dots = *n;
        else
            return std::nullopt;
    }
    if (argc % 2 == 0)
        return std::nullopt;
    return options;
}

// SIGTERM and SIGINT as a file descriptor the server polls, blocked in every
// thread Qt may start.
int stop_signals() {
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGINT);
    pthread_sigmask(SIG_BLOCK, &wanted, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    return signalfd(-1, &wanted, SFD_CLOEXEC);
}

} // namespace

int main(int argc, char** argv) {
    const auto options = parse(argc, argv);
    if (!options) {
        std::cerr << kUsage;
        return 2;
    }
    const int stop = stop_signals();
    // Fonts need Qt Gui; there is no screen to show anything on.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qt_argc = 1;
    QGuiApplication app(qt_argc, argv);
    ocop::emulator::EmulatorServer server(*options);
    if (auto started = server.start(); !started) {
        std::cerr << "ocop-escpos-emulator: " << started.error().message_en << "\n";
        return 1;
    }
    std::cout << "listening " << options->address << " " << server.port() << " control "
              << server.control_port() << std::endl;
    server.run(stop);
    ::close(stop);
    return 0;
}
