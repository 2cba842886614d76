#include "drivers/scanner/serial_scanner.h"

#include <charconv>
#include <optional>
#include <string>
#include <utility>

namespace ocop::drivers {

namespace {

std::string upper(std::string_view text) {
    std::string result(text);
    for (char& c : result)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return result;
}

std::optional<char> hex_byte(std::string_view text) {
    if (text.size() != 4 || text.substr(0, 2) != "0X")
        return std::nullopt;
    unsigned value = 0;
    const auto [end, error] = std::from_chars(text.data() + 2, text.data() + 4, value, 16);
    if (error != std::errc() || end != text.data() + 4)
        return std::nullopt;
    return static_cast<char>(value);
}

} // namespace

Result<QByteArray> parse_terminator(std::string_view name) {
    const std::string key = upper(name);
    if (key == "CR")
        return QByteArray("\r");
    if (key == "LF")
        return QByteArray("\n");
    if (key == "CRLF")
        return QByteArray("\r\n");
    if (key == "TAB")
        return QByteArray("\t");
    if (key == "ETX")
        return QByteArray("\x03");
    if (const auto byte = hex_byte(key); byte && *byte != '\0')
        return QByteArray(1, *byte);
    return fail("scanner.bad_terminator",
                "unknown scanner terminator \"" + std::string(name) +
                    "\" (CR, LF, CRLF, TAB, ETX or a byte such as 0x03)",
                "Ký tự kết thúc mã của máy quét không hợp lệ: \"" + std::string(name) + "\".");
}

SerialScanner::SerialScanner(SerialConfig config, QObject* parent)
    : Scanner(parent), config_(std::move(config)) {
    retry_timer_.setInterval(config_.retry_interval);
    connect(&retry_timer_, &QTimer::timeout, this, &SerialScanner::try_open);
    connect(&port_, &QSerialPort::readyRead, this, &SerialScanner::read_available);
    // Queued: QSerialPort reports a read failure from inside its own socket
    // notifier, and closing the port there deletes that notifier under it.
    connect(&port_, &QSerialPort::errorOccurred, this, &SerialScanner::on_error,
            Qt::QueuedConnection);
}

void SerialScanner::start() {
    if (!port_.isOpen())
        try_open();
}

void SerialScanner::stop() {
    retry_timer_.stop();
    port_.close();
    pending_.clear();
    set_status(QStringLiteral("stopped: %1").arg(config_.port_name));
}

void SerialScanner::try_open() {
    port_.setPortName(config_.port_name);
    port_.setBaudRate(config_.baud_rate);
    port_.setDataBits(QSerialPort::Data8);
    port_.setParity(QSerialPort::NoParity);
    port_.setStopBits(QSerialPort::OneStop);
    port_.setFlowControl(QSerialPort::NoFlowControl);
    if (port_.open(QIODevice::ReadOnly)) {
        retry_timer_.stop();
        pending_.clear();
        set_status(QStringLiteral("connected: %1 at %2 baud")
                       .arg(config_.port_name)
                       .arg(config_.baud_rate));
        return;
    }
    set_status(QStringLiteral("waiting for %1 (%2); %3")
                   .arg(config_.port_name, port_.errorString(), retrying()));
    port_.clearError();
    if (!retry_timer_.isActive())
        retry_timer_.start();
}

void SerialScanner::read_available() {
    pending_ += port_.readAll();
    emit_codes();
}

void SerialScanner::on_error(QSerialPort::SerialPortError error) {
    // ResourceError is a USB device pulled out (EIO); a pseudo-terminal whose
    // other end closed reads end-of-file instead, which QSerialPort 6.4
    // reports as ReadError. Either way the device is gone.
    switch (error) {
    case QSerialPort::ResourceError:
    case QSerialPort::ReadError:
    case QSerialPort::UnknownError:
        lose(port_.errorString());
        break;
    default:
        break; // open failures are handled where open() is called
    }
}

void SerialScanner::lose(const QString& why) {
    if (!port_.isOpen())
        return; // a queued report about a port already closed
    port_.close();
    port_.clearError();
    pending_.clear(); // a code cut by the unplug is not a code
    set_status(QStringLiteral("lost %1 (%2); %3").arg(config_.port_name, why, retrying()));
    retry_timer_.start();
}

void SerialScanner::emit_codes() {
    const QByteArray& terminator = config_.terminator;
    for (qsizetype end = pending_.indexOf(terminator); end >= 0;
         end = pending_.indexOf(terminator)) {
        const QByteArray code = pending_.left(end);
        pending_.remove(0, end + terminator.size());
        if (!code.isEmpty())
            emit scanned(
                Scan{code.toStdString(), "", ScanSource::Serial, std::chrono::system_clock::now()});
    }
    if (pending_.size() > config_.max_code_bytes) {
        set_status(QStringLiteral("dropped %1 bytes from %2 with no terminator: check the "
                                  "scanner's terminator setting")
                       .arg(pending_.size())
                       .arg(config_.port_name));
        pending_.clear();
    }
}

void SerialScanner::set_status(const QString& status) {
    if (status == status_)
        return;
    status_ = status;
    emit statusChanged(status_);
}

QString SerialScanner::retrying() const {
    return QStringLiteral("retrying every %1 ms").arg(config_.retry_interval.count());
}

} // namespace ocop::drivers
