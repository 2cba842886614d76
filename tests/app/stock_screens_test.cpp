// The manager's goods-in and goods-out screens, driven through the real
// QML: a delivery received with the manager's PIN, a write-off that needs
// its reason, a blind stocktake applied, goods transferred to another store.

#include "app/ui_driver.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>

using namespace ocop;

namespace {

const QString kHoneyBarcode = QStringLiteral("8936010100114"); // TV-MHD-250, Sokfarm

// The cashier's shift open, then the manager's screens unlocked with
// quanly's PIN and the "Goods in/out" tab open on `job`.
struct ManagerAtGoods {
    explicit ManagerAtGoods(const QString& job) {
        ui = std::make_unique<test::UiDriver>(sample.path, sample.clock);
        ui->sign_in("thungan", "1111");
        REQUIRE(ui->wait_for("floatPad"));
        for (const QChar digit : QStringLiteral("500000"))
            ui->tap(QStringLiteral("key_") + digit);
        ui->tap("key_OK");
        REQUIRE(ui->wait_for("payButton"));
        ui->tap("navManager");
        REQUIRE(ui->wait_for("managerUnlock"));
        ui->tap("manager_quanly");
        ui->enter_pin("9999");
        ui->tap("tab_goods");
        ui->tap("goods_" + job);
    }

    void approve() {
        ui->tap("manager_quanly");
        ui->enter_pin("9999");
    }

    std::int64_t units_of(std::string_view sku) { return sample.stock_of(sku).milli / 1000; }

    test::SampleDb sample;
    std::unique_ptr<test::UiDriver> ui;
};

} // namespace

TEST_CASE("goods received in two lines with the manager's PIN raise the levels and show the note",
          "[app][stock]") {
    ManagerAtGoods manager("receive");
    auto& ui = *manager.ui;
    const auto honey = manager.units_of("TV-MHD-250");
    const auto large = manager.units_of("TV-MHD-500");

    ui.scan(kHoneyBarcode);
    ui.scan(QStringLiteral("TV-MHD-500"));
    REQUIRE(ui.terminal().stockDocuments()->count() == 2);
    CHECK(ui.text("documentProducer").contains(QStringLiteral("Sokfarm")));
    ui.tap("lineQty_0");
    ui.tap("lineQtyKey_1");
    ui.tap("lineQtyKey_2");
    ui.tap("lineQuantityOk");
    ui.tap("lineLot_0");
    ui.type_into("lotField", "L1129");
    ui.type_into("expiryField", "10/12/2026");
    ui.tap("lotOk");
    ui.type_into("termsCommission", "15");
    ui.tap("confirmDocument");
    manager.approve();

    REQUIRE(ui.wait_for("documentNumber"));
    CHECK(ui.text("documentNumber").startsWith(QStringLiteral("TV01-01-PN")));
    CHECK(manager.units_of("TV-MHD-250") == honey + 12);
    CHECK(manager.units_of("TV-MHD-500") == large + 1);
}

TEST_CASE("a write-off without a reason is refused in Vietnamese, with one the level drops",
          "[app][stock][failure]") {
    ManagerAtGoods manager("damage");
    auto& ui = *manager.ui;
    const auto honey = manager.units_of("TV-MHD-250");

    ui.scan(kHoneyBarcode);
    ui.tap("confirmDocument");
    REQUIRE(ui.wait_for("problemMessage"));
    CHECK(ui.text("problemMessage").contains(QStringLiteral("lý do")));
    CHECK(manager.units_of("TV-MHD-250") == honey);
    CHECK(ui.terminal().stockDocuments()->count() == 1); // the draft is kept

    ui.tap("reason_broken");
    ui.tap("confirmDocument");
    REQUIRE(ui.wait_for("documentDone"));
    CHECK(manager.units_of("TV-MHD-250") == honey - 1);
}

TEST_CASE("a blind stocktake: two scans, the variance, applied with the PIN sets the level to 2",
          "[app][stock]") {
    ManagerAtGoods manager("stocktake");
    auto& ui = *manager.ui;
    const auto books = manager.units_of("TV-MHD-250");
    REQUIRE(books != 2);

    ui.tap("stocktakeStart_ocop");
    REQUIRE(ui.wait_for("countedList"));
    ui.scan(kHoneyBarcode);
    ui.scan(kHoneyBarcode);
    REQUIRE(ui.wait_for("counted_TV-MHD-250"));
    CHECK(ui.text("counted_TV-MHD-250").startsWith(QStringLiteral("2 ")));

    ui.tap("stocktakeReport");
    REQUIRE(ui.wait_for("variance_TV-MHD-250"));
    CHECK(ui.text("variance_TV-MHD-250").startsWith(QString::number(2 - books) + " "));
    CHECK(ui.text("varianceValue_TV-MHD-250").contains(QStringLiteral("₫")));

    ui.tap("stocktakeApply");
    manager.approve();
    REQUIRE(ui.wait_for("stocktakeApplied"));
    CHECK(manager.units_of("TV-MHD-250") == 2);
}

TEST_CASE("goods transferred out to another store leave this store's level", "[app][stock]") {
    ManagerAtGoods manager("transferOut");
    auto& ui = *manager.ui;
    const auto honey = manager.units_of("TV-MHD-250");

    ui.scan(kHoneyBarcode);
    ui.tap("store_TV02");
    ui.tap("confirmDocument");
    REQUIRE(ui.wait_for("documentNumber"));
    CHECK(ui.text("documentNumber").startsWith(QStringLiteral("TV01-01-CK")));
    CHECK(manager.units_of("TV-MHD-250") == honey - 1);
}

TEST_CASE("a transfer head office carried here is confirmed with one tap and raises the level",
          "[app][stock]") {
    ManagerAtGoods manager("receive");
    auto& ui = *manager.ui;
    const auto honey = manager.units_of("TV-MHD-250");
    // What ocop-syncd keeps from head office's `transfer` entity.
    REQUIRE(manager.sample.db.execute(
        "INSERT INTO incoming_transfers (id, from_store, sent_at, status) "
        "VALUES ('TV02-01-CK000007', 'TV02', '2026-11-28T15:00:00+07:00', 'sent')"));
    REQUIRE(manager.sample.db.execute(
        "INSERT INTO incoming_transfer_lines (transfer_id, line_no, product_id, quantity_milli) "
        "VALUES ('TV02-01-CK000007', 1, ?, 3000)",
        manager.sample.product_id("TV-MHD-250")));

    ui.tap("goods_transferIn");
    ui.tap("confirmIncoming_TV02-01-CK000007");
    REQUIRE(ui.wait_for("documentNumber"));
    CHECK(ui.text("documentNumber") == QStringLiteral("TV02-01-CK000007"));
    CHECK(manager.units_of("TV-MHD-250") == honey + 3);
    CHECK(ui.terminal().stockDocuments()->incoming().isEmpty());
}
