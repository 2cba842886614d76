#include "support/private_cupsd.h"

#include <arpa/inet.h>
#include <cstdlib>
#include <cups/cups.h>
#include <fstream>
#include <netinet/in.h>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace ocop::test {

namespace {

constexpr auto kStartTimeout = std::chrono::seconds(10);
constexpr int kStartAttempts = 3;

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// A port nobody listens on now (the kernel's choice); cupsd takes it a
// moment later, and a lost race is retried.
int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), length) == 0 &&
                       ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!bound)
        throw std::runtime_error("cannot find a free loopback port for cupsd");
    return ntohs(address.sin_port);
}

bool answers(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopback(port);
    const bool connected =
        fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    if (fd >= 0)
        ::close(fd);
    return connected;
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_file(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

const passwd& lp_user() {
    const passwd* lp = ::getpwnam("lp");
    if (!lp)
        throw std::runtime_error(
            "there is no 'lp' user for cupsd's backends (Debian package cups)");
    return *lp;
}

// cupsd runs as root and its backends as lp, which must reach the spool and
// write its temporary files.
void make_folders(const std::filesystem::path& root) {
    const passwd& lp = lp_user();
    std::filesystem::permissions(root, std::filesystem::perms(0755));
    for (const char* folder : {"spool", "cache", "state", "tmp", "log", "ssl"}) {
        std::filesystem::create_directories(root / folder);
        if (::chown((root / folder).c_str(), lp.pw_uid, lp.pw_gid) != 0)
            throw std::runtime_error("cannot hand " + (root / folder).string() + " to lp");
    }
}

void check_can_run() {
    if (::geteuid() != 0)
        throw std::runtime_error("a private cupsd needs root: cupsd runs its backends as the lp "
                                 "user (run the tests as root, as tests/run.sh does)");
    if (find_program("cupsd").empty() || find_program("lpadmin").empty())
        throw std::runtime_error("cupsd or lpadmin is not installed: run installer/setup.sh "
                                 "(Debian packages cups, cups-client)");
}

} // namespace

PrivateCupsd::PrivateCupsd() {
    check_can_run();
    make_folders(dir_.path());
    for (int attempt = 1; !start_once(); ++attempt)
        if (attempt == kStartAttempts)
            throw std::runtime_error("the private cupsd did not start:\n" + error_log());
    if (const char* previous = std::getenv("CUPS_SERVER"))
        previous_server_ = previous;
    ::setenv("CUPS_SERVER", server().c_str(), 1);
    // libcups keeps the server it read first, per thread: tell it.
    cupsSetServer(server().c_str());
}

PrivateCupsd::~PrivateCupsd() {
    stop();
    if (previous_server_)
        ::setenv("CUPS_SERVER", previous_server_->c_str(), 1);
    else
        ::unsetenv("CUPS_SERVER");
    cupsSetServer(nullptr);
}

std::string PrivateCupsd::server() const {
    return "127.0.0.1:" + std::to_string(port_);
}

std::map<std::string, std::string> PrivateCupsd::environment() const {
    return {{"CUPS_SERVER", server()}};
}

void PrivateCupsd::write_config() const {
    const std::string root = dir_.path().string();
    write_file(dir_.file("cups-files.conf"),
               "ServerRoot " + root + "\nRequestRoot " + root + "/spool\nCacheDir " + root +
                   "/cache\nStateDir " + root + "/state\nTempDir " + root +
                   "/tmp\nServerKeychain " + root + "/ssl\nPrintcap " + root +
                   "/printcap\nAccessLog " + root + "/log/access_log\nErrorLog " + root +
                   "/log/error_log\nPageLog " + root +
                   "/log/page_log\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
                   "FileDevice Yes\nUser lp\nGroup lp\nSystemGroup root\n");
    write_file(dir_.file("cupsd.conf"),
               "Listen 127.0.0.1:" + std::to_string(port_) +
                   "\nLogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
                   "<Location />\n  Order allow,deny\n  Allow 127.0.0.1\n</Location>\n"
                   "<Policy default>\n  <Limit All>\n    AuthType None\n    Order deny,allow\n"
                   "  </Limit>\n</Policy>\n");
}

bool PrivateCupsd::start_once() {
    port_ = free_port();
    write_config();
    std::filesystem::remove(dir_.file("log") / "error_log"); // a failed attempt's
    cupsd_ = std::make_unique<ChildProcess>(
        find_program("cupsd"),
        std::vector<std::string>{"-f", "-c", dir_.file("cupsd.conf").string(), "-s",
                                 dir_.file("cups-files.conf").string()},
        dir_.file("cupsd.out"));
    // cupsd goes on running when it cannot bind its port (another program
    // took it since free_port): its log tells, and then another port is tried.
    const std::string listening = "Listening to 127.0.0.1:" + std::to_string(port_) + " ";
    const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
    while (cupsd_->running() && std::chrono::steady_clock::now() < deadline) {
        const std::string log = read_file(dir_.file("log") / "error_log");
        if (log.find("Unable to open listen socket") != std::string::npos)
            break;
        if (log.find(listening) != std::string::npos && answers(port_))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    cupsd_->stop();
    return false;
}

void PrivateCupsd::stop() {
    if (cupsd_)
        cupsd_->stop();
}

bool PrivateCupsd::running() {
    return cupsd_ && cupsd_->running();
}

std::string PrivateCupsd::error_log() const {
    return read_file(dir_.file("log") / "error_log") + (cupsd_ ? cupsd_->output() : std::string());
}

ProcessResult PrivateCupsd::run_tool(const std::string& name,
                                     const std::vector<std::string>& arguments) const {
    const std::string program = find_program(name);
    if (program.empty())
        return {127, "", name + ": not installed"};
    return run_process(program, arguments, environment());
}

void PrivateCupsd::add_raw_queue(const std::string& name, const std::string& device_uri,
                                 int paper_width_mm) {
    std::vector<std::string> arguments{
        "-p", name, "-E", "-v", device_uri, "-o", "printer-error-policy=abort-job"};
    // A server-side default ("-default"): lpadmin drops an unknown option
    // given without the suffix.
    if (paper_width_mm > 0)
        arguments.insert(arguments.end(),
                         {"-o", "ocop-paper-width-default=" + std::to_string(paper_width_mm)});
    const ProcessResult added = run_tool("lpadmin", arguments);
    if (added.exit_code != 0)
        throw std::runtime_error("lpadmin could not add queue " + name + ": " + added.err);
}

void PrivateCupsd::stop_queue(const std::string& name) {
    if (const auto done = run_tool("cupsdisable", {name}); done.exit_code != 0)
        throw std::runtime_error("cupsdisable " + name + ": " + done.err);
}

void PrivateCupsd::start_queue(const std::string& name) {
    if (const auto done = run_tool("cupsenable", {name}); done.exit_code != 0)
        throw std::runtime_error("cupsenable " + name + ": " + done.err);
}

std::string socket_device_uri(int port, int contimeout_seconds, const std::string& host) {
    return "socket://" + host + ":" + std::to_string(port) +
           "/?contimeout=" + std::to_string(contimeout_seconds);
}

} // namespace ocop::test
