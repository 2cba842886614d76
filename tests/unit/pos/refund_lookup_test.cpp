// Finding a sale to refund at the till: what the cashier scans off the
// receipt or types, and what each line has left to refund — the same
// figures refund_sale holds a refund to.
#include "pos/journal.h"
#include "pos/receipt.h"
#include "pos/refund_lookup.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <string>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::refund_of;
using ocop::test::units;

namespace {

constexpr std::string_view kId = "3f2c9a1e-7b4d-4c2a-9e8f-0a1b2c3d4e5f";
constexpr std::string_view kLookupUrl = "https://ocop.vinhlong.gov.vn/hd/";

std::optional<std::string> read(std::string_view scanned, std::string_view url = "") {
    return sale_reference_from_scan(scanned, url);
}

std::string upper(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return result;
}

// Three boxes of kẹo dừa, 1,5 kg of lạp xưởng and 10.000 ₫ off the order.
SaleRecord sale_to_refund(test::SampleDb& sample) {
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-KDS-NC"), units(3)));  // 195.000
    must(cart.add(sample.code("1001"), Quantity{1500})); // 420.000
    must(cart.set_order_discount(Discount::amount(Money{10'000})));
    return sample.sell(cart);
}

} // namespace

TEST_CASE("a receipt's QR code or its number finds the sale; a product's barcode does not",
          "[refund_lookup]") {
    const std::string id(kId);
    CHECK(read("OCOPSALE:" + id) == id);
    CHECK(read(std::string(kLookupUrl) + id, kLookupUrl) == id);
    // Scanners end with CR/LF; a QR code may carry the URL in capitals.
    CHECK(read("OCOPSALE:" + id + "\r\n") == id);
    CHECK(read(upper(std::string(kLookupUrl) + id), kLookupUrl) == id);
    // The store's lookup page does not stop older "OCOPSALE:" receipts working.
    CHECK(read("OCOPSALE:" + id, kLookupUrl) == id);

    // Typed by the cashier: the receipt number as printed, or an id from a list.
    CHECK(read("TV01-01-000042") == "TV01-01-000042");
    CHECK(read("  tv01-01-000042 ") == "tv01-01-000042"); // load_sale ignores case
    CHECK(read(id) == id);

    CHECK_FALSE(read("8936010100114"));                    // a product
    CHECK_FALSE(read("OCOP1:AEBAGBAFAYDQQCIKBMGA2DQPCA")); // a logo stamp
    CHECK_FALSE(read("OCOPSALE:"));
    CHECK_FALSE(read("OCOPSALE:not-a-sale"));
    CHECK_FALSE(read("https://other.example/hd/" + id, kLookupUrl)); // another site's page
    CHECK_FALSE(read("TV01-01-42"));                                 // too few digits
    CHECK_FALSE(read(""));
}

TEST_CASE("the code printed on a receipt reads back as its sale", "[refund_lookup][receipt]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto sale = sale_to_refund(sample);
    for (const std::string& url : {std::string(), std::string(kLookupUrl)}) {
        const auto reference = read(sale_lookup_code(sale, url), url);
        REQUIRE(reference);
        CHECK(must(load_sale(sample.db, *reference)).id == sale.id);
    }
}

TEST_CASE("after a partial refund, each line shows what is left to refund",
          "[refund_lookup][journal]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Hàng móp");
    const auto sale = sale_to_refund(sample);

    const auto fresh = must(refundable_lines(sample.db, sale.receipt_no));
    REQUIRE(fresh.size() == 2);
    CHECK(fresh[0].left() == units(3));
    CHECK(fresh[0].left_amount() == sale.lines[0].amount);
    CHECK_FALSE(fresh[0].weighed);
    CHECK(fresh[1].weighed);

    must(refund_sale(sample.till, refund_of(sale, {{1, units(1)}, {2, Quantity{500}}}),
                     sample.cashier(), approval));
    const auto lines = must(refundable_lines(sample.db, sale.id));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].sold.sku == "TV-KDS-NC");
    CHECK(lines[0].sold.quantity == units(3));
    CHECK(lines[0].refunded.quantity == units(1));
    CHECK(lines[0].left() == units(2));
    CHECK(lines[1].sold.quantity == Quantity{1500});
    CHECK(lines[1].refunded.quantity == Quantity{500});
    CHECK(lines[1].left() == Quantity{1000});

    // What the screen offers is what the journal pays back, to the đồng.
    const Money offered = lines[0].left_amount() + lines[1].left_amount();
    const auto rest =
        must(refund_sale(sample.till, refund_of(sale, {}), sample.cashier(), approval));
    CHECK(rest.total == -offered);
    for (const auto& line : must(refundable_lines(sample.db, sale.receipt_no))) {
        CHECK(line.left() == Quantity{0});
        CHECK(line.left_amount() == Money{0});
    }
}

TEST_CASE("a refund has nothing to refund, and an unknown number is not found",
          "[refund_lookup][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto sale = sale_to_refund(sample);
    const auto refund = must(refund_sale(sample.till, refund_of(sale, {{1, units(1)}}),
                                         sample.cashier(), sample.manager_approval("Hàng móp")));
    CHECK(error_code(refundable_lines(sample.db, refund.receipt_no)) == "refund.not_a_sale");
    CHECK(error_code(refundable_lines(sample.db, refund.id)) == "refund.not_a_sale");
    CHECK(error_code(refundable_lines(sample.db, "TV01-01-000099")) == "sales.not_found");
}
