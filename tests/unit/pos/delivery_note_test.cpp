#include "db/connection.h"
#include "pos/delivery_note.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

DeliveryNote hai_ly_note(test::SampleDb& sample) {
    DeliveryNote note;
    note.producer_code = "HAILY";
    note.lines = {{sample.product_id("TV-BT-BM"), Quantity::units(20), "L1129", "2026-12-10", {}},
                  {sample.product_id("TV-BT-NG"), Quantity::units(5), {}, {}, {}}};
    note.terms.commission_bp = 1500;
    note.note = "Giao hàng Tết";
    return note;
}

nlohmann::json payload_of(test::SampleDb& sample, std::int64_t seq) {
    auto row = must(sample.db.first_row("SELECT payload FROM outbox WHERE seq = ?", seq));
    REQUIRE(row);
    return nlohmann::json::parse(row->text(0));
}

} // namespace

TEST_CASE("goods received from a producer raise the levels with one numbered note",
          "[stock][delivery]") {
    test::SampleDb sample;
    const auto approval = sample.manager_approval("Nhận hàng");
    const auto before_bm = sample.stock_of("TV-BT-BM");
    const auto before_ng = sample.stock_of("TV-BT-NG");
    const auto first = must(receive_goods(sample.till, hai_ly_note(sample), approval));
    CHECK(first.number == "TV01-01-PN000001");
    CHECK(sample.stock_of("TV-BT-BM") == before_bm + Quantity::units(20));
    CHECK(sample.stock_of("TV-BT-NG") == before_ng + Quantity::units(5));
    const auto payload = payload_of(sample, first.seq);
    CHECK(payload["kind"] == "receipt");
    CHECK(payload["document"] == "TV01-01-PN000001");
    CHECK(payload["producer"] == "HAILY");
    CHECK(payload["consigned"] == true);
    CHECK(payload["commission_bp"] == 1500);
    CHECK(payload["manager"] == "quanly");
    CHECK(payload["lines"][0]["sku"] == "TV-BT-BM");
    CHECK(payload["lines"][0]["quantity_milli"] == 20'000);
    CHECK(payload["lines"][0]["lot"] == "L1129");
    CHECK(must(sample.db.query_int64("SELECT count(*) FROM delivery_note_lines")) == 2);

    const auto second = must(receive_goods(sample.till, hai_ly_note(sample), approval));
    CHECK(second.number == "TV01-01-PN000002");
    CHECK(second.seq == first.seq + 1);

    const auto slip = must(delivery_slip(sample.db, first.number));
    CHECK_FALSE(slip.blocks.empty());
    CHECK(error_code(delivery_slip(sample.db, "TV01-01-PN999999")) == "stock.unknown_note");
}

TEST_CASE("bought goods carry their unit cost", "[stock][delivery]") {
    test::SampleDb sample;
    auto note = hai_ly_note(sample);
    note.terms = {false, std::nullopt, Money{90'000}};
    note.lines[1].unit_cost = Money{60'000};
    const auto recorded =
        must(receive_goods(sample.till, note, sample.manager_approval("Nhận hàng")));
    const auto payload = payload_of(sample, recorded.seq);
    CHECK(payload["consigned"] == false);
    CHECK(payload["unit_costs"] == nlohmann::json::array({90'000, 60'000}));
}

TEST_CASE("a delivery note that cannot be accepted writes nothing", "[stock][delivery][failure]") {
    test::SampleDb sample;
    const auto approval = sample.manager_approval("Nhận hàng");
    const auto before = sample.row_counts();

    auto unknown = hai_ly_note(sample);
    unknown.producer_code = "NOBODY";
    CHECK(error_code(receive_goods(sample.till, unknown, approval)) == "stock.unknown_producer");

    auto other = hai_ly_note(sample);
    other.producer_code = "VANTHANH";
    CHECK(error_code(receive_goods(sample.till, other, approval)) == "stock.wrong_producer");

    auto no_terms = hai_ly_note(sample);
    no_terms.terms.commission_bp.reset();
    CHECK(error_code(receive_goods(sample.till, no_terms, approval)) == "stock.terms_required");

    auto bought = hai_ly_note(sample);
    bought.terms.consigned = false;
    CHECK(error_code(receive_goods(sample.till, bought, approval)) == "stock.terms_required");

    auto too_much = hai_ly_note(sample);
    too_much.terms.commission_bp = 10'001;
    CHECK(error_code(receive_goods(sample.till, too_much, approval)) == "stock.bad_commission");

    auto empty = hai_ly_note(sample);
    empty.lines.clear();
    CHECK(error_code(receive_goods(sample.till, empty, approval)) == "stock.no_lines");

    auto bad_date = hai_ly_note(sample);
    bad_date.lines[0].expiry = "2026-02-30";
    CHECK_FALSE(receive_goods(sample.till, bad_date, approval));

    CHECK(sample.row_counts() == before);
}

TEST_CASE("goods returned to their producer leave the store, never more than it holds",
          "[stock][delivery]") {
    test::SampleDb sample;
    const auto before = sample.stock_of("TV-BT-NG");
    DeliveryNote note;
    note.producer_code = "HAILY";
    note.lines = {{sample.product_id("TV-BT-NG"), Quantity::units(3), {}, {}, {}}};
    const auto recorded = must(return_to_producer(sample.till, note));
    CHECK(recorded.number == "TV01-01-PT000001");
    CHECK(sample.stock_of("TV-BT-NG") == before - Quantity::units(3));
    const auto payload = payload_of(sample, recorded.seq);
    CHECK(payload["kind"] == "return");
    CHECK(payload["lines"][0]["quantity_milli"] == -3'000);

    const auto rows = sample.row_counts();
    note.lines[0].quantity = before; // 3 fewer are left now
    CHECK(error_code(return_to_producer(sample.till, note)) == "stock.not_enough");
    CHECK(sample.row_counts() == rows);
}
