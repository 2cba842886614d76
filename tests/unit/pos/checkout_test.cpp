// "Pay" and "Refund" with their receipts, as the terminal and `ocop sell` /
// `ocop refund` do them, on a real SQLite file: the receipt's print job is
// committed with the sale or refund, or neither is.
#include "pos/checkout.h"
#include "pos/printing.h"
#include "pos/settings.h"
#include "support/document_text.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::card;
using ocop::test::cash;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::prints;
using ocop::test::units;

namespace {

// A bottle of mật hoa dừa (95.000 ₫), three times over.
Cart three_bottles(test::SampleDb& sample) {
    auto cart = sample.cart();
    must(cart.add(sample.code("8936010100114"), units(3)));
    return cart;
}

SaleRecord pay(test::SampleDb& sample, PaymentInput payment, bool queue_receipt) {
    return must(complete_sale_with_receipt(sample.till, three_bottles(sample), sample.cashier(),
                                           {payment}, queue_receipt));
}

// One bottle back, paid out by `payout`.
RefundRequest one_bottle(const SaleRecord& sale, PaymentMethod payout) {
    return RefundRequest{sale.receipt_no, {{1, units(1)}}, payout, ""};
}

PrintJob receipt_job(test::SampleDb& sample, const SaleRecord& entry) {
    const auto job = must(receipt_job_of(sample.db, entry.id));
    REQUIRE(job);
    return must(load_print_job(sample.db, *job));
}

} // namespace

TEST_CASE("Pay with a receipt: the sale and its print job together", "[checkout][printing]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto sale = pay(sample, cash(300'000), true);
    CHECK(sale.total == Money{285'000});
    CHECK(sale.change_given == Money{15'000});

    const auto job = receipt_job(sample, sale);
    CHECK(job.document == PrintDocument::SaleReceipt);
    CHECK(job.reference == sale.id);
    CHECK(job.status == "pending");
    CHECK(job.open_drawer); // cash was taken
    CHECK(must(unfinished_print_jobs(sample.db)).size() == 1);
}

TEST_CASE("a till with a printer queues every receipt; without one, only when asked",
          "[checkout][printing]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto unprinted = pay(sample, cash(285'000), false);
    CHECK_FALSE(must(receipt_job_of(sample.db, unprinted.id)));
    CHECK(sample.count("print_jobs") == 0);

    must(set_setting(sample.db, "printer.queue", "receipt"));
    const auto printed = pay(sample, card(285'000, "A1B2C3"), false);
    const auto job = receipt_job(sample, printed);
    CHECK_FALSE(job.open_drawer); // paid by card: the drawer stays shut
}

TEST_CASE("a sale that cannot be paid leaves neither sale nor receipt", "[checkout][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto before = sample.row_counts();
    CHECK(error_code(complete_sale_with_receipt(sample.till, three_bottles(sample),
                                                sample.cashier(), {cash(280'000)}, true)) ==
          "payment.unpaid");
    CHECK(sample.row_counts() == before);
}

TEST_CASE("a reprint is the receipt's latest job", "[checkout][printing]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto sale = pay(sample, cash(285'000), true);
    const auto first = must(receipt_job_of(sample.db, sale.id));
    const auto copy = must(
        enqueue_print(sample.db, sample.clock, PrintDocument::SaleReceipt, sale.id, true, false));
    CHECK(must(receipt_job_of(sample.db, sale.id)) == copy);
    CHECK(copy != first);
    CHECK_FALSE(must(receipt_job_of(sample.db, "no-such-sale")));
}

TEST_CASE("a refund's receipt is queued with it; the drawer opens only to pay cash out",
          "[checkout][printing][refund]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Chai bị nứt");
    const auto sale = pay(sample, cash(285'000), false);

    const auto in_cash = must(refund_with_receipt(
        sample.till, one_bottle(sale, PaymentMethod::Cash), sample.cashier(), approval, true));
    CHECK(in_cash.kind == "refund");
    CHECK(in_cash.total == Money{-95'000});
    const auto cash_job = receipt_job(sample, in_cash);
    CHECK(cash_job.open_drawer);
    CHECK(prints(must(document_for(sample.db, sample.clock, cash_job)), "PHIẾU TRẢ HÀNG"));

    const auto by_transfer = must(refund_with_receipt(
        sample.till, one_bottle(sale, PaymentMethod::VietQr), sample.cashier(), approval, true));
    CHECK_FALSE(receipt_job(sample, by_transfer).open_drawer);

    // A drawer not wired to the printer is never kicked.
    must(set_setting(sample.db, "printer.open_drawer", "0"));
    const auto unwired = must(refund_with_receipt(
        sample.till, one_bottle(sale, PaymentMethod::Cash), sample.cashier(), approval, true));
    CHECK_FALSE(receipt_job(sample, unwired).open_drawer);
}

TEST_CASE("a refused refund queues no receipt", "[checkout][refund][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Trả hàng");
    must(set_setting(sample.db, "printer.queue", "receipt"));
    const auto sale = pay(sample, cash(285'000), false);
    const auto refund = must(refund_with_receipt(sample.till, one_bottle(sale, PaymentMethod::Cash),
                                                 sample.cashier(), approval, false));
    const auto before = sample.row_counts();

    CHECK(error_code(refund_with_receipt(sample.till, one_bottle(refund, PaymentMethod::Cash),
                                         sample.cashier(), approval, true)) == "refund.not_a_sale");
    auto too_much = one_bottle(sale, PaymentMethod::Cash);
    too_much.lines = {{1, units(3)}};
    CHECK(error_code(refund_with_receipt(sample.till, too_much, sample.cashier(), approval,
                                         true)) == "refund.too_much");
    CHECK(sample.row_counts() == before);
}
