#include "drivers/scanner/serial_scanner.h"
#include "support/expect.h"
#include "support/temp_dir.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ocop::drivers;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::TempDir;

namespace {

// A pseudo-terminal pair standing in for a scanner: the port under test
// opens the slave (/dev/pts/N) as it would /dev/ttyACM0; what the test
// writes to the master is what the scanner "sends". Closing the master is
// the cable being pulled.
class FakeScanner {
public:
    FakeScanner() {
        master_ = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (master_ < 0 || grantpt(master_) != 0 || unlockpt(master_) != 0)
            throw std::runtime_error("cannot make a pseudo-terminal");
        char name[128];
        if (ptsname_r(master_, name, sizeof name) != 0)
            throw std::runtime_error("ptsname_r failed");
        slave_ = name;
    }
    FakeScanner(const FakeScanner&) = delete;
    FakeScanner& operator=(const FakeScanner&) = delete;
    ~FakeScanner() { unplug(); }

    void send(std::string_view bytes) {
        if (::write(master_, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size()))
            throw std::runtime_error("write to the pseudo-terminal failed");
    }
    void unplug() {
        if (master_ >= 0)
            ::close(master_);
        master_ = -1;
    }
    const std::string& device() const { return slave_; }

private:
    int master_ = -1;
    std::string slave_;
};

struct Scans {
    std::vector<Scan> got;
    explicit Scans(SerialScanner& scanner) {
        QObject::connect(&scanner, &SerialScanner::scanned,
                         [this](const Scan& scan) { got.push_back(scan); });
    }
    bool wait_for(std::size_t count) {
        return QTest::qWaitFor([&] { return got.size() >= count; }, 3000);
    }
    std::vector<std::string> texts() const {
        std::vector<std::string> result;
        for (const Scan& scan : got)
            result.push_back(scan.text);
        return result;
    }
};

SerialConfig config_for(const std::string& port, QByteArray terminator = "\r") {
    SerialConfig config;
    config.port_name = QString::fromStdString(port);
    config.terminator = std::move(terminator);
    config.retry_interval = std::chrono::milliseconds(50);
    return config;
}

bool status_starts_with(const SerialScanner& scanner, const char* prefix) {
    return QTest::qWaitFor([&] { return scanner.status().startsWith(prefix); }, 3000);
}

} // namespace

TEST_CASE("serial: one code per terminated line, terminator stripped", "[serial]") {
    FakeScanner device;
    SerialScanner scanner(config_for(device.device()));
    Scans scans(scanner);
    scanner.start();
    REQUIRE(scanner.is_connected());

    device.send("8935049500018\r");
    REQUIRE(scans.wait_for(1));
    CHECK(scans.got[0].text == "8935049500018");
    CHECK(scans.got[0].source == ScanSource::Serial);
}

TEST_CASE("serial: several codes in one write, in order", "[serial]") {
    FakeScanner device;
    SerialScanner scanner(config_for(device.device()));
    Scans scans(scanner);
    scanner.start();

    device.send("8935049500018\r]Q1OCOP1:ABC\r\r8936036020036\r");
    REQUIRE(scans.wait_for(3));
    QTest::qWait(50);
    CHECK(scans.texts() ==
          std::vector<std::string>{"8935049500018", "]Q1OCOP1:ABC", "8936036020036"});
}

TEST_CASE("serial: a code split across writes is one code", "[serial]") {
    FakeScanner device;
    SerialScanner scanner(config_for(device.device(), "\r\n"));
    Scans scans(scanner);
    scanner.start();

    device.send("89350");
    QTest::qWait(30);
    device.send("49500018\r");
    QTest::qWait(30); // the terminator itself split in two
    CHECK(scans.got.empty());
    device.send("\n");
    REQUIRE(scans.wait_for(1));
    CHECK(scans.texts() == std::vector<std::string>{"8935049500018"});
}

TEST_CASE("serial: CR, LF, CRLF and single-byte terminators", "[serial]") {
    struct Case {
        const char* name;
        std::string sent;
    };
    const auto [name, sent] =
        GENERATE(Case{"CR", "ABC\rDEF\r"}, Case{"LF", "ABC\nDEF\n"}, Case{"CRLF", "ABC\r\nDEF\r\n"},
                 Case{"0x03", "ABC\x03"
                              "DEF\x03"},
                 Case{"tab", "ABC\tDEF\t"});
    CAPTURE(name);
    FakeScanner device;
    SerialScanner scanner(config_for(device.device(), must(parse_terminator(name))));
    Scans scans(scanner);
    scanner.start();

    device.send(sent);
    REQUIRE(scans.wait_for(2));
    CHECK(scans.texts() == std::vector<std::string>{"ABC", "DEF"});
}

TEST_CASE("serial: only the configured terminator is stripped", "[serial]") {
    // A scanner set to CRLF while the till expects CR: the LF shows up at the
    // start of the next code, which makes the misconfiguration visible.
    FakeScanner device;
    SerialScanner scanner(config_for(device.device(), "\r"));
    Scans scans(scanner);
    scanner.start();
    device.send("ABC\r\nDEF\r\n");
    REQUIRE(scans.wait_for(2));
    CHECK(scans.texts() == std::vector<std::string>{"ABC", "\nDEF"});
}

TEST_CASE("serial: Vietnamese UTF-8 arrives byte for byte", "[serial]") {
    FakeScanner device;
    SerialScanner scanner(config_for(device.device()));
    Scans scans(scanner);
    scanner.start();

    const std::string text = "Mật ong hoa dừa Trà Vinh – 500 g ★ Ễ";
    device.send(text + "\r");
    REQUIRE(scans.wait_for(1));
    CHECK(scans.got[0].text == text);
}

TEST_CASE("serial: bytes that never end are dropped and reported", "[serial]") {
    FakeScanner device;
    SerialConfig config = config_for(device.device());
    config.max_code_bytes = 64;
    SerialScanner scanner(config);
    Scans scans(scanner);
    scanner.start();

    device.send(std::string(100, 'A'));
    REQUIRE(status_starts_with(scanner, "dropped"));
    device.send("ABC\r");
    REQUIRE(scans.wait_for(1));
    CHECK(scans.texts() == std::vector<std::string>{"ABC"});
}

TEST_CASE("serial: unplugged and plugged back in, scanning resumes by itself", "[serial]") {
    // The port name is a symlink the test controls, as /dev/serial/by-id/…
    // is for a real scanner: a new pseudo-terminal gets a new number, the
    // link keeps the name.
    TempDir dir;
    const auto link = dir.file("scanner0");
    auto device = std::make_unique<FakeScanner>();
    std::filesystem::create_symlink(device->device(), link);

    SerialScanner scanner(config_for(link.string()));
    QSignalSpy statuses(&scanner, &SerialScanner::statusChanged);
    Scans scans(scanner);
    scanner.start();
    REQUIRE(scanner.is_connected());
    CHECK(scanner.status().startsWith("connected"));
    device->send("BEFORE\r");
    REQUIRE(scans.wait_for(1));

    // Pulled out: half a code was on the wire.
    device->send("HALF");
    QTest::qWait(30);
    device.reset();
    std::filesystem::remove(link);
    REQUIRE(status_starts_with(scanner, "lost"));
    CHECK_FALSE(scanner.is_connected());
    REQUIRE(status_starts_with(scanner, "waiting for"));
    const auto reported = statuses.count();
    QTest::qWait(300); // several retries, one status: the log is not flooded
    CHECK(statuses.count() == reported);

    // Plugged back in.
    device = std::make_unique<FakeScanner>();
    std::filesystem::create_symlink(device->device(), link);
    REQUIRE(status_starts_with(scanner, "connected"));
    CHECK(scanner.is_connected());
    device->send("AFTER\r");
    REQUIRE(scans.wait_for(2));
    CHECK(scans.texts() == std::vector<std::string>{"BEFORE", "AFTER"});
}

TEST_CASE("serial: a scanner that is not there at start is waited for", "[serial]") {
    TempDir dir;
    const auto link = dir.file("scanner0");
    SerialScanner scanner(config_for(link.string()));
    Scans scans(scanner);
    scanner.start();
    CHECK_FALSE(scanner.is_connected());
    CHECK(scanner.status().startsWith("waiting for"));

    FakeScanner device;
    std::filesystem::create_symlink(device.device(), link);
    REQUIRE(status_starts_with(scanner, "connected"));
    device.send("8935049500018\r");
    REQUIRE(scans.wait_for(1));

    scanner.stop();
    CHECK(scanner.status().startsWith("stopped"));
    CHECK_FALSE(scanner.is_connected());
}

TEST_CASE("serial: terminator names from configuration", "[serial]") {
    CHECK(must(parse_terminator("CR")) == "\r");
    CHECK(must(parse_terminator("lf")) == "\n");
    CHECK(must(parse_terminator("CrLf")) == "\r\n");
    CHECK(must(parse_terminator("TAB")) == "\t");
    CHECK(must(parse_terminator("ETX")) == "\x03");
    CHECK(must(parse_terminator("0x1D")) == "\x1d");
    CHECK(error_code(parse_terminator("enter")) == "scanner.bad_terminator");
    CHECK(error_code(parse_terminator("0x00")) == "scanner.bad_terminator");
    CHECK(error_code(parse_terminator("0x1G")) == "scanner.bad_terminator");
    CHECK(error_code(parse_terminator("")) == "scanner.bad_terminator");
}
