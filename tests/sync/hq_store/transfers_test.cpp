// Transfers between stores at head office (sync/hq/transfers.h): the
// sender's transfer_out and the receiver's transfer_in, as terminals write
// their `stock` events (pos/stock_transfer.cpp), pushed in either order;
// what head office shows, and the `transfer` entry it carries to the
// receiving store.

#include "hq_fixture.h"

#include <nlohmann/json.hpp>

using namespace ocop;
using nlohmann::json;
using ocop::test::accepted;
using ocop::test::EventChain;
using ocop::test::kHqNow;
using ocop::test::must;

namespace {

// EventChain dates every event 2026-11-29T09:00:00+07:00.
constexpr std::string_view kSentAt = "2026-11-29T09:00:00+07:00";

struct Line {
    std::string sku;
    std::int64_t quantity_milli;
    std::optional<std::string> lot = std::nullopt;
    std::optional<std::string> expiry = std::nullopt;
};

// A `stock` event's payload as pos::transfer_out / transfer_in write it:
// quantities signed, - out of the store, + into it.
std::string transfer_payload(std::string_view kind, std::string_view store, std::string_view id,
                             std::optional<std::string> from_store, std::string_view to_store,
                             const std::vector<Line>& lines) {
    const int sign = kind == "transfer_out" ? -1 : 1;
    json out = json::array();
    std::int64_t product = 30;
    for (const auto& line : lines) {
        out.push_back({{"product_id", ++product},
                       {"sku", line.sku},
                       {"quantity_milli", sign * line.quantity_milli},
                       {"lot", line.lot ? json(*line.lot) : json(nullptr)},
                       {"expiry", line.expiry ? json(*line.expiry) : json(nullptr)}});
    }
    return json{
        {"kind", kind},        {"store", store},
        {"note", nullptr},     {"lines", out},
        {"transfer_id", id},   {"from_store", from_store ? json(*from_store) : json(nullptr)},
        {"to_store", to_store}}
        .dump();
}

template <class Backend>
struct TransferRig : test::HeadOfficeFixture<Backend> {
    TransferRig() : tv01(this->enrol("TV01-01", "TV01")), tv02(this->enrol("TV02-01", "TV02")) {}

    void send(std::string_view id, const std::vector<Line>& lines, std::string to = "TV02") {
        auto event = sender.next(
            "stock", transfer_payload("transfer_out", "TV01", id, std::string("TV01"), to, lines));
        accepted(this->office.receive_events(tv01, sender.push({event}), kHqNow));
    }

    void confirm(std::string_view id, const std::vector<Line>& lines,
                 std::optional<std::string> from = std::string("TV01")) {
        auto event = receiver.next(
            "stock", transfer_payload("transfer_in", "TV02", id, from, "TV02", lines));
        accepted(this->office.receive_events(tv02, receiver.push({event}), kHqNow));
    }

    std::vector<hq::TransferRow> list(hq::TransferFilter filter = {},
                                      std::string_view now = "2026-11-30T09:00:00+07:00") {
        return must(this->office.transfers(filter, now));
    }

    // The `transfer` entries a terminal of the principal's store pulls.
    std::vector<sync::Change> carried(const hq::Principal& who) {
        std::vector<sync::Change> transfers;
        for (const auto& change : accepted(this->office.changes_since(who, "", 1000)).changes) {
            if (change.entity == "transfer")
                transfers.push_back(change);
        }
        return transfers;
    }

    hq::Principal tv01, tv02;
    EventChain sender{"TV01-01"}, receiver{"TV02-01"};
};

const std::vector<Line> kSent{{"TV-BT-NG", 4000, "L1", "2026-12-20"}, {"TV-MHD-250", 2000}};

} // namespace

TEMPLATE_TEST_CASE("a transfer sent then received is seen from both ends and carried to the "
                   "receiving store",
                   "[hq][transfer]", SqliteStore, PostgresStore) {
    TransferRig<TestType> hq;
    hq.send("TV01-01-CK000001", kSent);

    auto transfers = hq.list();
    REQUIRE(transfers.size() == 1);
    const auto& sent = transfers[0];
    CHECK(sent.id == "TV01-01-CK000001");
    CHECK(sent.status == "in_transit");
    CHECK(sent.from_store == "TV01");
    CHECK(sent.to_store == "TV02");
    CHECK(sent.sent_at == std::string(kSentAt));
    CHECK(sent.sent_by_terminal == "TV01-01");
    CHECK_FALSE(sent.received_at);
    CHECK(sent.hours_in_transit == 24);
    CHECK_FALSE(sent.overdue);
    REQUIRE(sent.lines.size() == 2);
    CHECK(sent.lines[0].sku == "TV-BT-NG");
    CHECK(sent.lines[0].sent_milli == 4000);
    CHECK(sent.lines[0].received_milli == 0);
    CHECK_FALSE(sent.lines[0].missing_milli);

    // Carried down to TV02 only, with the sender's lots.
    CHECK(hq.carried(hq.tv01).empty());
    auto carried = hq.carried(hq.tv02);
    REQUIRE(carried.size() == 1);
    CHECK(carried[0].key == "TV01-01-CK000001");
    CHECK(carried[0].body["status"] == "sent");
    CHECK(carried[0].body["from_store"] == "TV01");
    CHECK(carried[0].body["to_store"] == "TV02");
    CHECK(carried[0].body["sent_at"] == kSentAt);
    REQUIRE(carried[0].body["lines"].size() == 2);
    CHECK(carried[0].body["lines"][0] == json{{"sku", "TV-BT-NG"},
                                              {"quantity_milli", 4000},
                                              {"lot", "L1"},
                                              {"expiry", "2026-12-20"}});
    CHECK(carried[0].body["lines"][1]["lot"].is_null());

    hq.confirm("TV01-01-CK000001", kSent);
    transfers = hq.list();
    REQUIRE(transfers.size() == 1);
    CHECK(transfers[0].status == "received");
    CHECK(transfers[0].received_by_terminal == "TV02-01");
    CHECK(transfers[0].received_at == std::string(kSentAt));
    CHECK_FALSE(transfers[0].hours_in_transit);
    CHECK_FALSE(transfers[0].has_difference);
    for (const auto& line : transfers[0].lines) {
        CHECK(line.received_milli == line.sent_milli);
        CHECK(line.missing_milli == 0);
    }
    // The entry is replaced, not added to.
    carried = hq.carried(hq.tv02);
    REQUIRE(carried.size() == 1);
    CHECK(carried[0].body["status"] == "received");
    // Stock moved at both ends as before.
    for (const auto& row : must(hq.office.stock("TV02"))) {
        if (row.sku == "TV-BT-NG")
            CHECK(row.quantity_milli == 4000);
    }
}

TEMPLATE_TEST_CASE("a confirmation that reaches head office before the sender's event",
                   "[hq][transfer]", SqliteStore, PostgresStore) {
    TransferRig<TestType> hq;
    // The receiving store was not told the sender.
    hq.confirm("TV01-01-CK000001", kSent, std::nullopt);
    auto transfers = hq.list();
    REQUIRE(transfers.size() == 1);
    CHECK(transfers[0].status == "awaiting_sender");
    CHECK_FALSE(transfers[0].from_store);
    CHECK(transfers[0].to_store == "TV02");
    CHECK(transfers[0].lines[0].received_milli == 4000);
    CHECK_FALSE(transfers[0].lines[0].missing_milli);
    CHECK(hq.list({std::nullopt, hq::TransferFilter::Status::in_transit}).empty());
    CHECK(hq.list({std::nullopt, hq::TransferFilter::Status::received}).size() == 1);
    CHECK(hq.carried(hq.tv02).empty()); // nothing to carry without the sender's lines

    hq.send("TV01-01-CK000001", kSent);
    transfers = hq.list();
    REQUIRE(transfers.size() == 1);
    CHECK(transfers[0].status == "received");
    CHECK(transfers[0].from_store == "TV01");
    CHECK(transfers[0].sent_by_terminal == "TV01-01");
    CHECK(transfers[0].received_by_terminal == "TV02-01");
    CHECK_FALSE(transfers[0].has_difference);
    const auto carried = hq.carried(hq.tv02);
    REQUIRE(carried.size() == 1);
    CHECK(carried[0].body["status"] == "received");
}

TEMPLATE_TEST_CASE("goods lost in transit show as sent against received per product",
                   "[hq][transfer]", SqliteStore, PostgresStore) {
    TransferRig<TestType> hq;
    hq.send("TV01-01-CK000001", kSent);
    hq.confirm("TV01-01-CK000001", {{"TV-BT-NG", 3000, "L1", "2026-12-20"}});
    const auto transfers = hq.list();
    REQUIRE(transfers.size() == 1);
    CHECK(transfers[0].status == "received");
    CHECK(transfers[0].has_difference);
    REQUIRE(transfers[0].lines.size() == 2);
    CHECK(transfers[0].lines[0].sku == "TV-BT-NG");
    CHECK(transfers[0].lines[0].received_milli == 3000);
    CHECK(transfers[0].lines[0].missing_milli == 1000);
    CHECK(transfers[0].lines[1].sku == "TV-MHD-250");
    CHECK(transfers[0].lines[1].received_milli == 0);
    CHECK(transfers[0].lines[1].missing_milli == 2000);
}

TEMPLATE_TEST_CASE(
    "a transfer in transit too long is overdue by the now given, and lists filter by store",
    "[hq][transfer]", SqliteStore, PostgresStore) {
    TransferRig<TestType> hq;
    hq.send("TV01-01-CK000001", kSent);
    hq.send("TV01-01-CK000002", {{"TV-BT-NG", 1000}});
    hq.confirm("TV01-01-CK000002", {{"TV-BT-NG", 1000}});

    // Sent 2026-11-29 09:00: 72 hours later it is not yet over the limit.
    auto at = [&](std::string_view now, std::int64_t hours = 72) {
        hq::TransferFilter filter;
        filter.status = hq::TransferFilter::Status::in_transit;
        filter.overdue_hours = hours;
        return hq.list(filter, now);
    };
    auto transfers = at("2026-12-02T09:00:00+07:00");
    REQUIRE(transfers.size() == 1);
    CHECK(transfers[0].id == "TV01-01-CK000001");
    CHECK(transfers[0].hours_in_transit == 72);
    CHECK_FALSE(transfers[0].overdue);
    CHECK(at("2026-12-02T09:00:01+07:00")[0].overdue);
    CHECK(at("2026-11-30T09:00:00+07:00", 12)[0].overdue);
    CHECK_FALSE(at("2026-11-30T09:00:00+07:00", 48)[0].overdue);
    // A received one is never overdue.
    for (const auto& row : hq.list({}, "2027-01-01T00:00:00+07:00")) {
        if (row.id == "TV01-01-CK000002")
            CHECK_FALSE(row.overdue);
        else
            CHECK(row.overdue);
    }

    CHECK(hq.list({std::string("TV01")}).size() == 2);
    CHECK(hq.list({std::string("TV02")}).size() == 2);
    must(hq.office.add_store("TV03", "Cửa hàng 3", kHqNow));
    CHECK(hq.list({std::string("TV03")}).empty());
    CHECK(test::error_code(hq.office.transfers({std::string("XX99")}, kHqNow)) ==
          "hq.unknown_store");
    CHECK(test::error_code(hq.office.transfers({}, "hôm nay")) == "hq.bad_time");
}
