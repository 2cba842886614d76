#include "db/connection.h"
#include "db/outbox.h"
#include "pos/journal.h"
#include "pos/shift.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::units;

namespace {

nlohmann::json event_payload(test::SampleDb& sample, std::int64_t seq, std::string& type) {
    auto event = must(sample.db.prepare("SELECT type, payload FROM outbox WHERE seq = ?"));
    event.bind_all(seq);
    REQUIRE(must(event.step()));
    type = event.text(0);
    return nlohmann::json::parse(event.text(1));
}

} // namespace

TEST_CASE("a shift is opened with a float and recorded for head office", "[shift]") {
    test::SampleDb sample;
    CHECK_FALSE(must(current_shift(sample.db, sample.till)).has_value());
    const auto shift = must(open_shift(sample.till, sample.cashier(), Money{1'000'000}));
    CHECK(shift.number == 1);
    CHECK(shift.opened_at == "2026-11-29T09:00:00+07:00");
    CHECK(shift.opened_by == "thungan");
    CHECK(shift.opening_float == Money{1'000'000});
    CHECK_FALSE(shift.closed_at);

    const auto current = must(current_shift(sample.db, sample.till));
    REQUIRE(current);
    CHECK(current->id == shift.id);
    CHECK(current->opening_float == Money{1'000'000});

    std::string type;
    const auto payload = event_payload(sample, 2, type);
    CHECK(type == "shift_open");
    CHECK(payload["shift_id"] == shift.id);
    CHECK(payload["number"] == 1);
    CHECK(payload["opened_by"] == "thungan");
    CHECK(payload["opening_float"] == 1'000'000);
}

TEST_CASE("one till, one drawer: a second open shift is refused", "[shift][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto before = sample.row_counts();
    auto again = open_shift(sample.till, sample.user("thungan2"), Money{200'000});
    CHECK(error_code(again) == "shift.already_open");
    CHECK(again.error().message_vi.find("ca số 1 của thungan") != std::string::npos);
    CHECK(sample.row_counts() == before);
    // The database refuses it too, whoever writes.
    CHECK(error_code(sample.db.execute(
              "INSERT INTO shifts (id, terminal_id, number, opened_at, opened_by, opening_float) "
              "VALUES ('x', ?, 2, '2026-11-29T09:00:00+07:00', 1, 0)",
              sample.till.terminal.id)) == "db.constraint");
}

TEST_CASE("a negative float or count is refused", "[shift][failure]") {
    test::SampleDb sample;
    CHECK(error_code(open_shift(sample.till, sample.cashier(), Money{-1})) ==
          "shift.negative_float");
    CHECK_FALSE(must(current_shift(sample.db, sample.till)));
    sample.open_shift(Money{0}); // an empty drawer is fine
    const auto approval = sample.manager_approval("Cuối ca");
    CHECK(error_code(close_shift(sample.till, approval, Money{-1})) == "shift.negative_count");
    CHECK(must(current_shift(sample.db, sample.till)).has_value());
}

TEST_CASE("closing works out the cash expected in the drawer and the difference", "[shift]") {
    test::SampleDb sample;
    const auto shift = sample.open_shift(Money{500'000});
    const auto approval = sample.manager_approval("Kết ca");
    const auto cashier = sample.cashier();

    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(1))); // 165.000
    // Cash with change: 200.000 handed over, 35.000 back.
    must(
        complete_sale(sample.till, cart, cashier, {{PaymentMethod::Cash, Money{200'000}, {}, {}}}));
    // Transfer and card take no cash.
    must(complete_sale(sample.till, cart, cashier,
                       {{PaymentMethod::VietQr, Money{165'000}, {}, "FT1"}}));
    must(
        complete_sale(sample.till, cart, cashier,
                      {{PaymentMethod::Card, Money{100'000}, "A1", {}},
                       {PaymentMethod::Cash, Money{100'000}, {}, {}}})); // 65.000 cash, 35.000 back
    // A cash refund of the first sale.
    RefundRequest refund;
    refund.sale = "TV01-01-000001";
    must(refund_sale(sample.till, refund, cashier, approval));

    const auto running = must(shift_summary(sample.db, shift.id)); // the X report
    CHECK(running.sales_count == 3);
    CHECK(running.refunds_count == 1);
    CHECK(running.sales_total == Money{495'000});
    CHECK(running.refunds_total == Money{-165'000});
    CHECK(running.cash == Money{165'000 + 65'000 - 165'000});
    CHECK(running.vietqr == Money{165'000});
    CHECK(running.card == Money{100'000});
    CHECK(running.expected_cash == Money{565'000});
    CHECK_FALSE(running.counted_cash);
    CHECK(running.variance() == Money{0});

    sample.set_time("2026-11-29T17:30:00+07:00");
    const auto closed = must(close_shift(sample.till, approval, Money{560'000}));
    CHECK(closed.expected_cash == Money{565'000});
    CHECK(closed.counted_cash == Money{560'000});
    CHECK(closed.variance() == Money{-5'000}); // 5.000 ₫ short
    CHECK(closed.shift.closed_at == "2026-11-29T17:30:00+07:00");
    CHECK(closed.shift.closed_by == "quanly");
    CHECK_FALSE(must(current_shift(sample.db, sample.till)));

    // As stored, and as sent.
    const auto stored = must(shift_summary(sample.db, shift.id));
    CHECK(stored.shift.closed_at == "2026-11-29T17:30:00+07:00");
    CHECK(stored.counted_cash == Money{560'000});
    CHECK(stored.variance() == Money{-5'000});
    CHECK(must(sample.db.query_int64("SELECT expected_cash FROM shifts WHERE id = ?", shift.id)) ==
          565'000);
    std::string type;
    const auto last_seq = must(sample.db.query_int64("SELECT max(seq) FROM outbox")).value();
    const auto payload = event_payload(sample, last_seq, type);
    CHECK(type == "shift_close");
    CHECK(payload["expected_cash"] == 565'000);
    CHECK(payload["counted_cash"] == 560'000);
    CHECK(payload["variance"] == -5'000);
    CHECK(payload["sales_count"] == 3);
    CHECK(payload["approval_note"] == "Kết ca");
    CHECK_FALSE(must(db::verify_chain(sample.db, sample.till.terminal)).has_value());
}

TEST_CASE("a closed shift stays closed; the next one has the next number", "[shift]") {
    test::SampleDb sample;
    const auto first = sample.open_shift(Money{100'000});
    const auto approval = sample.manager_approval("Giao ca");
    must(close_shift(sample.till, approval, Money{100'000}));
    CHECK(error_code(close_shift(sample.till, approval, Money{100'000})) == "shift.not_open");

    const auto second = sample.open_shift(Money{200'000});
    CHECK(second.number == 2);
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-NK-SB05"), units(1)));
    sample.sell(cart);
    // The sale belongs to the second shift only.
    CHECK(must(shift_summary(sample.db, first.id)).sales_count == 0);
    CHECK(must(shift_summary(sample.db, first.id)).variance() == Money{0});
    CHECK(must(shift_summary(sample.db, second.id)).cash == Money{7'000});
    CHECK(must(shift_summary(sample.db, second.id)).expected_cash == Money{207'000});
    CHECK(error_code(shift_summary(sample.db, "no-such-shift")) == "shift.not_found");
}

TEST_CASE("closing with no open shift changes nothing", "[shift][failure]") {
    test::SampleDb sample;
    const auto approval = sample.manager_approval("Cuối ngày");
    const auto before = sample.row_counts();
    CHECK(error_code(close_shift(sample.till, approval, Money{0})) == "shift.not_open");
    CHECK(sample.row_counts() == before);
}
