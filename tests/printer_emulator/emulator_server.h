#pragma once

// The network side of the ESC/POS printer emulator: a raw TCP port as a
// network thermal printer has (AppSocket/JetDirect, 9100), where each
// connection that carries more than status requests is a job, and a control
// port where a test changes the printer's condition one text line at a time.

#include "common/error.h"
#include "printer_emulator/paper.h"
#include "printer_emulator/printer_status.h"

#include <filesystem>
#include <string>
#include <vector>

namespace ocop::emulator {

struct EmulatorOptions {
    std::string address = "127.0.0.1";
    int port = 9100;      // 0: any free port
    int control_port = 0; // 0: any free port
    std::filesystem::path out_dir = ".";
    PaperOptions paper;
};

class EmulatorServer {
public:
    explicit EmulatorServer(EmulatorOptions options);
    EmulatorServer(const EmulatorServer&) = delete;
    EmulatorServer& operator=(const EmulatorServer&) = delete;
    ~EmulatorServer();

    // Opens both ports (and out_dir).
    Result<void> start();
    int port() const { return port_; }
    int control_port() const { return control_port_; }

    // Serves until stop_fd (e.g. a signalfd for SIGTERM) becomes readable.
    void run(int stop_fd);

private:
    struct Connection {
        int fd = -1;
        bool control = false;
        std::string bytes;       // printer: what arrived; control: an unfinished line
        std::size_t scanned = 0; // printer: bytes already read for status requests
    };

    Result<void> listen_printer();
    void accept_on(int listen_fd, bool control);
    // False when the connection is over.
    bool read_from(Connection& connection);
    void answer_status_requests(Connection& connection);
    void answer_control(Connection& connection);
    std::string control_reply(const std::string& command);
    void finish_job(const Connection& connection);
    void write_job(int number, const Connection& connection);

    EmulatorOptions options_;
    int listen_fd_ = -1;
    int control_fd_ = -1;
    int port_ = 0;
    int control_port_ = 0;
    PrinterState state_;
    std::vector<Connection> connections_;
    int jobs_ = 0;
};

} // namespace ocop::emulator
