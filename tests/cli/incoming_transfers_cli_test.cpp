// `ocop stock transfers --incoming` and `ocop stock transfer in ID` on what
// head office carried: the transfer is applied to the terminal's database by
// the sync daemon's own code (sync/daemon/apply_changes.h), then the real
// `ocop` binary reads and confirms it.

#include "cli/terminal.h"
#include "db/connection.h"
#include "sync/daemon/apply_changes.h"
#include "sync/daemon/terminal_identity.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using ocop::test::Terminal;
using Json = nlohmann::json;

namespace {

// A page with one `transfer` entry sent to the terminal's store (TV01).
void carry(const Terminal& terminal, const Json& body, std::int64_t id) {
    auto db = ocop::db::Connection::open(terminal.db);
    REQUIRE(db);
    auto identity = ocop::syncd::read_terminal_identity(*db);
    REQUIRE(identity);
    const ocop::sync::ChangesPage page{
        {ocop::sync::Change{id, "transfer", body["id"].get<std::string>(), body}},
        std::to_string(id),
        false};
    auto applied = ocop::syncd::apply_changes_page(*db, *identity, page);
    INFO((applied ? std::string() : applied.error().message_en));
    REQUIRE(applied);
}

long level(const Terminal& terminal, const std::string& sku) {
    for (const auto& row : terminal.json({"stock", "--search", sku})) {
        if (row["sku"] == sku)
            return row["quantity_milli"].get<long>();
    }
    return 0;
}

} // namespace

TEST_CASE("ocop stock transfer in ID confirms the lines head office carried", "[cli][stock]") {
    Terminal terminal;
    carry(terminal,
          {{"id", "TV02-01-CK000001"},
           {"from_store", "TV02"},
           {"to_store", "TV01"},
           {"sent_at", "2026-11-28T16:30:00+07:00"},
           {"status", "sent"},
           {"lines",
            {{{"sku", "TV-BT-NG"}, {"quantity_milli", 3000}, {"lot", "L9"}, {"expiry", nullptr}},
             {{"sku", "TV-BT-BM"},
              {"quantity_milli", 2000},
              {"lot", nullptr},
              {"expiry", nullptr}}}}},
          50);

    auto incoming = terminal.json({"stock", "transfers", "--incoming"});
    REQUIRE(incoming.size() == 1);
    CHECK(incoming[0]["transfer_id"] == "TV02-01-CK000001");
    CHECK(incoming[0]["from_store"] == "TV02");
    CHECK(incoming[0]["sent_at"] == "2026-11-28T16:30:00+07:00");
    REQUIRE(incoming[0]["lines"].size() == 2);
    CHECK(incoming[0]["lines"][0]["sku"] == "TV-BT-NG");
    CHECK(incoming[0]["lines"][0]["quantity_milli"] == 3000);
    CHECK(incoming[0]["lines"][0]["lot"] == "L9");
    auto text = terminal.ocop({"stock", "transfers", "--incoming"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("TV02-01-CK000001 từ TV02") != std::string::npos);

    const long ng = level(terminal, "TV-BT-NG");
    const long bm = level(terminal, "TV-BT-BM");
    auto confirmed = terminal.json({"stock", "transfer", "in", "TV02-01-CK000001"});
    CHECK(confirmed["transfer_id"] == "TV02-01-CK000001");
    CHECK(level(terminal, "TV-BT-NG") == ng + 3000);
    CHECK(level(terminal, "TV-BT-BM") == bm + 2000);
    CHECK(terminal.json({"stock", "transfers", "--incoming"}).empty());
    auto again = terminal.ocop({"stock", "transfer", "in", "TV02-01-CK000001"});
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("stock.transfer_confirmed") != std::string::npos);
}

TEST_CASE("ocop stock transfer in with --scan lines records what arrived, not what was carried",
          "[cli][stock]") {
    Terminal terminal;
    carry(terminal,
          {{"id", "TV02-01-CK000002"},
           {"from_store", "TV02"},
           {"to_store", "TV01"},
           {"sent_at", "2026-11-28T16:30:00+07:00"},
           {"status", "sent"},
           {"lines",
            {{{"sku", "TV-BT-NG"},
              {"quantity_milli", 3000},
              {"lot", nullptr},
              {"expiry", nullptr}}}}},
          51);
    auto wrong = terminal.ocop(
        {"stock", "transfer", "in", "TV02-01-CK000002", "--from", "TV03", "--scan", "TV-BT-NG"});
    CHECK(wrong.exit_code == 1);
    CHECK(wrong.err.find("stock.transfer_wrong_sender") != std::string::npos);
    const long ng = level(terminal, "TV-BT-NG");
    terminal.json(
        {"stock", "transfer", "in", "TV02-01-CK000002", "--scan", "TV-BT-NG", "--qty", "2"});
    CHECK(level(terminal, "TV-BT-NG") == ng + 2000); // one short: head office sees it
    auto unknown = terminal.ocop({"stock", "transfer", "in", "TV02-01-CK000099"});
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.find("stock.transfer_not_carried") != std::string::npos);
}
