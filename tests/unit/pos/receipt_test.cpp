// What the store prints, read the way a customer or a tax inspector reads
// the paper: each document is flattened to its lines of text (rows as
// "cell | cell", QR codes as "QR: payload") and checked for what must be on it.
#include "pos/discount.h"
#include "pos/journal.h"
#include "pos/receipt.h"
#include "pos/scanning.h"
#include "pos/settings.h"
#include "pos/shift.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::card;
using ocop::test::cash;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::qr;
using ocop::test::units;

namespace {

struct LineOf {
    std::vector<std::string>& lines;
    void operator()(const drivers::TextBlock& text) { lines.push_back(text.text); }
    void operator()(const drivers::ColumnRow& row) {
        std::string joined;
        for (const auto& cell : row.cells)
            joined += (joined.empty() ? "" : " | ") + cell;
        lines.push_back(joined);
    }
    void operator()(const drivers::Rule& rule) {
        lines.push_back(rule.double_line ? "===" : "---");
    }
    void operator()(const drivers::Spacer&) {}
    void operator()(const drivers::Picture&) { lines.push_back("[picture]"); }
    void operator()(const drivers::QrBlock& code) {
        lines.push_back("QR: " + code.payload);
        if (!code.caption.empty())
            lines.push_back(code.caption);
    }
};

std::vector<std::string> lines_of(const drivers::Document& document) {
    std::vector<std::string> lines;
    for (const auto& block : document.blocks)
        std::visit(LineOf{lines}, block);
    return lines;
}

bool has_line(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// The position of the first line containing `text`, or -1.
long find_containing(const std::vector<std::string>& lines, const std::string& text) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].find(text) != std::string::npos)
            return static_cast<long>(i);
    return -1;
}

std::string all_text(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines)
        text += line + "\n";
    return text;
}

StoreHeader sample_store(test::SampleDb& sample) {
    return must(store_header(sample.db, "TV01"));
}

// 2 jars of dừa sáp sợi, a bottle of mật hoa dừa, 1,25 kg lạp xưởng, scanned
// at the till (so each line carries its certification), paid by card and cash.
SaleRecord mixed_sale(test::SampleDb& sample) {
    sample.open_shift();
    sample.set_time("2026-11-29T10:15:30+07:00");
    auto cart = sample.cart();
    for (const auto& [code, quantity] :
         {std::pair{"TV-DSS-200", units(2)}, std::pair{"TV-MHD-500", units(1)},
          std::pair{"1001", Quantity{1250}}})
        REQUIRE(must(scan_into_cart(sample.till, cart, {code, quantity, {}})).line);
    return must(complete_sale(sample.till, cart, sample.cashier(),
                              {card(300'000, "A1B2C3"), cash(500'000)}));
}

} // namespace

TEST_CASE("the store's name, address and tax code head every receipt", "[receipt]") {
    test::SampleDb sample;
    const auto store = sample_store(sample);
    CHECK(store.name == "Điểm giới thiệu và bán sản phẩm OCOP Trà Vinh");
    CHECK(store.address.find("Vĩnh Long") != std::string::npos);
    CHECK(store.tax_code == "2100999001");

    const auto lines = lines_of(sale_receipt(mixed_sale(sample), store, {}));
    CHECK(lines.at(0) == store.name);
    CHECK(lines.at(1) == store.address);
    CHECK(lines.at(2).find("MST: 2100999001") != std::string::npos);
    CHECK(has_line(lines, "HOÁ ĐƠN BÁN HÀNG"));

    CHECK(error_code(store_header(sample.db, "XX99")) == "receipt.unknown_store");
}

TEST_CASE("a sale receipt shows who sold what, when, and how it was paid", "[receipt]") {
    test::SampleDb sample;
    const auto sale = mixed_sale(sample);
    const auto lines = lines_of(sale_receipt(sale, sample_store(sample), {}));
    const std::string text = all_text(lines);
    INFO(text);

    CHECK(has_line(lines, "Số: TV01-01-000001 | 29/11/2026 10:15"));
    CHECK(has_line(lines, "Quầy: TV01-01 | Thu ngân: Nguyễn Thị Thu Ngân"));
    // Every line: its name, quantity × unit price, and amount.
    for (const auto& line : sale.lines) {
        const long at = find_containing(lines, std::to_string(line.line_no) + ". " + line.name);
        REQUIRE(at >= 0);
        CHECK(lines.at(static_cast<std::size_t>(at) + 1)
                  .find(format_amount(line.unit_price) + " | " + format_amount(line.gross)) !=
              std::string::npos);
    }
    CHECK(text.find("1,25 kg × 280.000 | 350.000") != std::string::npos);
    CHECK(has_line(lines, "Tạm tính | " + format_amount(sale.subtotal)));
    CHECK(has_line(lines, "TỔNG CỘNG | " + format_money(sale.total)));
    // The card with its approval code, the cash as handed over, the change.
    CHECK(has_line(lines, "Thẻ (mã A1B2C3) | 300.000"));
    CHECK(has_line(lines, "Tiền mặt | 500.000"));
    CHECK(has_line(lines, "Tiền thối lại | " + format_amount(sale.change_given)));
    CHECK(sale.change_given == Money{300'000 + 500'000} - sale.total);
    // Not a copy unless it is one.
    CHECK(text.find("BẢN SAO") == std::string::npos);
}

TEST_CASE("certified products carry their OCOP stars on the receipt", "[receipt][certification]") {
    test::SampleDb sample;
    const auto sale = mixed_sale(sample);
    const auto lines = lines_of(sale_receipt(sale, sample_store(sample), {}));
    int marked = 0;
    for (const auto& line : sale.lines) {
        const long at = find_containing(lines, std::to_string(line.line_no) + ". " + line.name);
        REQUIRE(at >= 0);
        const std::string& printed = lines.at(static_cast<std::size_t>(at));
        if (line.ocop_stars > 0) {
            std::string stars;
            for (int i = 0; i < line.ocop_stars; ++i)
                stars += "★";
            CHECK(printed.find(stars + " OCOP") != std::string::npos);
            ++marked;
        } else {
            CHECK(printed.find("★") == std::string::npos);
        }
    }
    CHECK(marked > 0); // the sample's products are mostly certified
}

TEST_CASE("the VAT is broken down per rate and adds up to the tax in the total", "[receipt][vat]") {
    test::SampleDb sample;
    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("8936010100114"), units(2))); // mật hoa dừa, 8%
    must(cart.add(sample.code("8936010600119"), units(1))); // rượu, 10% (excise goods)
    const auto sale = must(complete_sale(sample.till, cart, sample.cashier(), {cash(300'000)}));
    REQUIRE(sale.vat.size() == 2);
    const auto lines = lines_of(sale_receipt(sale, sample_store(sample), {}));
    CHECK(has_line(lines, "Thuế suất | Tiền hàng | Thuế GTGT"));
    Money net_and_tax;
    for (const auto& rate : sale.vat) {
        CHECK(has_line(lines, rate.invoice_code + " | " + format_amount(rate.net()) + " | " +
                                  format_amount(rate.vat)));
        net_and_tax += rate.net() + rate.vat;
    }
    CHECK(net_and_tax == sale.total);
}

TEST_CASE("discounts are printed under their line and the manager who approved them",
          "[receipt][discount]") {
    test::SampleDb sample;
    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("8936010100213"), units(1)));
    must(cart.set_line_discount(0, must(parse_discount("15%")),
                                sample.manager_approval("Khách mua sỉ")));
    const auto sale = must(complete_sale(sample.till, cart, sample.cashier(), {cash(200'000)}));
    const auto lines = lines_of(sale_receipt(sale, sample_store(sample), {}));
    INFO(all_text(lines));
    const Money discount = sale.lines.at(0).line_discount;
    CHECK(discount.dong > 0);
    CHECK(has_line(lines, "   Chiết khấu | " + format_amount(-discount)));
    CHECK(has_line(lines, "Chiết khấu | " + format_amount(-sale.discount_total)));
    CHECK(find_containing(lines, "Quản lý duyệt: quanly") >= 0);
}

TEST_CASE("the receipt's QR finds the sale again, and the footer is the store's own", "[receipt]") {
    test::SampleDb sample;
    const auto sale = mixed_sale(sample);
    auto lines = lines_of(sale_receipt(sale, sample_store(sample), {}));
    CHECK(has_line(lines, "QR: OCOPSALE:" + sale.id));
    CHECK(has_line(lines, "Tra cứu: TV01-01-000001"));

    ReceiptOptions options;
    options.footer = "Cảm ơn quý khách! Hẹn gặp lại.";
    options.lookup_url = "https://ocop.travinh.example/hd/";
    lines = lines_of(sale_receipt(sale, sample_store(sample), options));
    CHECK(has_line(lines, "QR: https://ocop.travinh.example/hd/" + sale.id));
    CHECK(lines.back() == "Cảm ơn quý khách! Hẹn gặp lại.");
}

TEST_CASE("a reprint says it is a copy, at the top where it cannot be missed", "[receipt]") {
    test::SampleDb sample;
    const auto sale = mixed_sale(sample);
    ReceiptOptions options;
    options.copy = true;
    const auto document = sale_receipt(sale, sample_store(sample), options);
    const auto lines = lines_of(document);
    const long copy = find_containing(lines, "BẢN SAO");
    REQUIRE(copy >= 0);
    CHECK(copy < find_containing(lines, "Số: TV01-01-000001"));
    // Printed white on black.
    bool inverted = false;
    for (const auto& block : document.blocks)
        if (const auto* text = std::get_if<drivers::TextBlock>(&block))
            inverted |= text->text.find("BẢN SAO") != std::string::npos && text->style.inverted;
    CHECK(inverted);
}

TEST_CASE("a refund receipt names the sale it refunds and the money paid back",
          "[receipt][refund]") {
    test::SampleDb sample;
    const auto sale = mixed_sale(sample);
    RefundRequest request;
    request.sale = sale.receipt_no;
    request.lines = {{1, units(1)}};
    const auto refund = must(
        refund_sale(sample.till, request, sample.cashier(), sample.manager_approval("Hũ bị nứt")));
    const auto lines = lines_of(sale_receipt(refund, sample_store(sample), {}));
    INFO(all_text(lines));
    CHECK(has_line(lines, "PHIẾU TRẢ HÀNG"));
    CHECK(has_line(lines, "Trả hàng cho hoá đơn TV01-01-000001"));
    CHECK(find_containing(lines, "Quản lý duyệt: quanly — Hũ bị nứt") >= 0);
    CHECK(has_line(lines, "HOÀN TIỀN | " + format_money(refund.total)));
    CHECK(refund.total.dong < 0);
}

TEST_CASE("a transfer not yet paid is asked for with the VietQR the bank app scans",
          "[receipt][vietqr]") {
    test::SampleDb sample;
    const std::string payload = "00020101021238530010A0000007270123000697041601092576788590208"
                                "QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6";
    const auto lines = lines_of(payment_request(
        sample_store(sample), Money{10'000}, "TV01-01-000007", payload, "CONG TY OCOP TRA VINH"));
    CHECK(has_line(lines, "YÊU CẦU THANH TOÁN"));
    CHECK(has_line(lines, "CHƯA THANH TOÁN"));
    CHECK(has_line(lines, "Số tiền | 10.000 ₫"));
    CHECK(has_line(lines, "QR: " + payload));
    CHECK(has_line(lines, "Nội dung: TV01-01-000007"));
}

TEST_CASE("the X report runs the shift's totals; the Z report adds the count and the variance",
          "[receipt][shift]") {
    test::SampleDb sample;
    const auto shift = sample.open_shift(Money{1'000'000});
    auto cart = sample.cart();
    must(cart.add(sample.code("8936010100114"), units(2)));
    must(complete_sale(sample.till, cart, sample.cashier(), {cash(200'000)}));
    auto cart2 = sample.cart();
    must(cart2.add(sample.code("8936010100114"), units(1)));
    must(complete_sale(sample.till, cart2, sample.cashier(), {qr(95'000, "FT123")}));

    auto x = lines_of(shift_report(must(shift_summary(sample.db, shift.id)), sample_store(sample),
                                   "TV01-01", "2026-11-29T12:00:00+07:00"));
    INFO(all_text(x));
    CHECK(has_line(x, "BÁO CÁO GIỮA CA (X)"));
    CHECK(has_line(x, "Số hoá đơn bán | 2"));
    CHECK(has_line(x, "Doanh thu | 285.000"));
    CHECK(has_line(x, "Tiền mặt (thuần) | 190.000"));
    CHECK(has_line(x, "Chuyển khoản VietQR | 95.000"));
    CHECK(has_line(x, "Tiền mặt phải có | 1.190.000"));
    CHECK(find_containing(x, "CHÊNH LỆCH") < 0);

    must(close_shift(sample.till, sample.manager_approval("Đóng ca"), Money{1'180'000}));
    auto z = lines_of(shift_report(must(shift_summary(sample.db, shift.id)), sample_store(sample),
                                   "TV01-01", "2026-11-29T18:00:00+07:00"));
    INFO(all_text(z));
    CHECK(has_line(z, "BÁO CÁO CUỐI CA (Z)"));
    CHECK(has_line(z, "Tiền mặt đếm được | 1.180.000"));
    CHECK(has_line(z, "CHÊNH LỆCH | -10.000"));
}

TEST_CASE("a stocktake variance sheet values each difference and the total", "[receipt][stock]") {
    test::SampleDb sample;
    const std::vector<VarianceLine> lines{
        {"TV-MHD-250", "Mật hoa dừa Sokfarm 250 ml", "chai", units(12), units(10), Money{95'000}},
        {"1001", "Lạp xưởng Vạn Thành", "kg", Quantity{5000}, Quantity{5250}, Money{280'000}},
    };
    const auto sheet = lines_of(stocktake_variance(
        lines, sample_store(sample), "Kiểm kê toàn cửa hàng", "2026-11-29T20:00:00+07:00"));
    INFO(all_text(sheet));
    CHECK(has_line(sheet, "BIÊN BẢN KIỂM KÊ"));
    CHECK(has_line(sheet, "   Sổ: 12 · Đếm: 10 chai | -2"));
    CHECK(has_line(sheet, "   Giá trị chênh lệch | -190.000"));
    CHECK(has_line(sheet, "   Sổ: 5 · Đếm: 5,25 kg | 0,25"));
    CHECK(has_line(sheet, "   Giá trị chênh lệch | 70.000"));
    CHECK(has_line(sheet, "TỔNG CHÊNH LỆCH | -120.000"));
}
