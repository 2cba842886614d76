#include "pos/instore_code.h"
#include "pos/issuer_keys.h"
#include "pos/scanning.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::SampleDb;
using ocop::test::units;

namespace {

ScanResult scan(SampleDb& sample, Cart& cart, std::string text,
                std::optional<Quantity> quantity = std::nullopt,
                std::optional<Approval> override = std::nullopt) {
    return must(
        scan_into_cart(sample.till, cart, {std::move(text), quantity, std::move(override)}));
}

// A price label of layout price_4_c5 (28 IIII V PPPPP C), with its verifier.
std::string priced_label(std::string_view item, std::string_view price) {
    const std::string body =
        "28" + std::string(item) + std::to_string(*price_check_digit(price)) + std::string(price);
    return body + std::to_string(gs1_check_digit(body));
}

std::int64_t events_of_type(SampleDb& sample, std::string_view type) {
    return must(sample.db.query_int64("SELECT count(*) FROM outbox WHERE type = ?", type))
        .value_or(0);
}

} // namespace

TEST_CASE("a product barcode becomes a line with its certification", "[scanning]") {
    SampleDb sample;
    Cart cart = sample.cart();
    const auto result = scan(sample, cart, "8936010100114");
    REQUIRE(result.line == 0u);
    const CartLine& line = cart.lines()[0];
    CHECK(line.sku == "TV-MHD-250");
    CHECK(line.quantity == units(1));
    REQUIRE(line.certification);
    CHECK(line.certification->outcome == "certified");
    CHECK(line.certification->stars == 5);
    CHECK(line.certification->decision_no == "2164/QĐ-BNNMT");
    // The same code again adds to the line.
    scan(sample, cart, "8936010100114", units(2));
    CHECK(cart.lines().size() == 1);
    CHECK(cart.lines()[0].quantity == units(3));
}

TEST_CASE("scale labels give the weight, or the price the customer pays", "[scanning]") {
    SampleDb sample;
    Cart cart = sample.cart();
    // 21 01001 01250 9: lạp xưởng (PLU 1001, 280.000 ₫/kg), 1,250 kg
    scan(sample, cart, "2101001012509");
    CHECK(cart.lines()[0].sku == "TV-LX-VT");
    CHECK(cart.lines()[0].quantity == Quantity{1250});
    CHECK(cart.totals().lines[0].gross == Money{350'000});

    // 24 1001 350000 4: the label printed 350.000 ₫.
    scan(sample, cart, "2410013500004");
    CHECK(cart.lines()[1].quantity == Quantity{1250}); // the weight it stands for
    CHECK(cart.totals().lines[1].gross == Money{350'000});

    // A price that is not a whole number of grams still costs what is printed.
    scan(sample, cart, priced_label("1001", "35001"));
    CHECK(cart.totals().lines[2].gross == Money{35'001});
    CHECK(cart.lines()[2].quantity == Quantity{125}); // 35.001 / 280.000 kg, to the gram

    std::string bad = priced_label("1001", "35001");
    bad[6] = bad[6] == '0' ? '1' : '0'; // the price verifier no longer matches
    bad.back() = static_cast<char>('0' + gs1_check_digit(bad.substr(0, 12)));
    CHECK(error_code(scan_into_cart(sample.till, cart, {bad, {}, {}})) ==
          "code.bad_price_check_digit");
}

TEST_CASE("a weighed product scanned without a weight asks for one", "[scanning]") {
    SampleDb sample;
    Cart cart = sample.cart();
    CHECK(error_code(scan_into_cart(sample.till, cart, {"1001", {}, {}})) ==
          "scan.weight_required");
    CHECK(cart.empty());
    scan(sample, cart, "1001", Quantity{750});
    CHECK(cart.lines()[0].quantity == Quantity{750});
}

TEST_CASE("GS1 data brings lot and expiry to the line; an expired lot is blocked", "[scanning]") {
    SampleDb sample; // 2026-11-29
    Cart cart = sample.cart();
    scan(sample, cart, "]C10108936010100114172706301026L15\x1d");
    CHECK(cart.lines()[0].lot == "26L15");
    CHECK(cart.lines()[0].expiry == "2027-06-30");

    const auto expired = scan(sample, cart, "]C1010893601010011417261031102610A");
    CHECK(expired.blocked());
    CHECK(expired.check.lot);
    CHECK(expired.check.messages_vi().front().find("HẾT HẠN") != std::string::npos);
    CHECK(cart.lines().size() == 1);

    const auto link = scan(sample, cart, "https://id.gs1.org/01/08936010100114/10/DL7?17=280101");
    CHECK(cart.lines()[*link.line].lot == "DL7");
}

TEST_CASE("a blocked product waits for a manager, whose override is journaled", "[scanning]") {
    SampleDb sample;
    Cart cart = sample.cart();
    const auto blocked = scan(sample, cart, "8936012200119"); // certification revoked
    CHECK(blocked.blocked());
    CHECK(blocked.check.certification.outcome == CertificationOutcome::Revoked);
    CHECK(cart.empty());
    CHECK(events_of_type(sample, "override") == 0);

    const Approval approval = sample.manager_approval("Hàng nhập trước khi thu hồi, đã kiểm");
    const auto allowed = scan(sample, cart, "8936012200119", std::nullopt, approval);
    REQUIRE(allowed.line);
    CHECK(events_of_type(sample, "override") == 1);
    REQUIRE(cart.lines()[0].certification->override);
    CHECK(cart.lines()[0].certification->override->manager.username == "quanly");

    sample.open_shift();
    const auto sale = sample.sell(cart);
    CHECK(sale.lines[0].certification == "revoked");
    CHECK(sale.lines[0].override_by == "quanly");
    CHECK(sale.lines[0].override_reason == "Hàng nhập trước khi thu hồi, đã kiểm");
    CHECK(sale.lines[0].ocop_stars == 0); // no star mark for a revoked product
    const auto stored = must(load_sale(sample.db, sale.id));
    CHECK(stored.lines[0].override_by == "quanly");
}

TEST_CASE("a warning is shown but does not stop the sale", "[scanning]") {
    SampleDb sample;
    Cart cart = sample.cart();
    const auto expiring = scan(sample, cart, "8936011000116");
    REQUIRE(expiring.line);
    CHECK(expiring.check.action == PolicyAction::Warn);
    CHECK(expiring.check.messages_vi().front().find("SẮP HẾT HẠN") != std::string::npos);
    CHECK(cart.lines()[0].certification->stars == 3);
}

TEST_CASE("a logo stamp adds its product with the stamp recorded", "[scanning]") {
    SampleDb sample;
    IssuerKey key;
    key.key_id = "VL25";
    key.issuer = "Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long";
    key.level = "central";
    key.valid_from = "2025-07-01";
    must(create_issuer_key(sample.db, key, sample.dir.file("vl25.key")));
    const auto secret = must(read_secret_key(sample.dir.file("vl25.key")));
    const auto stamps =
        must(issue_stamps(sample.db, secret, "8936010100114", "2164/QĐ-BNNMT", 500, 2));

    Cart cart = sample.cart();
    scan(sample, cart, stamps[0]);
    scan(sample, cart, stamps[1]);
    REQUIRE(cart.lines().size() == 2); // a stamped unit is a line of its own
    CHECK(cart.lines()[0].certification->stamp == "VL25:500");
    CHECK(cart.lines()[1].certification->stamp == "VL25:501");

    std::string forged = stamps[0];
    forged[20] = forged[20] == 'A' ? 'B' : 'A';
    auto result = scan_into_cart(sample.till, cart, {forged, {}, {}});
    if (result) // still readable: the signature fails, and the product is blocked
        CHECK(result->blocked());
    else
        CHECK(error_code(result) == "stamp.no_product");
    CHECK(cart.lines().size() == 2);
}

TEST_CASE("what cannot be read never becomes a line", "[scanning][failure]") {
    SampleDb sample;
    Cart cart = sample.cart();
    CHECK(error_code(scan_into_cart(sample.till, cart, {"8936010100115", {}, {}})) ==
          "code.bad_check_digit");
    CHECK(error_code(scan_into_cart(sample.till, cart, {"8930000000002", {}, {}})) ==
          "catalog.unknown_code");
    CHECK(error_code(scan_into_cart(sample.till, cart, {"", {}, {}})) == "code.empty");
    CHECK(error_code(scan_into_cart(sample.till, cart, {"]C101089360101001141799", {}, {}})) != "");
    CHECK(cart.empty());
}

TEST_CASE("the layouts in the database are the ones shipped", "[scanning]") {
    SampleDb sample;
    CHECK(must(load_instore_layouts(sample.db)) == default_instore_layouts());
}
