#include "pos/certification.h"
#include "pos/issuer_keys.h"
#include "pos/settings.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::SampleDb;

namespace {

constexpr std::string_view kToday = "2026-11-29";

CertificationAnswer check(SampleDb& sample, std::string_view code, std::string_view date = kToday) {
    return must(check_product(sample.db, sample.code(code).product, date));
}

// An issuing office's key, registered in the sample database, its secret
// in a file of the test's folder.
SecretKeyFile office_key(SampleDb& sample, const std::string& key_id = "VL25") {
    IssuerKey key;
    key.key_id = key_id;
    key.issuer = "Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long";
    key.level = "province";
    key.valid_from = "2025-07-01";
    const auto file = sample.dir.file(key_id + ".key");
    must(create_issuer_key(sample.db, key, file));
    return must(read_secret_key(file));
}

} // namespace

TEST_CASE("each certification state of the sample gets its answer", "[certification]") {
    SampleDb sample;
    const auto certified = check(sample, "8936010100114"); // mật hoa dừa, 5★ to 2029
    CHECK(certified.outcome == CertificationOutcome::Certified);
    CHECK(certified.action == PolicyAction::Allow);
    REQUIRE(certified.certification);
    CHECK(certified.certification->stars == 5);
    CHECK(certified.certification->level == "central");
    CHECK(certified.message_vi.find("5 sao") != std::string::npos);

    // Marked active in the data but past its last day: the date decides.
    const auto expired = check(sample, "8936010100619");
    CHECK(expired.outcome == CertificationOutcome::Expired);
    CHECK(expired.action == PolicyAction::Block);
    CHECK(expired.message_vi.find("HẾT HẠN") != std::string::npos);

    const auto expiring = check(sample, "8936011000116"); // valid to 2026-12-07
    CHECK(expiring.outcome == CertificationOutcome::Expiring);
    CHECK(expiring.action == PolicyAction::Warn);
    CHECK(expiring.days_left == 8);

    CHECK(check(sample, "8936012100112").outcome == CertificationOutcome::Suspended);
    const auto revoked = check(sample, "8936012200119");
    CHECK(revoked.outcome == CertificationOutcome::Revoked);
    CHECK(revoked.action == PolicyAction::Block);
    CHECK(revoked.message_vi.find("THU HỒI") != std::string::npos);
}

TEST_CASE("an ordinary product is sold as one; an OCOP product without a certification is "
          "flagged",
          "[certification]") {
    SampleDb sample;
    const auto liquor = check(sample, "8936010600119"); // rượu Xuân Thạnh, a specialty
    CHECK(liquor.outcome == CertificationOutcome::NotCertified);
    CHECK_FALSE(liquor.claims_certification);
    CHECK(liquor.action == PolicyAction::Allow);

    must(sample.db.exec("DELETE FROM stamp_ranges WHERE certification_id IN (SELECT id FROM "
                        "certifications WHERE product_id = 1); "
                        "DELETE FROM certifications WHERE product_id = 1"));
    const auto bare = check(sample, "8936010100114");
    CHECK(bare.outcome == CertificationOutcome::NotCertified);
    CHECK(bare.claims_certification);
    CHECK(bare.action == PolicyAction::Warn);
}

TEST_CASE("a renewed certification speaks for the product, not the lapsed one", "[certification]") {
    SampleDb sample;
    // TV-MHD-250 had 1317/QĐ-BNN-VPĐP to 2026-05-11, renewed by 2164/QĐ-BNNMT.
    const auto answer = check(sample, "8936010100114", "2026-11-29");
    CHECK(answer.certification->decision_no == "2164/QĐ-BNNMT");
    const auto before = check(sample, "8936010100114", "2026-01-10");
    CHECK(before.certification->decision_no == "1317/QĐ-BNN-VPĐP");
    CHECK(before.outcome == CertificationOutcome::Expired); // recorded as expired
}

TEST_CASE("the expiring window and the policy are data", "[certification]") {
    SampleDb sample;
    must(set_setting(sample.db, "certification.expiring_days", "5"));
    CHECK(check(sample, "8936011000116").outcome == CertificationOutcome::Certified);
    must(sample.db.execute(
        "UPDATE certification_policy SET action = 'allow' WHERE outcome = 'expired'"));
    CHECK(check(sample, "8936010100619").action == PolicyAction::Allow);
    must(sample.db.execute(
        "UPDATE certification_policy SET action = 'block' WHERE outcome = 'certified'"));
    CHECK(check(sample, "8936010100114").action == PolicyAction::Block);
}

TEST_CASE("a genuine stamp confirms its product's certification", "[certification][stamp]") {
    SampleDb sample;
    const auto key = office_key(sample);
    const auto stamps =
        must(issue_stamps(sample.db, key, "8936010100114", "2164/QĐ-BNNMT", 1000, 3));
    REQUIRE(stamps.size() == 3);
    const auto answer = must(check_stamp(sample.db, stamps[1], kToday));
    CHECK(answer.outcome == CertificationOutcome::Certified);
    REQUIRE(answer.stamp);
    CHECK(answer.stamp->serial == 1001);
    CHECK(answer.stamp->gtin == "08936010100114");
    CHECK(answer.product->sku == "TV-MHD-250");
    // The run is recorded against the certification.
    CHECK(must(sample.db.query_int64("SELECT count(*) FROM stamp_ranges WHERE "
                                     "certification_id = 2 AND serial_from = 1000 AND "
                                     "serial_to = 1002")) == 1);
}

TEST_CASE("forged, revoked and misplaced stamps are told apart", "[certification][stamp]") {
    SampleDb sample;
    const auto key = office_key(sample);
    const auto stamp =
        must(issue_stamps(sample.db, key, "8936010100114", "2164/QĐ-BNNMT", 7, 1))[0];

    SECTION("signed by a key nobody registered") {
        IssuerKey rogue;
        rogue.key_id = "VL25"; // claims the real office's key id
        const KeyPair pair = generate_key_pair();
        StampPayload payload = must(read_stamp(stamp)).payload;
        payload.serial = 8;
        const auto forged = must(sign_stamp(payload, pair.secret_key));
        const auto answer = must(check_stamp(sample.db, forged, kToday));
        CHECK(answer.outcome == CertificationOutcome::StampForged);
        CHECK(answer.action == PolicyAction::Block);
        CHECK(answer.message_vi.find("TEM GIẢ") != std::string::npos);
    }
    SECTION("a key the terminal does not know") {
        StampPayload payload = must(read_stamp(stamp)).payload;
        payload.key_id = "XX99";
        const auto unknown = must(sign_stamp(payload, generate_key_pair().secret_key));
        CHECK(must(check_stamp(sample.db, unknown, kToday)).outcome ==
              CertificationOutcome::StampForged);
    }
    SECTION("garbage in the QR") {
        CHECK(must(check_stamp(sample.db, "OCOP1:NOTASTAMP", kToday)).outcome ==
              CertificationOutcome::StampForged);
    }
    SECTION("a serial on the revocation list") {
        must(
            revoke_stamps(sample.db, "VL25", 5, 9, "Cuộn tem bị mất", "2026-11-01T08:00:00+07:00"));
        const auto answer = must(check_stamp(sample.db, stamp, kToday));
        CHECK(answer.outcome == CertificationOutcome::StampRevoked);
        CHECK(answer.action == PolicyAction::Block);
    }
    SECTION("a genuine stamp on another product") {
        const auto other = sample.code("8936010100213").product; // the 500 ml bottle
        const auto answer = must(check_stamp(sample.db, stamp, kToday, other));
        CHECK(answer.outcome == CertificationOutcome::StampMismatch);
        CHECK(answer.action == PolicyAction::Block);
    }
    SECTION("a stamp whose certification was suspended since") {
        must(sample.db.execute("UPDATE certifications SET status = 'suspended' WHERE id = 2"));
        CHECK(must(check_stamp(sample.db, stamp, kToday)).outcome ==
              CertificationOutcome::Suspended);
    }
}

TEST_CASE("issuing office keys: secret files are owner-only and never overwritten",
          "[certification][stamp][failure]") {
    SampleDb sample;
    const auto key = office_key(sample, "TV25");
    struct stat info {};
    REQUIRE(stat(sample.dir.file("TV25.key").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    IssuerKey again;
    again.key_id = "TV25";
    again.issuer = "x";
    again.level = "province";
    again.valid_from = "2025-01-01";
    CHECK(error_code(create_issuer_key(sample.db, again, sample.dir.file("other.key"))) ==
          "key.exists");
    again.key_id = "TV26";
    CHECK(error_code(create_issuer_key(sample.db, again, sample.dir.file("TV25.key"))) ==
          "key.file_exists");
    // The key whose file could not be written is not left registered.
    CHECK_FALSE(must(find_issuer_key(sample.db, "TV26")));

    chmod(sample.dir.file("TV25.key").c_str(), 0644);
    CHECK(error_code(read_secret_key(sample.dir.file("TV25.key"))) == "key.too_open");
    CHECK(error_code(issue_stamps(sample.db, key, "8936010100114", "999/QĐ-UBND", 1, 1)) ==
          "stamp.no_certification");
}
