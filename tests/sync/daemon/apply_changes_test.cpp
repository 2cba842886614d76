// Pages of head office's change log applied to a real terminal database (the
// Trà Vinh sample as `ocop init` makes it), checked through the store
// domain's own functions: what a till scans, charges and counts.

#include "db/connection.h"
#include "db/sync_state.h"
#include "pos/catalogue.h"
#include "pos/certification.h"
#include "pos/stock.h"
#include "pos/stock_transfer.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "sync/daemon/apply_changes.h"
#include "sync/daemon/terminal_identity.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace ocop;
using nlohmann::json;
using ocop::test::error_code;
using ocop::test::must;

namespace {

sync::Change change(std::int64_t id, std::string entity, std::string key, json body) {
    return sync::Change{id, std::move(entity), std::move(key), std::move(body)};
}

sync::ChangesPage page(std::string cursor, std::vector<sync::Change> changes) {
    return sync::ChangesPage{std::move(changes), std::move(cursor), false};
}

// A product's body as head office sends it, read from the terminal's own row.
json product_body(db::Connection& db, std::string_view sku) {
    auto row = must(db.first_row(
        "SELECT p.sku, p.name_vi, p.name_en, p.category, p.ocop_group, r.code, p.unit, p.price, "
        "p.vat_class, p.weighed, p.consigned, p.active, p.id FROM products p "
        "LEFT JOIN producers r ON r.id = p.producer_id WHERE p.sku = ?",
        sku));
    REQUIRE(row);
    const auto& p = *row;
    json barcodes = json::array();
    auto codes = must(db.prepare("SELECT code, units FROM barcodes WHERE product_id = ?"));
    codes.bind_all(p.int64(12));
    while (must(codes.step()))
        barcodes.push_back({{"code", codes.text(0)}, {"units", codes.int64(1)}});
    auto optional = [](const std::optional<std::string>& text) {
        return text ? json(*text) : json(nullptr);
    };
    return {{"sku", p.text(0)},
            {"name_vi", p.text(1)},
            {"name_en", optional(p.optional_text(2))},
            {"category", p.text(3)},
            {"ocop_group", optional(p.optional_text(4))},
            {"producer", optional(p.optional_text(5))},
            {"unit", p.text(6)},
            {"price", p.int64(7)},
            {"vat_class", p.text(8)},
            {"weighed", p.int64(9) != 0},
            {"consigned", p.int64(10) != 0},
            {"active", p.int64(11) != 0},
            {"barcodes", barcodes}};
}

json new_producer() {
    return {{"code", "TV-HTX-MOI"},    {"name", "HTX Dừa Mới"},    {"kind", "cooperative"},
            {"province", "Vĩnh Long"}, {"commune", "Xã Long Hữu"}, {"old_district", nullptr},
            {"address", nullptr},      {"phone", nullptr},         {"tax_code", nullptr}};
}

json new_product(std::string producer = "TV-HTX-MOI") {
    return {{"sku", "TV-KEO-DUA"},
            {"name_vi", "Kẹo dừa lá dứa 400 g"},
            {"name_en", "Pandan coconut candy 400 g"},
            {"category", "dac_san"},
            {"ocop_group", "thuc_pham"},
            {"producer", producer},
            {"unit", "gói"},
            {"price", 45'000},
            {"vat_class", "standard_reducible"},
            {"weighed", false},
            {"consigned", true},
            {"active", true},
            {"barcodes", json::array({{{"code", "8936010199996"}, {"units", 1}}})}};
}

// The level `ocop stock` and the terminal's stock screen show (pos/stock.h).
pos::Quantity level_of(test::SampleDb& sample, std::string_view sku) {
    pos::StockFilter filter;
    filter.search = std::string(sku);
    for (const auto& level : must(pos::stock_levels(sample.db, sample.till.store_id, filter))) {
        if (level.product.sku == sku)
            return level.on_hand;
    }
    FAIL("no stock line for " << sku);
    return {};
}

std::string cursor(db::Connection& db) {
    return must(db.first_row("SELECT pull_cursor FROM sync_status"))->text(0);
}

} // namespace

TEST_CASE("a new product and its barcode scan at the till after their page", "[apply]") {
    test::SampleDb sample;
    const auto terminal = must(syncd::read_terminal_identity(sample.db));
    CHECK(error_code(pos::find_by_code(sample.db, "8936010199996")) != "");

    must(syncd::apply_changes_page(sample.db, terminal,
                                   page("7", {change(6, "producer", "TV-HTX-MOI", new_producer()),
                                              change(7, "product", "TV-KEO-DUA", new_product())})));

    const auto match = must(pos::find_by_code(sample.db, "8936010199996"));
    CHECK(match.product.sku == "TV-KEO-DUA");
    CHECK(match.product.price == pos::Money{45'000});
    CHECK(match.product.consigned);
    // Found by name too, accents folded like any product (the search triggers).
    const auto found = must(pos::search_products(sample.db, "keo dua la dua 400", 10));
    CHECK(std::any_of(found.begin(), found.end(),
                      [](const pos::Product& product) { return product.sku == "TV-KEO-DUA"; }));
    CHECK(cursor(sample.db) == "7");
}

TEST_CASE("a price change reaches the next scan, and replaces the product whole", "[apply]") {
    test::SampleDb sample;
    const auto terminal = must(syncd::read_terminal_identity(sample.db));
    CHECK(sample.code("8936010100213").product.price == pos::Money{165'000});

    auto body = product_body(sample.db, "TV-MHD-500");
    body["price"] = 170'000;
    body["barcodes"].push_back({{"code", "18936010100210"}, {"units", 12}});
    must(syncd::apply_changes_page(sample.db, terminal,
                                   page("12", {change(12, "product", "TV-MHD-500", body)})));

    CHECK(sample.code("8936010100213").product.price == pos::Money{170'000});
    const auto carton = sample.code("18936010100210");
    CHECK(carton.product.sku == "TV-MHD-500");
    CHECK(carton.units_per_scan == 12);

    // A later change with fewer barcodes takes the carton code away.
    body["barcodes"] = json::array({{{"code", "8936010100213"}, {"units", 1}}});
    must(syncd::apply_changes_page(sample.db, terminal,
                                   page("13", {change(13, "product", "TV-MHD-500", body)})));
    CHECK(error_code(pos::find_by_code(sample.db, "18936010100210")) != "");
    CHECK(sample.product_id("TV-MHD-500") == carton.product.id); // the same row, updated
}

TEST_CASE("a certification revoked at head office blocks the product at the till", "[apply]") {
    test::SampleDb sample;
    const auto terminal = must(syncd::read_terminal_identity(sample.db));
    const auto product = sample.code("8936010100213").product;
    CHECK(must(pos::check_product(sample.db, product, "2026-11-29")).outcome ==
          pos::CertificationOutcome::Certified);
    const auto certifications_before = sample.count("certifications");

    auto producer = must(sample.db.first_row(
        "SELECT r.code FROM products p JOIN producers r ON r.id = p.producer_id WHERE p.sku = ?",
        "TV-MHD-500"));
    REQUIRE(producer);
    const json revoked{
        {"sku", "TV-MHD-500"},
        {"producer", producer->text(0)},
        {"decision_no", "2164/QĐ-BNNMT"},
        {"decision_date", "2026-06-05"},
        {"level", "central"},
        {"stars", 5},
        {"valid_from", "2026-06-05"},
        {"valid_to", "2029-06-04"},
        {"status", "revoked"},
        {"status_note", "Thu hồi (dữ liệu thử)"},
        {"stamp_ranges", json::array({{{"serial_from", 26055001}, {"serial_to", 26056000}}})}};
    must(syncd::apply_changes_page(
        sample.db, terminal,
        page("20", {change(20, "certification", "TV-MHD-500/2164/QĐ-BNNMT", revoked)})));

    const auto answer = must(pos::check_product(sample.db, product, "2026-11-29"));
    CHECK(answer.outcome == pos::CertificationOutcome::Revoked);
    CHECK(answer.action == pos::PolicyAction::Block);
    CHECK(sample.count("certifications") == certifications_before); // replaced, not added
    CHECK(must(sample.db.query_int64(
              "SELECT serial_to FROM stamp_ranges s JOIN certifications c ON c.id = "
              "s.certification_id JOIN products p ON p.id = c.product_id WHERE p.sku = "
              "'TV-MHD-500' AND c.decision_no = '2164/QĐ-BNNMT'")) == 26056000);
}

TEST_CASE("head office's stock figure plus later sales at the till give the level", "[apply]") {
    test::SampleDb sample;
    const auto terminal = must(syncd::read_terminal_identity(sample.db));
    CHECK(level_of(sample, "TV-MHD-500") == pos::Quantity{12'000}); // the opening stock

    // Head office counts 30 bottles in the store (another till received
    // some), including this till's events up to its opening stock (seq 1).
    must(syncd::apply_changes_page(
        sample.db, terminal,
        page("30", {change(30, "stock", "TV-MHD-500",
                           {{"sku", "TV-MHD-500"},
                            {"quantity_milli", 30'000},
                            {"includes", {{"TV01-01", 1}, {"TV01-02", 4}}}})})));
    CHECK(level_of(sample, "TV-MHD-500") == pos::Quantity{30'000});
    // Another product without a figure is still the sum of its movements.
    CHECK(level_of(sample, "TV-DHD-250") == pos::Quantity{24'000});

    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("8936010100213"), pos::Quantity::units(2)));
    sample.sell(cart);
    CHECK(level_of(sample, "TV-MHD-500") == pos::Quantity{28'000});

    // The next figure counts that sale: it is not subtracted twice.
    const auto last_seq = must(sample.db.query_int64("SELECT max(seq) FROM outbox"));
    must(syncd::apply_changes_page(sample.db, terminal,
                                   page("31", {change(31, "stock", "TV-MHD-500",
                                                      {{"sku", "TV-MHD-500"},
                                                       {"quantity_milli", 27'000},
                                                       {"includes", {{"TV01-01", *last_seq}}}})})));
    CHECK(level_of(sample, "TV-MHD-500") == pos::Quantity{27'000});
    // The movements themselves are untouched: the figure is not a stock edit.
    CHECK(sample.stock_of("TV-MHD-500") == pos::Quantity{10'000});
}

TEST_CASE("a page that cannot be applied leaves nothing and keeps the cursor", "[apply][failure]") {
    test::SampleDb sample;
    const auto terminal = must(syncd::read_terminal_identity(sample.db));
    must(db::record_pull_cursor(sample.db, "5"));
    const auto before = sample.row_counts();

    auto price = product_body(sample.db, "TV-MHD-500");
    price["price"] = 1;
    // The producer comes first and would apply; the product names a producer
    // this terminal never received: the whole page is refused.
    const auto refused = syncd::apply_changes_page(
        sample.db, terminal,
        page("9", {change(6, "producer", "TV-HTX-MOI", new_producer()),
                   change(7, "product", "TV-MHD-500", price),
                   change(8, "product", "TV-KEO-DUA", new_product("TV-HTX-KHAC"))}));
    CHECK(error_code(refused) == "sync.apply_failed");
    CHECK(refused.error().message_en.find("TV-HTX-KHAC") != std::string::npos);
    CHECK(sample.row_counts() == before);
    CHECK(cursor(sample.db) == "5");
    CHECK(sample.code("8936010100213").product.price == pos::Money{165'000});

    // An entity this program does not know, or a body missing a field, too.
    CHECK(error_code(syncd::apply_changes_page(
              sample.db, terminal, page("9", {change(9, "loyalty_card", "X", json::object())}))) ==
          "sync.apply_failed");
    auto no_price = product_body(sample.db, "TV-MHD-500");
    no_price.erase("price");
    CHECK(error_code(syncd::apply_changes_page(
              sample.db, terminal, page("9", {change(9, "product", "TV-MHD-500", no_price)}))) ==
          "sync.apply_failed");
    // A stock figure of a product this till does not have.
    CHECK(
        error_code(syncd::apply_changes_page(
            sample.db, terminal,
            page("9", {change(9, "stock", "TV-NONE",
                              {{"sku", "TV-NONE"}, {"quantity_milli", 1}, {"includes", {}}})}))) ==
        "sync.apply_failed");
    CHECK(sample.row_counts() == before);
    CHECK(cursor(sample.db) == "5");
}

TEST_CASE("keys, stamp revocations, VAT rates and store names are applied and reapplied",
          "[apply]") {
    test::SampleDb sample;
    const auto terminal = must(syncd::read_terminal_identity(sample.db));
    const std::string key(64, 'a');
    const auto changes =
        page("44",
             {change(40, "issuer_key", "TVK9",
                     {{"key_id", "TVK9"},
                      {"issuer", "Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long"},
                      {"level", "province"},
                      {"public_key", key},
                      {"valid_from", "2026-01-01"},
                      {"valid_to", nullptr},
                      {"revoked_at", nullptr}}),
              change(41, "stamp_revocation", "TVK9/100",
                     {{"key_id", "TVK9"},
                      {"serial_from", 100},
                      {"serial_to", 199},
                      {"revoked_at", "2026-11-28T10:00:00+07:00"},
                      {"reason", "Cuộn tem bị mất"}}),
              change(42, "vat_rate", "standard_reducible/2027-01-01",
                     {{"vat_class", "standard_reducible"},
                      {"valid_from", "2027-01-01"},
                      {"valid_to", "2027-06-30"},
                      {"rate_bp", 1000},
                      {"invoice_code", "10%"},
                      {"basis", "Luật Thuế GTGT số 48/2024/QH15"}}),
              change(43, "store", "TV01", {{"code", "TV01"}, {"name", "Điểm OCOP Trà Vinh (mới)"}}),
              change(44, "store", "TV03", {{"code", "TV03"}, {"name", "Điểm OCOP Cầu Ngang"}})});
    must(syncd::apply_changes_page(sample.db, terminal, changes));
    const auto after_first = sample.row_counts();
    // The same page again (a retry after a lost answer) changes nothing more.
    must(syncd::apply_changes_page(sample.db, terminal, changes));
    CHECK(sample.row_counts() == after_first);

    CHECK(must(sample.db.first_row("SELECT public_key FROM issuer_keys WHERE key_id = 'TVK9'"))
              ->text(0) == key);
    CHECK(must(sample.db.query_int64("SELECT serial_to FROM stamp_revocations WHERE key_id = "
                                     "'TVK9' AND serial_from = 100")) == 199);
    CHECK(must(sample.db.first_row("SELECT valid_to FROM vat_rates WHERE vat_class = "
                                   "'standard_reducible' AND valid_from = '2027-01-01'"))
              ->text(0) == "2027-06-30");
    CHECK(must(sample.db.first_row("SELECT name FROM stores WHERE code = 'TV01'"))->text(0) ==
          "Điểm OCOP Trà Vinh (mới)");
    CHECK(sample.count("stores") == 3);
}

TEST_CASE("a transfer head office carries here is listed, confirmed as carried, then gone",
          "[apply][transfer]") {
    test::SampleDb sample; // a till of TV01
    const auto terminal = must(syncd::read_terminal_identity(sample.db));
    const std::string id = "TV02-01-CK000003";
    const auto body = [&](std::string status, json lines) {
        return json{{"id", id},           {"from_store", "TV02"},
                    {"to_store", "TV01"}, {"sent_at", "2026-11-28T16:30:00+07:00"},
                    {"status", status},   {"lines", lines}};
    };
    const json lines = json::array(
        {{{"sku", "TV-BT-NG"}, {"quantity_milli", 4000}, {"lot", "L7"}, {"expiry", "2026-12-31"}},
         {{"sku", "TV-MHD-500"}, {"quantity_milli", 2000}, {"lot", nullptr}, {"expiry", nullptr}}});
    // A first version with one line, replaced whole by the next.
    must(syncd::apply_changes_page(
        sample.db, terminal,
        page("40", {change(40, "transfer", id, body("sent", json::array({lines[1]})))})));
    must(syncd::apply_changes_page(sample.db, terminal,
                                   page("41", {change(41, "transfer", id, body("sent", lines))})));

    auto incoming = must(pos::incoming_transfers(sample.till));
    REQUIRE(incoming.size() == 1);
    CHECK(incoming[0].id == id);
    CHECK(incoming[0].from_store == "TV02");
    CHECK(incoming[0].sent_at == "2026-11-28T16:30:00+07:00");
    REQUIRE(incoming[0].lines.size() == 2);
    CHECK(incoming[0].lines[0].sku == "TV-BT-NG");
    CHECK(incoming[0].lines[0].product_id == sample.product_id("TV-BT-NG"));
    CHECK(incoming[0].lines[0].quantity == pos::Quantity{4000});
    CHECK(incoming[0].lines[0].lot == "L7");
    CHECK(incoming[0].lines[0].expiry == "2026-12-31");
    CHECK(incoming[0].lines[1].sku == "TV-MHD-500");
    CHECK_FALSE(incoming[0].lines[1].lot);

    // Another sender than head office says is refused; no lines confirms
    // exactly the carried ones, from the sender head office named.
    CHECK(error_code(pos::transfer_in(sample.till, id, std::string("TV03"), {}, "")) ==
          "stock.transfer_wrong_sender");
    const auto before = sample.stock_of("TV-BT-NG");
    const auto seq = must(pos::transfer_in(sample.till, id, std::nullopt, {}, ""));
    CHECK(sample.stock_of("TV-BT-NG") == before + pos::Quantity{4000});
    const auto payload = json::parse(
        must(sample.db.first_row("SELECT payload FROM outbox WHERE seq = ?", seq))->text(0));
    CHECK(payload["kind"] == "transfer_in");
    CHECK(payload["from_store"] == "TV02");
    CHECK(payload["lines"].size() == 2);
    CHECK(payload["lines"][0]["lot"] == "L7");
    CHECK(must(pos::incoming_transfers(sample.till)).empty());
    CHECK(error_code(pos::transfer_in(sample.till, id, std::nullopt, {}, "")) ==
          "stock.transfer_confirmed");

    // Head office's word that it was received keeps it off the list; one
    // confirmed at another till of the store is refused here.
    must(syncd::apply_changes_page(sample.db, terminal,
                                   page("43", {change(42, "transfer", id, body("received", lines)),
                                               change(43, "transfer", "TV02-01-CK000004",
                                                      {{"id", "TV02-01-CK000004"},
                                                       {"from_store", "TV02"},
                                                       {"to_store", "TV01"},
                                                       {"sent_at", "2026-11-28T17:00:00+07:00"},
                                                       {"status", "received"},
                                                       {"lines", {lines[0]}}})})));
    CHECK(must(pos::incoming_transfers(sample.till)).empty());
    CHECK(error_code(pos::transfer_in(sample.till, "TV02-01-CK000004", std::nullopt, {}, "")) ==
          "stock.transfer_confirmed");
    // A transfer head office never carried needs its lines.
    CHECK(error_code(pos::transfer_in(sample.till, "TV02-01-CK000009", std::nullopt, {}, "")) ==
          "stock.transfer_not_carried");

    // A body that does not read fails the page.
    const auto rows = sample.row_counts();
    CHECK(
        error_code(syncd::apply_changes_page(
            sample.db, terminal, page("44", {change(44, "transfer", "X", body("lost", lines))}))) ==
        "sync.apply_failed");
    auto unknown = lines;
    unknown[0]["sku"] = "TV-NONE";
    CHECK(error_code(syncd::apply_changes_page(
              sample.db, terminal,
              page("44", {change(44, "transfer", "X", body("sent", unknown))}))) ==
          "sync.apply_failed");
    CHECK(sample.row_counts() == rows);
}
