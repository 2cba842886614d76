// The print queue's bookkeeping, on a real SQLite file: a receipt's job is
// committed with its sale or not at all, it knows whether to open the cash
// drawer, and it draws again from the journal what it prints. Printing
// through CUPS to the emulator is tested in tests/integration.
#include "db/connection.h"
#include "pos/journal.h"
#include "pos/printing.h"
#include "pos/settings.h"
#include "support/document_text.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::card;
using ocop::test::cash;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::prints;
using ocop::test::units;

namespace {

SaleRecord sell_one(test::SampleDb& sample, PaymentInput payment) {
    auto cart = sample.cart();
    must(cart.add(sample.code("8936010100114"), units(1))); // 95.000
    return must(complete_sale(sample.till, cart, sample.cashier(), {payment}));
}

} // namespace

TEST_CASE("a cash sale's receipt job opens the drawer; a card sale's does not", "[printing]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto paid_cash = sell_one(sample, cash(100'000));
    const auto paid_card = sell_one(sample, card(95'000, "A1B2C3"));

    const auto cash_job = must(load_print_job(
        sample.db, must(enqueue_sale_receipt(sample.db, sample.clock, paid_cash.id))));
    const auto card_job = must(load_print_job(
        sample.db, must(enqueue_sale_receipt(sample.db, sample.clock, paid_card.id))));
    CHECK(cash_job.open_drawer);
    CHECK_FALSE(card_job.open_drawer);
    CHECK(cash_job.status == "pending");
    CHECK(cash_job.document == PrintDocument::SaleReceipt);
    CHECK(cash_job.reference == paid_cash.id);
    CHECK_FALSE(cash_job.copy);

    // A store whose drawer is not wired to the printer turns the pulse off.
    must(set_setting(sample.db, "printer.open_drawer", "0"));
    const auto quiet = must(load_print_job(
        sample.db, must(enqueue_sale_receipt(sample.db, sample.clock, paid_cash.id))));
    CHECK_FALSE(quiet.open_drawer);
}

TEST_CASE("a receipt's job is committed with its sale or not at all", "[printing][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto before = sample.row_counts();
    {
        auto transaction = must(db::Transaction::begin(sample.db));
        const auto sale = sell_one(sample, cash(95'000));
        must(enqueue_sale_receipt(sample.db, sample.clock, sale.id));
        CHECK(sample.count("print_jobs") == 1);
        // The transaction goes away without commit: the power went.
    }
    CHECK(sample.row_counts() == before);
    CHECK(must(unfinished_print_jobs(sample.db)).empty());
}

TEST_CASE("jobs not printed are listed oldest first until they print", "[printing]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto first = sell_one(sample, cash(95'000));
    const auto second = sell_one(sample, cash(95'000));
    const auto a = must(enqueue_sale_receipt(sample.db, sample.clock, first.id));
    const auto b = must(enqueue_sale_receipt(sample.db, sample.clock, second.id));
    const auto waiting = must(unfinished_print_jobs(sample.db));
    REQUIRE(waiting.size() == 2);
    CHECK(waiting[0].id == a);
    CHECK(waiting[1].id == b);
    CHECK(waiting[0].created_at == "2026-11-29T09:00:00+07:00");

    must(sample.db.execute("UPDATE print_jobs SET status = 'printed' WHERE id = ?", a));
    const auto left = must(unfinished_print_jobs(sample.db));
    REQUIRE(left.size() == 1);
    CHECK(left[0].id == b);
    CHECK(error_code(load_print_job(sample.db, 999)) == "printer.no_such_job");
}

TEST_CASE("a job draws its document again from the journal; a reprint says BẢN SAO",
          "[printing][receipt]") {
    test::SampleDb sample;
    const auto shift = sample.open_shift();
    const auto sale = sell_one(sample, cash(100'000));

    PrintJob job;
    job.document = PrintDocument::SaleReceipt;
    job.reference = sale.id;
    auto document = must(document_for(sample.db, sample.clock, job));
    CHECK(prints(document, "HOÁ ĐƠN BÁN HÀNG"));
    CHECK_FALSE(prints(document, "BẢN SAO"));

    job.copy = true;
    CHECK(prints(must(document_for(sample.db, sample.clock, job)), "BẢN SAO"));

    // The footer is the store's setting at the time of printing.
    must(set_setting(sample.db, "receipt.footer", "Hẹn gặp lại quý khách!"));
    CHECK(prints(must(document_for(sample.db, sample.clock, job)), "Hẹn gặp lại quý khách!"));

    job.document = PrintDocument::ShiftReport;
    job.reference = shift.id;
    CHECK(prints(must(document_for(sample.db, sample.clock, job)), "BÁO CÁO GIỮA CA (X)"));

    job.document = PrintDocument::TestPage;
    job.reference.clear();
    CHECK(prints(must(document_for(sample.db, sample.clock, job)), "TRANG IN THỬ"));

    job.document = PrintDocument::SaleReceipt;
    job.reference = "no-such-sale";
    CHECK(error_code(document_for(sample.db, sample.clock, job)) == "sales.not_found");
}

TEST_CASE("the till's printer is a setting: queue and paper profile", "[printing][settings]") {
    test::SampleDb sample;
    CHECK(error_code(printer_settings(sample.db)) == "printer.not_configured");

    must(set_setting(sample.db, "printer.queue", "receipt"));
    auto printer = must(printer_settings(sample.db));
    CHECK(printer.queue == "receipt");
    CHECK(printer.profile.dots_per_line == 576); // 80 mm unless told otherwise

    must(set_setting(sample.db, "printer.profile", "58mm"));
    CHECK(must(printer_settings(sample.db)).profile.dots_per_line == 384);

    must(set_setting(sample.db, "printer.profile", "80mm-text"));
    CHECK(must(printer_settings(sample.db)).profile.mode == drivers::PrintMode::Text);
}
