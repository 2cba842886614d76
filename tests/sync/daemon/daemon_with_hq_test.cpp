// ocop-syncd and `ocop enroll` against a real `ocop-hq` on loopback: every
// sale reaches head office once with the id the till gave it, head office's
// prices reach the till, a head office that is away or whose certificate the
// till does not trust is refused plainly and recorded where the till shows it.

#include "db/connection.h"
#include "pos/stock.h"
#include "pos/till.h"
#include "rig.h"
#include "support/child_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <set>
#include <sys/stat.h>
#include <thread>

using namespace ocop;
using namespace ocop::test;
using nlohmann::json;

namespace {

std::set<std::string> ids_of(const json& rows) {
    std::set<std::string> ids;
    for (const auto& row : rows)
        ids.insert(row.at("id").get<std::string>());
    return ids;
}

std::set<std::string> head_office_sale_ids(const Rig& rig) {
    const auto out = must_succeed(run_hq(rig.hq_db, {"export", "sales", "--from", "2000-01-01",
                                                     "--to", "2100-12-31", "--format", "json"}),
                                  "ocop-hq export sales");
    return ids_of(json::parse(out));
}

std::set<std::string> till_sale_ids(const Rig& rig) {
    return ids_of(rig.ocop_json({"sales", "list", "--from", "2000-01-01", "--to", "2100-12-31"}));
}

std::int64_t price_at_till(const Rig& rig, const std::string& sku) {
    auto db = db::Connection::open(rig.till_db);
    REQUIRE(db);
    auto price = db->query_int64("SELECT price FROM products WHERE sku = ?", sku);
    REQUIRE(price);
    return price->value_or(-1);
}

std::string enrol(const Rig& rig, const std::string& url, std::vector<std::string> extra = {}) {
    std::vector<std::string> words{"enroll", url, rig.enrolment_code()};
    words.insert(words.end(), extra.begin(), extra.end());
    return must_succeed(run_ocop(rig.till_db, words), "ocop enroll");
}

// Waits (generously: a wait, not a timing assertion) until `done` holds.
template <class Condition>
void wait_until(Condition done, const std::string& what, const ChildProcess& daemon) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline)
            FAIL("gave up waiting for " << what << "; ocop-syncd said:\n" << daemon.output());
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

std::string openssl() {
    const auto program = find_program("openssl");
    INFO("openssl is in installer/packages.txt");
    REQUIRE(!program.empty());
    return program;
}

} // namespace

TEST_CASE("an enrolled till sends every sale once and takes head office's prices", "[hq]") {
    Rig rig;
    HeadOfficeServer hq(rig.hq_db, rig.folder.file("hq.log"));

    const auto said = enrol(rig, hq.url);
    CHECK(said.find("Đã đăng ký quầy TV01-01") != std::string::npos);
    struct stat token {};
    REQUIRE(stat((rig.till_db.string() + ".sync-token").c_str(), &token) == 0);
    CHECK((token.st_mode & 0777) == 0600);
    {
        auto db = db::Connection::open(rig.till_db);
        REQUIRE(db);
        CHECK((*db->first_row("SELECT value FROM settings WHERE key = 'sync.hq_url'"))->text(0) ==
              hq.url);
    }

    std::set<std::string> sold;
    for (int i = 0; i < 3; ++i)
        sold.insert(rig.sell_one());
    auto synced = run_syncd(rig.till_db, {"--once"});
    INFO(synced.err);
    REQUIRE(synced.exit_code == 0);
    CHECK(synced.out == "pending 0\n");

    CHECK(till_sale_ids(rig) == sold);
    CHECK(head_office_sale_ids(rig) == sold);
    // Again: nothing is sent twice.
    REQUIRE(run_syncd(rig.till_db, {"--once"}).exit_code == 0);
    CHECK(head_office_sale_ids(rig) == sold);

    // A price set at head office is the price of the next sale at the till.
    must_succeed(run_hq(rig.hq_db, {"price", "set", "TV-MHD-250", "99000"}), "ocop-hq price set");
    CHECK(price_at_till(rig, "TV-MHD-250") == 95'000);
    synced = run_syncd(rig.till_db, {"--once"});
    INFO(synced.err);
    REQUIRE(synced.exit_code == 0);
    CHECK(price_at_till(rig, "TV-MHD-250") == 99'000);
    const auto status = rig.ocop_json({"sync", "status"});
    CHECK(status["pending_events"] == 0);
    CHECK(status["last_error_code"] == "");
    CHECK(status["pull_cursor"] != "");

    // Head office's stock figure and the till's own movements agree.
    auto db = db::Connection::open(rig.till_db);
    REQUIRE(db);
    CHECK(*db->query_int64("SELECT count(*) FROM hq_stock") > 0);
    const auto moved = *db->query_int64(
        "SELECT sum(quantity_milli) FROM stock_movements m JOIN products p ON p.id = "
        "m.product_id WHERE p.sku = 'TV-MHD-250'");
    pos::SystemClock clock;
    auto till = pos::open_till(*db, clock);
    REQUIRE(till);
    pos::StockFilter filter;
    filter.search = "TV-MHD-250";
    auto levels = pos::stock_levels(*db, till->store_id, filter);
    REQUIRE(levels);
    REQUIRE(levels->size() == 1);
    CHECK(levels->front().on_hand.milli == moved.value_or(0));
}

TEST_CASE("with head office away --once fails, and the till shows why", "[hq][failure]") {
    Rig rig;
    std::string first_url;
    {
        HeadOfficeServer hq(rig.hq_db, rig.folder.file("hq-1.log"));
        first_url = hq.url;
        enrol(rig, hq.url);
        CHECK(hq.stop() == 0); // SIGTERM: a clean exit
    }
    const auto sale = rig.sell_one();
    const auto away = run_syncd(rig.till_db, {"--once"});
    CHECK(away.exit_code == 1);
    CHECK(away.out.starts_with("pending "));
    CHECK(away.out != "pending 0\n");
    CHECK(away.err.find("syncd.unreachable") != std::string::npos);
    CHECK(away.err.find("Không kết nối được máy chủ văn phòng") != std::string::npos);
    const auto status = rig.ocop_json({"sync", "status"});
    CHECK(status["last_error_code"] == "syncd.unreachable");
    CHECK(status["pending_events"].get<int>() > 0);
    CHECK(status["acked_seq"] == 0);

    // Head office back (on another port): everything goes, once.
    HeadOfficeServer hq(rig.hq_db, rig.folder.file("hq-2.log"));
    const auto back = run_syncd(rig.till_db, {"--once", "--hq", hq.url});
    INFO(back.err);
    CHECK(back.exit_code == 0);
    CHECK(back.out == "pending 0\n");
    CHECK(head_office_sale_ids(rig) == std::set<std::string>{sale});
    CHECK(rig.ocop_json({"sync", "status"})["last_error_code"] == "");
}

TEST_CASE("enrolment refuses a bad code and another store's code", "[hq][failure]") {
    Rig rig;
    HeadOfficeServer hq(rig.hq_db, rig.folder.file("hq.log"));
    auto bad = run_ocop(rig.till_db, {"enroll", hq.url, "AAAA-BBBB-CCCC"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("enroll.bad_code") != std::string::npos);
    auto other_store = run_ocop(rig.till_db, {"enroll", hq.url, rig.enrolment_code("TV02")});
    CHECK(other_store.exit_code == 1);
    CHECK(other_store.err.find("enroll.wrong_store") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(rig.till_db.string() + ".sync-token"));
    // Not enrolled: the daemon says so.
    const auto unenrolled = run_syncd(rig.till_db, {"--once"});
    CHECK(unenrolled.exit_code == 1);
    CHECK(unenrolled.err.find("syncd.not_enrolled") != std::string::npos);
}

TEST_CASE("a certificate the till does not trust is refused with syncd.tls", "[hq][tls]") {
    Rig rig;
    const auto cert = rig.folder.file("hq-cert.pem");
    const auto key = rig.folder.file("hq-key.pem");
    must_succeed(
        run_process(openssl(), {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                                key.string(), "-out", cert.string(), "-days", "2", "-subj",
                                "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"}),
        "openssl req");
    HeadOfficeServer hq(rig.hq_db, rig.folder.file("hq.log"),
                        {"--tls-cert", cert.string(), "--tls-key", key.string()});
    REQUIRE(hq.url.starts_with("https://"));

    // Self-signed, unknown to the system's CAs: refused, code not spent.
    const auto code = rig.enrolment_code();
    auto refused = run_ocop(rig.till_db, {"enroll", hq.url, code});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("syncd.tls") != std::string::npos);

    // Trusted through the CA file given at enrolment (kept in the settings).
    must_succeed(run_ocop(rig.till_db, {"enroll", hq.url, code, "--ca-file", cert.string()}),
                 "ocop enroll --ca-file");
    rig.sell_one();
    auto trusted = run_syncd(rig.till_db, {"--once"});
    INFO(trusted.err);
    CHECK(trusted.exit_code == 0);
    CHECK(trusted.out == "pending 0\n");

    // The system's CAs only, or a pinned key that is not the server's: refused.
    auto system_cas =
        run_syncd(rig.till_db, {"--once", "--ca-file", "/etc/ssl/certs/ca-certificates.crt"});
    CHECK(system_cas.exit_code == 1);
    CHECK(system_cas.err.find("syncd.tls") != std::string::npos);
    auto wrong_pin =
        run_syncd(rig.till_db, {"--once", "--pinned-key",
                                "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="});
    CHECK(wrong_pin.exit_code == 1);
    CHECK(wrong_pin.err.find("syncd.tls") != std::string::npos);
    CHECK(rig.ocop_json({"sync", "status"})["last_error_code"] == "syncd.tls");
}

TEST_CASE("the service pushes a sale soon, pulls on SIGUSR1 and stops on SIGTERM", "[hq][loop]") {
    Rig rig;
    HeadOfficeServer hq(rig.hq_db, rig.folder.file("hq.log"));
    enrol(rig, hq.url);
    ChildProcess daemon(OCOP_SYNCD_BINARY,
                        {"--db", rig.till_db.string(), "--pull-interval", "3600"},
                        rig.folder.file("syncd.log"));
    auto pending = [&rig] {
        return rig.ocop_json({"sync", "status"})["pending_events"].get<int>();
    };
    wait_until([&] { return pending() == 0; }, "the opening stock to be sent", daemon);

    const auto sale = rig.sell_one();
    wait_until([&] { return head_office_sale_ids(rig).contains(sale); }, "the sale at head office",
               daemon);
    wait_until([&] { return pending() == 0; }, "the sale to be acknowledged", daemon);

    must_succeed(run_hq(rig.hq_db, {"price", "set", "TV-MHD-250", "101000"}), "ocop-hq price set");
    REQUIRE(::kill(daemon.pid(), SIGUSR1) == 0);
    wait_until([&] { return price_at_till(rig, "TV-MHD-250") == 101'000; },
               "the price pulled on SIGUSR1", daemon);

    CHECK(daemon.stop() == 0);
    CHECK(daemon.output().find("stopping") != std::string::npos);
}
