// How ocop-hq listens: TLS with a certificate a client verifies, plain HTTP
// on loopback only, a clean stop on SIGTERM.

#include "head_office_fixture.h"

#include <catch2/catch.hpp>

using namespace ocop::test;

namespace {

// A self-signed certificate for 127.0.0.1 (its own CA), made by openssl.
struct Certificate {
    std::filesystem::path cert, key;
};

Certificate self_signed(const TempDir& dir, const std::string& name) {
    const std::string openssl = find_program("openssl");
    INFO("openssl is needed (installer/packages.txt)");
    REQUIRE_FALSE(openssl.empty());
    Certificate made{dir.file(name + ".pem"), dir.file(name + ".key")};
    const auto result =
        run_process(openssl, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj",
                              "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-days",
                              "2", "-keyout", made.key.string(), "-out", made.cert.string()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return made;
}

} // namespace

TEST_CASE("plain HTTP anywhere but loopback is refused before anything starts") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    for (const char* address : {"0.0.0.0:0", "[::]:0", "192.0.2.1:8080"}) {
        const auto result = run_hq(db, {"serve", "--listen", address});
        INFO(address << ": " << result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("hq.plain_http_refused") != std::string::npos);
        CHECK(result.err.starts_with("Lỗi: "));
        CHECK(result.out.empty());
    }
    const auto half = run_hq(db, {"serve", "--listen", "0.0.0.0:0", "--tls-cert", "x.pem"});
    CHECK(half.exit_code == 2);
    const auto bad_listen = run_hq(db, {"serve", "--listen", "localhost"});
    CHECK(bad_listen.exit_code == 2);
    CHECK(bad_listen.err.find("hq.bad_listen") != std::string::npos);
}

TEST_CASE("over TLS a client with the server's CA gets answers and one without is refused") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    const auto server = self_signed(dir, "server");
    const auto stranger = self_signed(dir, "stranger");
    HqProcess hq(db, dir.file("hq.log"),
                 {"--tls-cert", server.cert.string(), "--tls-key", server.key.string()});
    CHECK(hq.url == "https://127.0.0.1:" + std::to_string(hq.port));

    httplib::SSLClient trusting("127.0.0.1", hq.port);
    trusting.set_ca_cert_path(server.cert.string().c_str());
    trusting.enable_server_certificate_verification(true);
    const auto answered = reply_of(trusting.Get("/v1/changes"));
    CHECK(answered.status == 401); // reached the server: no token
    const auto token = hq_output(db, {"token", "create", "tls"});
    const auto sales = reply_of(trusting.Get("/v1/office/sales", bearer(token)));
    CHECK(sales.status == 200);

    httplib::SSLClient system_ca("127.0.0.1", hq.port);
    system_ca.enable_server_certificate_verification(true);
    const auto unknown = system_ca.Get("/v1/changes");
    CHECK_FALSE(unknown);
    CHECK(unknown.error() == httplib::Error::SSLServerVerification);

    httplib::SSLClient wrong_ca("127.0.0.1", hq.port);
    wrong_ca.set_ca_cert_path(stranger.cert.string().c_str());
    wrong_ca.enable_server_certificate_verification(true);
    const auto wrong = wrong_ca.Get("/v1/changes");
    CHECK_FALSE(wrong);
    CHECK(wrong.error() == httplib::Error::SSLServerVerification);

    // A plain HTTP client gets no answer from a TLS port.
    httplib::Client plain("127.0.0.1", hq.port);
    CHECK_FALSE(plain.Get("/v1/changes"));

    CHECK(hq.stop() == 0);
}

TEST_CASE("a certificate that cannot be read stops ocop-hq at start") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    const auto result = run_hq(db, {"serve", "--listen", "127.0.0.1:0", "--tls-cert",
                                    dir.file("missing.pem").string(), "--tls-key",
                                    dir.file("missing.key").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("hq.tls_failed") != std::string::npos);
}

TEST_CASE("SIGTERM stops ocop-hq serve cleanly, while a connection is open") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    HqProcess hq(db, dir.file("hq.log"), {"--threads", "2"});
    httplib::Client client("127.0.0.1", hq.port);
    client.set_keep_alive(true);
    CHECK(reply_of(client.Get("/v1/changes")).status == 401);
    // The idle connection is let go within its 2 s keep-alive.
    CHECK(hq.stop(std::chrono::seconds(30)) == 0);
    CHECK(hq.log().find("ocop-hq: stopped") != std::string::npos);
}
