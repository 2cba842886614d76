#include "pos/stock_transfer.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

nlohmann::json payload_of(test::SampleDb& sample, std::int64_t seq) {
    auto row = must(sample.db.first_row("SELECT payload FROM outbox WHERE seq = ?", seq));
    REQUIRE(row);
    return nlohmann::json::parse(row->text(0));
}

} // namespace

TEST_CASE("a transfer leaves one store and arrives at the other once", "[stock][transfer]") {
    test::SampleDb sender;
    const auto before = sender.stock_of("TV-BT-NG");
    const std::vector<MovementLine> lines{
        {sender.product_id("TV-BT-NG"), Quantity::units(4), "L1", "2026-12-20"}};
    const auto sent = must(transfer_out(sender.till, "TV02", lines, "Hàng cho Ao Bà Om"));
    CHECK(sent.id == "TV01-01-CK000001");
    CHECK(sender.stock_of("TV-BT-NG") == before - Quantity::units(4));
    const auto out = payload_of(sender, sent.seq);
    CHECK(out["kind"] == "transfer_out");
    CHECK(out["transfer_id"] == sent.id);
    CHECK(out["to_store"] == "TV02");
    CHECK(out["lines"][0]["quantity_milli"] == -4'000);
    CHECK(error_code(transfer_in(sender.till, sent.id, {}, lines, "")) == "stock.own_transfer");

    // The receiving store's terminal: another database, here the same sample
    // set up as a terminal of TV02.
    test::SampleDb receiver;
    receiver.till.store_id = 2;
    receiver.till.store_code = "TV02";
    const auto at_tv02 = [&] {
        return must(on_hand(receiver.db, 2, receiver.product_id("TV-BT-NG")));
    };
    const auto tv02_before = at_tv02();
    const auto seq = must(transfer_in(receiver.till, sent.id, std::string("TV01"), lines, ""));
    CHECK(at_tv02() == tv02_before + Quantity::units(4));
    const auto in = payload_of(receiver, seq);
    CHECK(in["kind"] == "transfer_in");
    CHECK(in["store"] == "TV02");
    CHECK(in["transfer_id"] == sent.id);
    CHECK(in["lines"][0]["quantity_milli"] == 4'000);

    const auto rows = receiver.row_counts();
    CHECK(error_code(transfer_in(receiver.till, sent.id, std::string("TV01"), lines, "")) ==
          "stock.transfer_confirmed");
    CHECK(receiver.row_counts() == rows);
}

TEST_CASE("a transfer that cannot go writes nothing", "[stock][transfer][failure]") {
    test::SampleDb sample;
    const auto before = sample.row_counts();
    const std::vector<MovementLine> lines{
        {sample.product_id("TV-BT-NG"), Quantity::units(1), {}, {}}};
    CHECK(error_code(transfer_out(sample.till, "TV01", lines, "")) == "stock.same_store");
    CHECK(error_code(transfer_out(sample.till, "XX99", lines, "")) == "stock.unknown_store");
    CHECK(error_code(transfer_out(
              sample.till, "TV02",
              {{sample.product_id("TV-BT-NG"), sample.stock_of("TV-BT-NG") + Quantity{1}, {}, {}}},
              "")) == "stock.not_enough");
    CHECK(error_code(transfer_out(sample.till, "TV02", {}, "")) == "stock.no_lines");
    CHECK(error_code(transfer_in(sample.till, "", {}, lines, "")) == "stock.bad_transfer_id");
    CHECK(sample.row_counts() == before);
}
