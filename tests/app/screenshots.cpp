// ocop_app_screenshots [OUT_DIR] [Catch2 options]
//
// Walks through every screen of the terminal — in Vietnamese and English, at
// 1024×768 and 1920×1080 — the way a cashier and a manager reach them, saves
// each as OUT_DIR/<nn-screen>-<vi|en>-<W>x<H>.png, and fails on any text it
// can tell is cut short, wider than its box or past the window's edge.
// OUT_DIR defaults to ./screenshots; the reviewed set is kept in
// tests/app/screenshots/ (OCOP_UPDATE_SCREENSHOTS=1 writes there instead).

#define CATCH_CONFIG_RUNNER
#include "app/text_fit.h"
#include "app/ui_driver.h"
#include "pos/delivery_note.h"
#include "pos/settings.h"
#include "support/sample_db.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

Q_IMPORT_QML_PLUGIN(Ocop_TerminalPlugin)

using namespace ocop;

namespace {

std::filesystem::path g_out_dir = "screenshots";

struct Tour {
    test::UiDriver& ui;
    std::string suffix; // "-vi-1024x768"
    std::vector<std::string> problems;
    std::vector<std::string> missing;

    // The cashier's window, and the customer's when `customer` asks for it
    // (it changes only with the cart and the payment).
    void shot(const std::string& name, bool customer = false) {
        ui.settle(std::chrono::milliseconds(150));
        save(ui.grab(), name);
        for (const auto& problem : test::text_that_does_not_fit(ui.window()))
            problems.push_back(name + suffix + ": " + problem);
        QQuickWindow* customer_window = ui.app().customer_window();
        if (!customer || !customer_window)
            return;
        save(customer_window->grabWindow(), "customer-" + name);
        for (const auto& problem : test::text_that_does_not_fit(*customer_window))
            problems.push_back("customer-" + name + suffix + ": " + problem);
    }
    // 256 colours: a quarter of the size, still every word legible.
    void save(const QImage& picture, const std::string& name) {
        const auto path = g_out_dir / (name + suffix + ".png");
        const QImage small = picture.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
        CHECK(small.save(QString::fromStdString(path.string())));
    }
    void tap(const QString& name) {
        if (!ui.try_tap(name))
            missing.push_back(name.toStdString() + suffix);
    }
    void pin(const QString& digits) {
        for (const QChar digit : digits)
            tap(QStringLiteral("key_") + digit);
        tap(QStringLiteral("key_OK"));
    }
};

// The manager's goods-in and goods-out jobs, each with something on it.
void goods_in_and_out(Tour& tour, test::SampleDb& sample) {
    auto& ui = tour.ui;
    tour.tap("tab_goods");
    ui.scan("8936010100114");
    ui.scan("TV-MHD-500");
    tour.shot("22-goods-receive");
    tour.tap("chooseProducer");
    tour.shot("23-goods-choose-producer");
    tour.tap("producerCancel");
    tour.tap("lineQty_0");
    tour.shot("24-goods-line-quantity");
    tour.tap("lineQuantityCancel");
    tour.tap("confirmDocument");
    tour.shot("25-goods-receive-approval");
    tour.tap("approvalCancel");
    tour.tap("goods_damage");
    ui.scan("8936010100114");
    tour.tap("reason_broken");
    tour.shot("26-goods-write-off");
    tour.tap("confirmDocument");
    tour.shot("27-goods-written-off");
    tour.tap("goods_transferOut");
    ui.scan("8936010100114");
    tour.tap("store_TV02");
    tour.shot("28-goods-transfer-out");
    tour.tap("goods_transferIn");
    tour.shot("29-goods-transfer-in");
    tour.tap("goods_return");
    tour.shot("30-goods-return");
    tour.tap("goods_stocktake");
    tour.shot("31-stocktake-start");
    tour.tap("stocktakeStart_ocop");
    ui.scan("8936010100114");
    ui.scan("8936010100114");
    tour.shot("32-stocktake-count");
    tour.tap("stocktakeReport");
    tour.shot("33-stocktake-variance");
    // Two lots received that expire within the warning period, for the list and its badge.
    pos::DeliveryNote note{"SOKFARM", {}, {}, ""};
    note.terms.commission_bp = 1500;
    note.lines.push_back({sample.product_id("TV-MHD-250"), pos::Quantity::units(6), "L1209",
                          "2026-12-09", std::nullopt});
    note.lines.push_back({sample.product_id("TV-DHD-250"), pos::Quantity::units(4), "L1220",
                          "2026-12-20", std::nullopt});
    CHECK(pos::receive_goods(sample.till, note, sample.manager_approval("Nhận hàng")));
    tour.tap("goods_expiring");
    tour.shot("34-expiring-lots");
}

void walk(Tour& tour, test::SampleDb& sample) {
    auto& ui = tour.ui;
    tour.shot("01-sign-in");
    tour.tap("user_thungan");
    tour.shot("02-pin");
    tour.pin("1111");
    tour.shot("03-open-shift");
    tour.pin("500000");
    tour.shot("04-sell-categories", true);
    tour.tap("category_ocop");
    tour.shot("05-sell-category-products");

    ui.scan("8936010100114"); // honey, certified 5★
    ui.scan("TV-TRA-DL");     // a tea whose certification is expiring: a warning
    tour.shot("06-sell-warning");
    ui.scan("8936012100112"); // candy with a suspended certification: blocked
    tour.shot("07-blocked-product");
    tour.tap("blockedOverride");
    tour.shot("08-manager-approval");
    tour.tap("manager_quanly");
    ui.type_into("approvalReason", "khach dat truoc");
    tour.pin("9999");
    tour.shot("09-sell-cart", true);

    tour.tap("scanField"); // a finger on the field: the on-screen keyboard comes up
    ui.type_into("scanField", "banh");
    tour.shot("10-search-as-you-type");
    if (QQuickItem* field = ui.find("scanField"))
        field->setProperty("text", QString());
    QGuiApplication::inputMethod()->hide();

    tour.tap("payButton");
    tour.tap("methodCash");
    tour.tap("note_500000");
    tour.shot("11-pay-cash");
    tour.tap("removePayment_0"); // the note covered it all: VietQR takes the whole amount
    tour.tap("methodVietQr");
    tour.tap("showVietQr");
    tour.shot("12-pay-vietqr", true);
    tour.tap("confirmVietQr");
    tour.tap("completeSale");
    ui.wait_for_printing();
    tour.shot("13-after-sale-not-printed", true);

    tour.tap("navRefund");
    tour.tap("refundListDay");
    tour.shot("14-refund-find");
    const auto receipt = ui.terminal().payment()->lastReceiptNo();
    ui.terminal().refund()->find(receipt);
    tour.tap("refundAll");
    tour.shot("15-refund-lines");
    tour.tap("refundBack");

    tour.tap("navManager");
    tour.shot("16-manager-unlock");
    tour.tap("manager_quanly");
    tour.pin("9999");
    tour.tap("tab_stock");
    tour.shot("17-stock");
    tour.tap("lowStockOnly");
    tour.shot("18-stock-low");
    tour.tap("lowStockOnly");
    ui.terminal().stock()->showDetail("TV-KD-UH");
    tour.shot("19-product-detail");
    tour.tap("tab_shiftClose");
    tour.tap("pieces_plus_0");
    tour.shot("20-shift-close");
    tour.tap("tab_settings");
    tour.shot("21-settings");
    goods_in_and_out(tour, sample);
}

void tour_at(const QString& language, QSize size) {
    test::SampleDb sample;
    // A printer that is not there: the after-sale screen shows a failure.
    REQUIRE(pos::set_setting(sample.db, "printer.queue", "quay-thu-ngan"));
    test::UiDriver ui(sample.path, sample.clock, size, true, true);
    ui.terminal().setLanguage(language);
    Tour tour{ui,
              "-" + language.toStdString() + "-" + std::to_string(size.width()) + "x" +
                  std::to_string(size.height()),
              {},
              {}};
    walk(tour, sample);
    INFO("controls the tour could not reach: " << tour.missing.size());
    for (const auto& name : tour.missing)
        UNSCOPED_INFO("missing: " << name);
    CHECK(tour.missing.empty());
    for (const auto& problem : tour.problems)
        UNSCOPED_INFO(problem);
    CHECK(tour.problems.empty());
}

} // namespace

TEST_CASE("every screen in Vietnamese at 1024x768", "[screenshots]") {
    tour_at("vi", QSize(1024, 768));
}
TEST_CASE("every screen in English at 1024x768", "[screenshots]") {
    tour_at("en", QSize(1024, 768));
}
TEST_CASE("every screen in Vietnamese at 1920x1080", "[screenshots]") {
    tour_at("vi", QSize(1920, 1080));
}
TEST_CASE("every screen in English at 1920x1080", "[screenshots]") {
    tour_at("en", QSize(1920, 1080));
}

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QML_DISABLE_DISK_CACHE", "1");
    // The on-screen keyboard, as on a till (one screen shows it open).
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-' && rest.size() == 1 && g_out_dir == "screenshots")
            g_out_dir = argv[i];
        else
            rest.push_back(argv[i]);
    }
    if (std::getenv("OCOP_UPDATE_SCREENSHOTS"))
        g_out_dir = OCOP_SCREENSHOT_SOURCE_DIR;
    std::filesystem::create_directories(g_out_dir);
    return Catch::Session().run(static_cast<int>(rest.size()), rest.data());
}
