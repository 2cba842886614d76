// ocop-fault-proxy against a tiny echo server: each fault does what it says,
// and with no faults the proxy is transparent. The chain test relies on it
// (tests/sync/chain).
#include "echo_server.h"
#include "fault_proxy_process.h"
#include "output_line.h"
#include "support/child_process.h"
#include "support/process.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using ocop::test::EchoServer;
using ocop::test::FaultProxyConfig;
using ocop::test::FaultProxyProcess;
using ocop::test::Heard;
using ocop::test::TempDir;

namespace {

// One client connection, closed when it goes.
struct Client {
    explicit Client(std::uint16_t port) : fd(ocop::test::connect_loopback(port)) {}
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;
    ~Client() { ::close(fd); }

    // Sends a request and listens for `wanted` bytes of answer.
    Heard ask(const std::string& request, std::size_t wanted) const {
        ocop::test::send_text(fd, request);
        return ocop::test::hear(fd, wanted);
    }
    int fd;
};

FaultProxyConfig config(const EchoServer& server, std::string faults, int max_delay_ms = 200) {
    return FaultProxyConfig{server.port(), 7, std::move(faults), max_delay_ms};
}

std::string repeated_text(std::size_t size) {
    std::string text(size, ' ');
    for (std::size_t i = 0; i < size; ++i)
        text[i] = static_cast<char>('a' + i * 7 % 26);
    return text;
}

} // namespace

TEST_CASE("with no faults the proxy is transparent, over many exchanges and connections",
          "[fault_proxy]") {
    TempDir folder;
    EchoServer server;
    FaultProxyProcess proxy(config(server, ""), folder.path());
    for (int connection = 0; connection < 3; ++connection) {
        Client client(proxy.port());
        for (const std::string& request :
             {std::string("GET / HTTP/1.1\r\n\r\n"), repeated_text(1000), std::string("z")}) {
            auto heard = client.ask(request, request.size());
            CHECK(heard.bytes == request);
            CHECK(heard.end == Heard::End::still_open);
        }
    }
    // A large body, written while its echo is read, arrives byte for byte.
    const auto large = repeated_text(3 * 1024 * 1024 + 17);
    Client client(proxy.port());
    std::thread writer([&] { ocop::test::send_text(client.fd, large); });
    auto heard = ocop::test::hear(client.fd, large.size());
    writer.join();
    CHECK(heard.bytes == large);

    auto counts = proxy.stop();
    CHECK(counts["connections"] == 4);
    CHECK(counts["exchanges"] >= 10);
    CHECK(counts["pass"] == counts["exchanges"]);
    for (const char* fault : {"drop", "reset", "delay", "truncate", "duplicate"})
        CHECK(counts[fault] == 0);
}

TEST_CASE("drop closes the client's connection without forwarding its request", "[fault_proxy]") {
    TempDir folder;
    EchoServer server;
    FaultProxyProcess proxy(config(server, "drop=1"), folder.path());
    {
        Client client(proxy.port());
        auto heard = client.ask("hello", 5);
        CHECK(heard.bytes.empty());
        CHECK(heard.end == Heard::End::end_of_file);
    }
    const auto received = server.closed_connections(1);
    REQUIRE(received.size() == 1);
    CHECK(received[0].empty());
    auto counts = proxy.stop();
    CHECK(counts["drop"] == 1);
    CHECK(counts["exchanges"] == 1);
}

TEST_CASE("reset forwards the request, then resets the client before it hears the answer",
          "[fault_proxy]") {
    TempDir folder;
    EchoServer server;
    FaultProxyProcess proxy(config(server, "reset=1"), folder.path());
    {
        Client client(proxy.port());
        auto heard = client.ask("hello", 5);
        CHECK(heard.bytes.empty());
        CHECK(heard.end == Heard::End::reset);
    }
    const auto received = server.closed_connections(1);
    REQUIRE(received.size() == 1);
    CHECK(received[0] == "hello"); // the server did handle it
    CHECK(proxy.stop()["reset"] == 1);
}

TEST_CASE("delay holds the answer back but delivers it whole", "[fault_proxy]") {
    TempDir folder;
    EchoServer server;
    FaultProxyProcess proxy(config(server, "delay=1", 300), folder.path());
    Client client(proxy.port());
    for (const std::string request : {"first", "second"}) {
        auto heard = client.ask(request, request.size());
        CHECK(heard.bytes == request);
        CHECK(heard.end == Heard::End::still_open);
    }
    auto counts = proxy.stop();
    CHECK(counts["delay"] == 2);
    CHECK(counts["exchanges"] == 2);
}

TEST_CASE("truncate forwards part of the answer and closes", "[fault_proxy]") {
    TempDir folder;
    EchoServer server;
    FaultProxyProcess proxy(config(server, "truncate=1"), folder.path());
    Client client(proxy.port());
    const std::string request = "0123456789";
    auto heard = client.ask(request, request.size());
    CHECK(heard.end == Heard::End::end_of_file);
    CHECK(heard.bytes.size() < request.size());
    CHECK(request.starts_with(heard.bytes));
    CHECK(proxy.stop()["truncate"] == 1);
}

TEST_CASE("duplicate sends the answer's bytes twice", "[fault_proxy]") {
    TempDir folder;
    EchoServer server;
    FaultProxyProcess proxy(config(server, "duplicate=1"), folder.path());
    Client client(proxy.port());
    CHECK(client.ask("abc", 6).bytes == "abcabc");
    CHECK(client.ask("de", 4).bytes == "dede");
    CHECK(proxy.stop()["duplicate"] == 2);
}

TEST_CASE("each exchange on a kept-alive connection gets its own decision, the same for a seed",
          "[fault_proxy]") {
    // Messages that cannot be mistaken for one another: "<07>" and so on.
    const auto run = [](const TempDir& folder) {
        EchoServer server;
        FaultProxyProcess proxy(config(server, "duplicate=0.5"), folder.path());
        Client client(proxy.port());
        std::string stream;
        for (int i = 0; i < 30; ++i) {
            const std::string message = "<" + std::to_string(100 + i) + ">";
            ocop::test::send_text(client.fd, message);
            // Its answer, after whatever was left of the one before (a
            // second copy may come in its own read).
            while (stream.find(message) == std::string::npos) {
                auto heard = ocop::test::hear(client.fd, 1);
                REQUIRE_FALSE(heard.bytes.empty());
                stream += heard.bytes;
            }
        }
        ::shutdown(client.fd, SHUT_WR);
        stream += ocop::test::hear(client.fd, 1 << 20).bytes; // the last copies
        return std::make_pair(stream, proxy.stop());
    };
    TempDir first_folder, second_folder;
    auto [stream, counts] = run(first_folder);
    std::int64_t doubled = 0;
    for (int i = 0; i < 30; ++i) {
        const std::string message = "<" + std::to_string(100 + i) + ">";
        if (stream.find(message + message) != std::string::npos)
            ++doubled;
    }
    CHECK(counts["exchanges"] == 30);
    CHECK(counts["duplicate"] == doubled);
    CHECK(doubled > 0);
    CHECK(doubled < 30);
    auto [again, again_counts] = run(second_folder);
    CHECK(again == stream);
    CHECK(again_counts == counts);
}

TEST_CASE("a target that is away closes the client's connection and is counted", "[fault_proxy]") {
    TempDir folder;
    std::uint16_t closed_port = 0;
    {
        EchoServer gone;
        closed_port = gone.port();
    }
    FaultProxyProcess proxy(FaultProxyConfig{closed_port, 1, "", 0}, folder.path());
    Client client(proxy.port());
    auto heard = client.ask("anyone?", 7);
    CHECK(heard.bytes.empty());
    CHECK(heard.end != Heard::End::still_open);
    auto counts = proxy.stop();
    CHECK(counts["unreachable"] == 1);
    CHECK(counts["exchanges"] == 0);
}

TEST_CASE("a bad command line is refused with status 2", "[fault_proxy]") {
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{"--listen", "127.0.0.1:0"},
          {"--target", "127.0.0.1:1", "--faults", "drop=0.7,reset=0.7"},
          {"--target", "127.0.0.1:1", "--faults", "explode=0.1"},
          {"--target", "127.0.0.1:1", "--faults", "drop=x"},
          {"--target", "localhost", "--seed", "1"},
          {"--target", "127.0.0.1:1", "--bogus", "1"}}) {
        auto refused = ocop::test::run_process(OCOP_FAULT_PROXY_BINARY, arguments);
        INFO(refused.err);
        CHECK(refused.exit_code == 2);
        CHECK(refused.err.find("Usage: ocop-fault-proxy") != std::string::npos);
    }
    CHECK(ocop::test::run_process(OCOP_FAULT_PROXY_BINARY, {"--help"}).exit_code == 0);
}

TEST_CASE("SIGUSR1 writes the counts to the stats file, and SIGTERM writes the last ones",
          "[fault_proxy]") {
    TempDir folder;
    EchoServer server;
    const auto stats = folder.file("stats.txt");
    ocop::test::ChildProcess proxy(OCOP_FAULT_PROXY_BINARY,
                                   {"--listen", "127.0.0.1:0", "--target",
                                    "127.0.0.1:" + std::to_string(server.port()), "--faults",
                                    "duplicate=1", "--stats", stats.string()},
                                   folder.file("proxy.log"));
    const auto port = static_cast<std::uint16_t>(
        std::stoi(ocop::test::wait_for_line(proxy, "ocop-fault-proxy listening on 127.0.0.1:")));
    {
        Client client(port);
        CHECK(client.ask("x", 2).bytes == "xx");
    }
    const auto read_stats = [&] {
        std::ifstream in(stats);
        std::string line;
        std::getline(in, line);
        return ocop::test::parse_fault_counts(line);
    };
    ::kill(proxy.pid(), SIGUSR1);
    // The file appears whole (written aside, then renamed).
    for (int wait = 0; wait < 500 && !std::filesystem::exists(stats); ++wait)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(proxy.running());
    CHECK(read_stats()["duplicate"] == 1);
    {
        Client client(port);
        CHECK(client.ask("y", 2).bytes == "yy");
    }
    CHECK(proxy.stop() == 0);
    CHECK(read_stats()["duplicate"] == 2);
}
