// The catalogue head office owns and its change log: the sample, paging,
// price and certification edits, the CSV import.

#include "hq_fixture.h"
#include "support/sample_db.h"

#include <map>
#include <set>

using namespace ocop;
using ocop::test::accepted;
using ocop::test::error_code;
using ocop::test::kHqNow;
using ocop::test::must;

namespace {

// Every change an office token reads, page by page of `limit`.
std::vector<sync::Change> all_changes(hq::HeadOffice& office, const hq::Principal& who,
                                      std::size_t limit, int* pages = nullptr) {
    std::vector<sync::Change> changes;
    std::string cursor;
    for (int page = 1;; ++page) {
        auto answer = accepted(office.changes_since(who, cursor, limit));
        REQUIRE(answer.changes.size() <= limit);
        changes.insert(changes.end(), answer.changes.begin(), answer.changes.end());
        cursor = answer.cursor;
        if (!answer.more) {
            if (pages)
                *pages = page;
            return changes;
        }
        REQUIRE(answer.changes.size() == limit);
    }
}

std::int64_t terminal_sample_count(std::string_view table) {
    test::SampleDb sample;
    return sample.count(table);
}

} // namespace

TEMPLATE_TEST_CASE("init with the sample fills the catalogue and its change log in order", "[hq]",
                   SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto office = hq.office_principal();
    int pages = 0;
    const auto changes = all_changes(hq.office, office, 7, &pages);
    REQUIRE(pages > 1);

    std::map<std::string, std::int64_t> counts;
    std::set<std::string> producers_seen;
    std::int64_t previous_id = 0;
    for (const auto& change : changes) {
        CHECK(change.id > previous_id);
        previous_id = change.id;
        ++counts[change.entity];
        if (change.entity == "producer")
            producers_seen.insert(change.key);
        // A product's producer always comes before it.
        if (change.entity == "product" && change.body["producer"].is_string())
            CHECK(producers_seen.contains(change.body["producer"].template get<std::string>()));
    }
    CHECK(counts["product"] == terminal_sample_count("products"));
    CHECK(counts["producer"] == terminal_sample_count("producers"));
    CHECK(counts["vat_rate"] == terminal_sample_count("vat_rates"));
    CHECK(counts["store"] == 2);
    CHECK(counts["certification"] >= terminal_sample_count("certifications"));
    CHECK(counts["stock"] == 0);

    // The same log in one page, and a page after the end is empty.
    const auto one_page = accepted(hq.office.changes_since(office, "", sync::kMaxChangesPage));
    CHECK(one_page.changes.size() == changes.size());
    CHECK_FALSE(one_page.more);
    const auto after = accepted(hq.office.changes_since(office, one_page.cursor, 10));
    CHECK(after.changes.empty());
    CHECK(after.cursor == one_page.cursor);
    CHECK(test::refused_code(hq.office.changes_since(office, "abc", 10)) == "sync.bad_cursor");

    // init again keeps everything; the sample is not loaded twice.
    must(hq.office.init(std::nullopt, kHqNow));
    CHECK(error_code(hq.office.init("travinh", kHqNow)) == "hq.not_empty");
}

TEMPLATE_TEST_CASE("a price set and a certification suspended or revoked appear in the changes",
                   "[hq]", SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto office = hq.office_principal();
    const auto before = accepted(hq.office.changes_since(office, "", sync::kMaxChangesPage));

    must(hq.office.set_price("TV-DSS-200", 95'000, kHqNow));
    CHECK(error_code(hq.office.set_price("TV-DSS-200", -1, kHqNow)) == "hq.bad_price");
    CHECK(error_code(hq.office.set_price("NO-SUCH", 1, kHqNow)) == "hq.unknown_product");

    hq::CertificationRow row;
    row.sku = "TV-DSS-200";
    row.decision_no = "999/QĐ-UBND";
    row.decision_date = "2026-11-01";
    row.level = "province";
    row.stars = 4;
    row.valid_from = "2026-11-01";
    row.valid_to = "2026-12-15";
    const auto key = must(hq.office.add_certification(row, kHqNow));
    CHECK(key == "TV-DSS-200/999/QĐ-UBND");
    must(hq.office.issue_stamp_range(key, 900'000'001, 900'000'500, kHqNow));
    CHECK(error_code(hq.office.issue_stamp_range(key, 900'000'400, 900'000'600, kHqNow)) ==
          "hq.range_overlaps");
    must(hq.office.set_certification_status(key, "suspended", "kiểm tra lại", kHqNow));

    const auto after = accepted(hq.office.changes_since(office, before.cursor, 100));
    REQUIRE(after.changes.size() == 4);
    CHECK(after.changes[0].entity == "product");
    CHECK(after.changes[0].key == "TV-DSS-200");
    CHECK(after.changes[0].body["price"] == 95'000);
    CHECK(after.changes[0].body["barcodes"].size() >= 1);
    const auto& suspended = after.changes[3].body;
    CHECK(after.changes[3].entity == "certification");
    CHECK(suspended["status"] == "suspended");
    CHECK(suspended["status_note"] == "kiểm tra lại");
    CHECK(suspended["stamp_ranges"].size() == 1);

    must(hq.office.set_certification_status(key, "revoked", "thu hồi", kHqNow));
    CHECK(error_code(hq.office.set_certification_status(key, "gone", "", kHqNow)) ==
          "hq.bad_status");
    const auto revoked = accepted(hq.office.changes_since(office, after.cursor, 100));
    REQUIRE(revoked.changes.size() == 1);
    CHECK(revoked.changes[0].body["status"] == "revoked");

    const auto due = must(hq.office.certifications_due("2026-11-29", 30));
    bool listed = false;
    for (const auto& certification : due) {
        if (certification.key == key) {
            listed = true;
            CHECK(certification.status == "revoked");
        }
    }
    CHECK(listed);

    const std::string key_id = "VL-2026";
    must(hq.office.add_issuer_key({key_id, "Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long",
                                   "province", std::string(64, 'a'), "2026-01-01", std::nullopt},
                                  kHqNow));
    must(hq.office.revoke_stamps(key_id, 5, 9, "cuộn tem bị mất", kHqNow));
    CHECK(error_code(hq.office.revoke_stamps("NOKEY", 5, 9, "x", kHqNow)) == "hq.unknown_key");
    const auto revocation = accepted(hq.office.changes_since(office, revoked.cursor, 100));
    REQUIRE(revocation.changes.size() == 2);
    CHECK(revocation.changes[0].entity == "issuer_key");
    CHECK(revocation.changes[1].entity == "stamp_revocation");
    CHECK(revocation.changes[1].key == "VL-2026/5");
}

TEMPLATE_TEST_CASE("a catalogue file is imported whole or not at all", "[hq]", SqliteStore,
                   PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto office = hq.office_principal();
    const auto before = accepted(hq.office.changes_since(office, "", sync::kMaxChangesPage));

    const std::string bad = "sku,name_vi,unit,price,category,vat_class\n"
                            "NEW-01,Kẹo dừa,gói,25.000,ocop,reduced\n"
                            "NEW-02,Bánh,cái,12,5,khac,standard\n";
    CHECK(error_code(hq.office.import_catalogue_csv(bad, kHqNow)) == "hq.import_rejected");
    CHECK(accepted(hq.office.changes_since(office, before.cursor, 100)).changes.empty());

    const std::string good = "sku;name_vi;unit;price;category;vat_class;barcodes\n"
                             "NEW-01;Kẹo dừa;gói;25.000;ocop;reduced;8934567000017\n"
                             "TV-DSS-200;Dừa sáp sợi;hũ;99k;ocop;reduced;\n";
    CHECK(must(hq.office.import_catalogue_csv(good, kHqNow)) == 2);
    const auto imported = accepted(hq.office.changes_since(office, before.cursor, 100));
    REQUIRE(imported.changes.size() == 2);
    CHECK(imported.changes[0].body["price"] == 25'000);
    CHECK(imported.changes[0].body["barcodes"][0]["code"] == "8934567000017");
    CHECK(imported.changes[1].body["price"] == 99'000);
    CHECK(imported.changes[1].body["barcodes"].empty());
}
