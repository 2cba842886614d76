#pragma once

#include "common/error.h"
#include "drivers/scanner/scanner.h"

#include <QByteArray>
#include <QSerialPort>
#include <QString>
#include <QTimer>

#include <chrono>
#include <string_view>

namespace ocop::drivers {

struct SerialConfig {
    // "ttyACM0", "/dev/ttyACM0", or better a name that survives re-plugging
    // into another socket: "/dev/serial/by-id/usb-<maker>_<model>_<serial>-if00".
    QString port_name;
    qint32 baud_rate = 9600;      // USB-CDC scanners ignore it; RS-232 ones need the right one
    QByteArray terminator = "\r"; // what the scanner sends after each code
    std::chrono::milliseconds retry_interval{1000}; // while the port is missing
    // A code longer than this with no terminator means the terminator setting
    // is wrong: the bytes are dropped and the status says so.
    qsizetype max_code_bytes = 4096;
};

// A terminator from configuration: "CR", "LF", "CRLF", "TAB", "ETX", or one
// byte as "0x03" (any case). scanner.bad_terminator otherwise.
Result<QByteArray> parse_terminator(std::string_view name);

// A scanner on a serial port (RS-232, or USB in CDC-ACM / "virtual COM"
// mode): one Scan per terminated line, the text exactly as received (UTF-8
// when the scanner sends it) without the terminator. Empty lines are skipped.
//
// Unplugging is expected: on a read failure the port is closed, the status
// says so, and opening is retried every retry_interval until the device is
// back; nothing else needs to happen for scanning to resume.
class SerialScanner : public Scanner {
    Q_OBJECT
public:
    explicit SerialScanner(SerialConfig config, QObject* parent = nullptr);

    // Opens the port now, or starts retrying when it cannot.
    void start();
    void stop();

    bool is_connected() const { return port_.isOpen(); }
    // The latest status, as last sent with statusChanged.
    const QString& status() const { return status_; }
    const SerialConfig& config() const { return config_; }

private:
    void try_open();
    void read_available();
    void on_error(QSerialPort::SerialPortError error);
    void lose(const QString& why);
    void emit_codes();
    void set_status(const QString& status);
    QString retrying() const;

    SerialConfig config_;
    QSerialPort port_;
    QTimer retry_timer_;
    QByteArray pending_; // bytes after the last terminator
    QString status_;
};

} // namespace ocop::drivers
