// The touch terminal as a cashier and a manager use it: sign in, open a
// shift, scan, pay, the receipt out of the (emulated) thermal printer via a
// real CUPS; a blocked product let through by the manager; a refund; the
// shift closed with its Z report. Taps and scans go through the real QML.

#include "app/ui_driver.h"
#include "integration/printing_rig.h"
#include "pos/journal.h"
#include "pos/printing.h"
#include "pos/sale_record.h"
#include "pos/settings.h"
#include "pos/shift.h"
#include "support/sample_db.h"

#include <QImage>
#include <catch2/catch.hpp>

using namespace ocop;
using namespace std::chrono_literals;

namespace {

const QString kHoneyBarcode = QStringLiteral("8936010100114");   // TV-MHD-250, 95.000 ₫
const QString kSuspendedCandy = QStringLiteral("8936012100112"); // TV-KD-UH, suspended: blocked

// A till set up to print on the rig's queue, the cashier signed in and the
// shift opened through the screens.
struct SellingTill {
    explicit SellingTill(bool printer = true) {
        if (printer)
            REQUIRE(pos::set_setting(sample.db, "printer.queue", "receipt"));
        ui = std::make_unique<test::UiDriver>(sample.path, sample.clock);
        ui->sign_in("thungan", "1111");
        REQUIRE(ui->wait_for("floatPad"));
        for (const QChar digit : QStringLiteral("500000"))
            ui->tap(QStringLiteral("key_") + digit);
        ui->tap("key_OK");
        REQUIRE(ui->wait_for("payButton"));
    }

    void approve_as_manager(const QString& reason) {
        ui->tap("manager_quanly");
        if (!reason.isEmpty())
            ui->type_into("approvalReason", reason);
        ui->enter_pin("9999");
    }

    // Scans, pays cash with a 200.000 note, and waits for the receipt.
    std::string sell_one_honey() {
        ui->scan(kHoneyBarcode);
        REQUIRE(ui->terminal().cart()->count() == 1);
        ui->tap("payButton");
        REQUIRE(ui->wait_for("payPanel"));
        ui->tap("methodCash");
        ui->tap("note_200000");
        CHECK(ui->text("changeText").contains(QStringLiteral("105.000 ₫")));
        ui->tap("completeSale");
        ui->wait_for_printing();
        auto sales = pos::list_sales(sample.db, {});
        REQUIRE(sales);
        REQUIRE(!sales->empty());
        return sales->back().id;
    }

    test::SampleDb sample;
    std::unique_ptr<test::UiDriver> ui;
};

} // namespace

TEST_CASE("a sale by scans and taps ends in a printed receipt whose QR finds it",
          "[app][printing]") {
    test::PrintingRig rig;
    SellingTill till;
    auto& ui = *till.ui;

    ui.scan(kHoneyBarcode);
    ui.scan(kHoneyBarcode);              // the same jar again: one line of 2
    ui.scan(QStringLiteral("TV-BT-BM")); // a store code typed by the scanner
    CHECK(ui.terminal().cart()->count() == 2);
    CHECK(ui.text("cartTotal").contains(QStringLiteral("₫")));
    const QString total = ui.terminal().cart()->totalText();
    CHECK(ui.text("cartTotal").contains(total));

    ui.tap("payButton");
    REQUIRE(ui.wait_for("payPanel"));
    ui.tap("methodCash");
    ui.tap("note_500000");
    ui.tap("completeSale");
    ui.wait_for_printing();

    // The cart is empty for the next customer and the last sale is shown.
    CHECK(ui.terminal().cart()->count() == 0);
    REQUIRE(ui.wait_for("lastSaleStrip"));
    CHECK(ui.terminal().printer()->state() == QStringLiteral("printed"));

    auto sales = pos::list_sales(till.sample.db, {});
    REQUIRE(sales);
    REQUIRE(sales->size() == 1);
    const auto sale = pos::load_sale(till.sample.db, sales->front().id);
    REQUIRE(sale);
    CHECK(sale->lines.size() == 2);
    CHECK(sale->cashier == "thungan");

    const auto paper = rig.printer.wait_for_jobs(1).at(0);
    REQUIRE(paper.printed());
    CHECK(paper.logged("ESC p")); // cash: the drawer opens
    const QImage picture(QString::fromStdString(paper.png.string()));
    CHECK(test::read_qr(picture) == "OCOPSALE:" + sale->id);

    // Reprint: a second paper, marked as a copy, no drawer this time.
    ui.tap("reprintButton");
    ui.wait_for_printing();
    const auto copy = rig.printer.wait_for_jobs(2).at(1);
    CHECK(copy.printed());
    CHECK_FALSE(copy.logged("ESC p"));
}

TEST_CASE("out of paper: the sale is kept, the screen says so in Vietnamese, retry prints it",
          "[app][printing][failure]") {
    test::PrintingRig rig;
    SellingTill till;
    rig.printer.paper_out();
    till.sell_one_honey();
    auto& ui = *till.ui;
    CHECK(ui.terminal().printer()->state() == QStringLiteral("failed"));
    CHECK(ui.terminal().printer()->message().contains(QStringLiteral("hết giấy")));
    REQUIRE(ui.wait_for("retryPrintButton"));
    CHECK(rig.printer.job_count() == 0);

    rig.printer.ready();
    ui.tap("retryPrintButton");
    ui.wait_for_printing();
    CHECK(ui.terminal().printer()->state() == QStringLiteral("printed"));
    CHECK(rig.printer.wait_for_jobs(1).size() == 1);
}

TEST_CASE("a product the policy blocks needs the manager, and the override is on the line",
          "[app][certification]") {
    SellingTill till(false);
    auto& ui = *till.ui;

    ui.scan(kSuspendedCandy);
    REQUIRE(ui.wait_for("blockedDialog"));
    CHECK(ui.terminal().cart()->count() == 0);

    // Not sold: nothing enters the cart.
    ui.tap("blockedDismiss");
    CHECK(ui.terminal().cart()->count() == 0);

    // Sold with the manager's PIN and reason.
    ui.scan(kSuspendedCandy);
    REQUIRE(ui.wait_for("blockedDialog"));
    ui.tap("blockedOverride");
    till.approve_as_manager(QStringLiteral("khach quen"));
    CHECK(ui.terminal().cart()->count() == 1);
    const QModelIndex line = ui.terminal().cart()->index(0);
    CHECK(line.data(app::CartModel::OverriddenRole).toBool());
    CHECK(line.data(app::CartModel::CertOutcomeRole).toString() == QStringLiteral("suspended"));
    // The override is in the journal at once, whoever finishes the sale.
    CHECK(till.sample.count("outbox") > 0);
}

TEST_CASE("a wrong manager PIN is refused in words and nothing is let through",
          "[app][certification][failure]") {
    SellingTill till(false);
    auto& ui = *till.ui;
    ui.scan(kSuspendedCandy);
    REQUIRE(ui.wait_for("blockedDialog"));
    ui.tap("blockedOverride");
    ui.tap("manager_quanly");
    ui.type_into("approvalReason", "thu");
    ui.enter_pin("1234");
    CHECK(ui.terminal().cart()->count() == 0);
    REQUIRE(ui.wait_for("problemMessage"));
    CHECK(ui.text("problemMessage").contains(QStringLiteral("PIN")));
}

TEST_CASE("a refund found by the receipt number, approved by the manager, prints its receipt",
          "[app][printing]") {
    test::PrintingRig rig;
    SellingTill till;
    auto& ui = *till.ui;
    const std::string sale_id = till.sell_one_honey();
    const auto sale = pos::load_sale(till.sample.db, sale_id);
    REQUIRE(sale);

    ui.tap("navRefund");
    ui.type_into("refundSearchField", QString::fromStdString(sale->receipt_no));
    ui.tap("refundFind");
    REQUIRE(ui.terminal().refund()->loaded());
    ui.tap("refundAll");
    // The screen shows what the refund will give back, to the đồng.
    CHECK(ui.text("refundTotal").contains(QStringLiteral("95.000 ₫")));
    ui.tap("refundConfirm");
    till.approve_as_manager(QStringLiteral("hang loi"));
    REQUIRE(ui.wait_for("refundDone"));
    ui.wait_for_printing();

    auto sales = pos::list_sales(till.sample.db, {});
    REQUIRE(sales);
    REQUIRE(sales->size() == 2);
    CHECK(sales->back().kind == "refund");
    CHECK(sales->back().total == pos::Money{-95'000});
    CHECK(rig.printer.wait_for_jobs(2).size() == 2); // the sale's and the refund's receipts
}

TEST_CASE("a refund scanned from the receipt's QR opens the sale", "[app]") {
    SellingTill till(false);
    auto& ui = *till.ui;
    const std::string sale_id = till.sell_one_honey();
    ui.tap("navRefund");
    ui.scan(QString::fromStdString("OCOPSALE:" + sale_id));
    CHECK(ui.terminal().refund()->loaded());
    CHECK(ui.terminal().refund()->rowCount() == 1);
}

TEST_CASE("the shift is closed by the manager with the count, variance and Z report",
          "[app][printing]") {
    test::PrintingRig rig;
    SellingTill till;
    auto& ui = *till.ui;
    till.sell_one_honey(); // 95.000 in cash on a 500.000 float: 595.000 expected

    ui.tap("navManager");
    REQUIRE(ui.wait_for("managerUnlock"));
    ui.tap("manager_quanly");
    ui.enter_pin("9999");
    ui.tap("tab_shiftClose");
    // Counted: one 500.000, one 50.000, two 20.000 = 590.000: 5.000 short.
    const auto row_of = [](std::int64_t note) {
        int row = 0;
        for (const std::int64_t denomination :
             {500'000, 200'000, 100'000, 50'000, 20'000, 10'000, 5'000, 2'000, 1'000, 500}) {
            if (denomination == note)
                return row;
            ++row;
        }
        return -1;
    };
    ui.tap(QStringLiteral("pieces_plus_%1").arg(row_of(500'000)));
    ui.tap(QStringLiteral("pieces_plus_%1").arg(row_of(50'000)));
    ui.tap(QStringLiteral("pieces_plus_%1").arg(row_of(20'000)));
    ui.tap(QStringLiteral("pieces_plus_%1").arg(row_of(20'000)));
    CHECK(ui.text("countedCash").contains(QStringLiteral("590.000 ₫")));
    CHECK(ui.text("cashVariance").contains(QStringLiteral("-5.000 ₫")));

    ui.tap("closeShift");
    till.approve_as_manager({});
    REQUIRE(ui.wait_for("shiftClosed"));
    ui.wait_for_printing();

    auto shift = pos::current_shift(till.sample.db, till.sample.till);
    REQUIRE(shift);
    CHECK_FALSE(shift->has_value());                 // closed
    CHECK(rig.printer.wait_for_jobs(2).size() == 2); // the receipt and the Z report
}

TEST_CASE("the screen speaks Vietnamese first and English on request", "[app][i18n]") {
    test::SampleDb sample;
    test::UiDriver ui(sample.path, sample.clock);
    CHECK(ui.text("signInPrompt").contains(QStringLiteral("Chạm")));
    ui.tap("languageToggle");
    CHECK(ui.text("signInPrompt").startsWith(QStringLiteral("Tap your name")));
    // Remembered for the next start.
    auto language = pos::get_setting(sample.db, "terminal.language");
    REQUIRE(language);
    CHECK(language->value_or("") == "en");
}

TEST_CASE("a split payment: part in cash on the pad, the rest by VietQR confirmed by the cashier",
          "[app]") {
    SellingTill till(false);
    auto& ui = *till.ui;
    ui.scan(kHoneyBarcode);
    ui.scan(kHoneyBarcode); // 190.000 ₫
    ui.tap("payButton");
    REQUIRE(ui.wait_for("payPanel"));
    ui.tap("methodCash");
    for (const QChar key : QStringLiteral("100"))
        ui.tap(QStringLiteral("cashKey_") + key);
    ui.tap("cashKey_000");
    ui.tap("addCashButton");
    CHECK(ui.terminal().payment()->remainingText() == QStringLiteral("90.000 ₫"));
    ui.tap("methodVietQr");
    ui.tap("showVietQr");
    REQUIRE(ui.wait_for("vietQrImage"));
    // The code on screen is a VietQR for what remains, with the sale's reference.
    const QString payload = ui.terminal().payment()->vietQrPayload();
    CHECK(payload.contains(QStringLiteral("5405"
                                          "90000")));
    CHECK(payload.contains(QStringLiteral("A000000727")));
    ui.tap("confirmVietQr");
    ui.tap("completeSale");

    auto sales = pos::list_sales(till.sample.db, {});
    REQUIRE(sales);
    REQUIRE(sales->size() == 1);
    const auto sale = pos::load_sale(till.sample.db, sales->front().id);
    REQUIRE(sale);
    REQUIRE(sale->payments.size() == 2);
    CHECK(sale->payments[0].method == pos::PaymentMethod::Cash);
    CHECK(sale->payments[0].amount == pos::Money{100'000});
    CHECK(sale->payments[1].method == pos::PaymentMethod::VietQr);
    CHECK(sale->payments[1].amount == pos::Money{90'000});
    // The note the bank shows: the till and the time (the sample's clock).
    CHECK(sale->payments[1].reference == "OCOP TV0101 291126 090000");
}

TEST_CASE("a scan while the cashier types elsewhere goes to the sale, not into the field",
          "[app][scanner]") {
    SellingTill till(false);
    auto& ui = *till.ui;
    ui.tap("quantityButton"); // a popup with its own field has the focus
    REQUIRE(ui.wait_for("quantityField"));
    ui.find("quantityField")->forceActiveFocus();
    ui.scan(kHoneyBarcode);
    CHECK(ui.terminal().cart()->count() == 1);
    CHECK(ui.text("quantityField").isEmpty());
}

TEST_CASE("the manager picks the receipt printer from CUPS's queues and prints a test page",
          "[app][printing]") {
    test::PrintingRig rig;
    SellingTill till(false);
    auto& ui = *till.ui;
    ui.tap("navManager");
    ui.tap("manager_quanly");
    ui.enter_pin("9999");
    ui.tap("tab_settings");
    ui.tap("refreshPrinters");
    ui.tap("printer_receipt");
    ui.tap("profile_80mm");
    ui.tap("savePrinter");
    auto queue = pos::get_setting(till.sample.db, "printer.queue");
    REQUIRE(queue);
    CHECK(queue->value_or("") == "receipt");
    ui.tap("testPrint");
    ui.wait_for_printing();
    CHECK(ui.terminal().printer()->state() == QStringLiteral("printed"));
    CHECK(rig.printer.wait_for_jobs(1).size() == 1);
}
