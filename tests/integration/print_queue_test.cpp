// "Pay" → the receipt on paper, through the whole path a till uses: the sale
// and its print job committed together in a real SQLite file, the receipt
// drawn and encoded, sent to a private cupsd, delivered by CUPS's socket
// backend to the ESC/POS printer emulator. And what a cashier lives through
// when the printer fails: the sale stands, the receipt waits, a retry prints
// it once.
#include "db/connection.h"
#include "drivers/printer/cups_printer.h"
#include "drivers/printer/receipt_printer.h"
#include "integration/printing_rig.h"
#include "pos/journal.h"
#include "pos/printing.h"
#include "pos/sale_record.h"
#include "pos/settings.h"
#include "support/expect.h"
#include "support/process.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <QImage>
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace ocop;
using namespace ocop::pos;
using namespace std::chrono_literals;
using ocop::test::card;
using ocop::test::cash;
using ocop::test::must;
using ocop::test::PrintingRig;
using ocop::test::units;

namespace {

// A terminal whose printer.queue is the "receipt" queue of a PrintingRig.
struct PrintingTill {
    PrintingTill() {
        must(set_setting(sample.db, "printer.queue", "receipt"));
        sample.open_shift();
    }

    test::SampleDb sample;

    // What the terminal does on "Pay": the sale and its receipt's job in one
    // transaction. Returns the job's id.
    std::int64_t pay(PaymentInput payment, SaleRecord* sold = nullptr) {
        auto cart = sample.cart();
        must(cart.add(sample.code("8936010100114"), units(1))); // 95.000 ₫
        auto transaction = must(db::Transaction::begin(sample.db));
        const auto sale = must(complete_sale(sample.till, cart, sample.cashier(), {payment}));
        const auto job = must(enqueue_sale_receipt(sample.db, sample.clock, sale.id));
        must(transaction.commit());
        if (sold)
            *sold = sale;
        return job;
    }

    PrintJob print(std::int64_t job) {
        auto printer = must(printer_settings(sample.db));
        printer.timeout = 15s;
        return must(print_job(sample.db, sample.clock, job, printer));
    }
};

} // namespace

TEST_CASE("Pay prints the receipt: 80 mm raster, the drawer kicked, cut, the QR finds the sale",
          "[integration][printing]") {
    PrintingRig rig;
    PrintingTill till;
    SaleRecord sale;
    const auto job = till.print(till.pay(cash(100'000), &sale));
    INFO(job.error_code << " " << job.error_vi);
    CHECK(job.status == "printed");
    CHECK(job.printed_at);
    CHECK(job.attempts == 1);
    CHECK(job.cups_job_id);

    const auto paper = rig.printer.wait_for_jobs(1).at(0);
    REQUIRE(paper.printed());
    CHECK(paper.logged("ESC p")); // cash sale: the drawer opens
    CHECK(paper.logged("GS V"));  // and the receipt is cut
    const QImage picture(QString::fromStdString(paper.png.string()));
    CHECK(picture.width() == 576);
    CHECK(test::read_qr(picture) == "OCOPSALE:" + sale.id);
    CHECK(must(unfinished_print_jobs(till.sample.db)).empty());
}

TEST_CASE("out of paper: the sale stands, the receipt waits with the reason, the retry prints it",
          "[integration][printing][failure]") {
    PrintingRig rig;
    PrintingTill till;
    rig.printer.paper_out();
    SaleRecord sale;
    const auto id = till.pay(card(95'000, "A1B2C3"), &sale);
    const auto failed = till.print(id);
    CHECK(failed.status == "failed");
    CHECK(failed.error_code == "printer.paper_out");
    CHECK(failed.error_vi.find("hết giấy") != std::string::npos);

    // Nothing came out, nothing of the sale was lost.
    CHECK(rig.printer.job_count() == 0);
    CHECK(must(load_sale(till.sample.db, sale.id)).total == Money{95'000});
    const auto waiting = must(unfinished_print_jobs(till.sample.db));
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].id == id);

    // The roll is changed; "In lại".
    rig.printer.ready();
    const auto printed = till.print(id);
    INFO(printed.error_code << " " << printed.error_vi);
    CHECK(printed.status == "printed");
    const auto papers = rig.printer.wait_for_jobs(1);
    CHECK(papers.size() == 1);
    CHECK(test::read_qr(QImage(QString::fromStdString(papers.at(0).png.string()))) ==
          "OCOPSALE:" + sale.id);
    CHECK(must(unfinished_print_jobs(till.sample.db)).empty());
}

TEST_CASE("a printer switched off or a CUPS that is down fails the job, never the sale",
          "[integration][printing][failure]") {
    PrintingRig rig(2);
    PrintingTill till;
    const auto counts = [&] {
        return till.sample.count("sales");
    };

    rig.printer.offline();
    const auto offline = till.print(till.pay(cash(95'000)));
    CHECK(offline.status == "failed");
    CHECK((offline.error_code == "printer.unreachable" || offline.error_code == "printer.offline"));
    CHECK_FALSE(offline.error_vi.empty());

    rig.cups.stop();
    const auto no_cups = till.print(till.pay(cash(95'000)));
    CHECK(no_cups.status == "failed");
    CHECK(no_cups.error_code == "printer.cups_unreachable");
    CHECK(no_cups.error_vi.find("CUPS") != std::string::npos);

    CHECK(counts() == 2);
    CHECK(must(unfinished_print_jobs(till.sample.db)).size() == 2);
}

TEST_CASE("a job the till lost track of is not printed twice", "[integration][printing]") {
    PrintingRig rig;
    PrintingTill till;
    const auto id = till.pay(card(95'000, "A1B2C3"));
    // The till sent the receipt and stopped before it heard back: CUPS
    // printed it, the job says "sent".
    const auto bytes =
        must(drivers::encode_escpos(must(document_for(till.sample.db, till.sample.clock,
                                                      must(load_print_job(till.sample.db, id)))),
                                    must(drivers::printer_profile("80mm"))));
    const int cups_job = must(drivers::submit_raw_job("receipt", bytes, "receipt"));
    CHECK(must(drivers::wait_for_job("receipt", cups_job, 10s)).printed());
    must(till.sample.db.execute(
        "UPDATE print_jobs SET status = 'sent', queue = 'receipt', cups_job_id = ?, attempts = 1 "
        "WHERE id = ?",
        cups_job, id));

    const auto settled = till.print(id);
    CHECK(settled.status == "printed");
    CHECK(rig.printer.job_count() == 1);
}

TEST_CASE("ocop sell --print and ocop print retry, as a store script runs them",
          "[integration][printing][cli]") {
    PrintingRig rig;
    test::SampleDb sample; // a database file to run the real binary on
    must(set_setting(sample.db, "printer.queue", "receipt"));
    sample.open_shift();
    const auto ocop = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", sample.path.string()});
        return test::run_process(OCOP_BINARY, arguments, rig.cups.environment());
    };
    const std::vector<std::string> sell{"sell",        "--cashier", "thungan",       "--pin",
                                        "1111",        "--scan",    "8936010100114", "--pay",
                                        "cash=100000", "--print"};

    auto sold = ocop(sell);
    INFO(sold.err);
    CHECK(sold.exit_code == 0);
    CHECK(rig.printer.wait_for_jobs(1).at(0).printed());

    rig.printer.paper_out();
    auto kept = ocop(sell);
    CHECK(kept.exit_code == 3); // sold, not printed
    CHECK(kept.err.find("hết giấy") != std::string::npos);
    CHECK(sample.count("sales") == 2);

    rig.printer.ready();
    auto retried = ocop({"print", "retry"});
    INFO(retried.err);
    CHECK(retried.exit_code == 0);
    CHECK(rig.printer.wait_for_jobs(2).size() == 2);
    auto listed = ocop({"print", "list"});
    CHECK(listed.out.find("Không có lệnh in nào đang chờ") != std::string::npos);
}
