#pragma once

#include "common/error.h"
#include "pos/catalogue.h"
#include "pos/stamp.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// The answers of the certification check (docs/certification.md).
enum class CertificationOutcome {
    Certified,     // a valid OCOP / provincial-logo certification
    Expiring,      // valid, but for fewer days than certification.expiring_days
    Expired,       // past its validity (or marked expired)
    Suspended,     // suspended by the issuing authority
    Revoked,       // revoked by the issuing authority
    NotCertified,  // no certification for this product
    StampForged,   // a stamp whose signature or key does not hold
    StampRevoked,  // a stamp (or its key) withdrawn by its office
    StampMismatch, // a genuine stamp of another product or certification
    LotExpired,    // the lot scanned is past its expiry date
};

std::string_view outcome_code(CertificationOutcome outcome); // "certified", "stamp_forged", ...

// What the store's policy (table certification_policy) does with an outcome.
enum class PolicyAction { Allow, Warn, Block };
std::string_view action_code(PolicyAction action);

inline constexpr std::size_t kOutcomeCount = 10;

// The store's rules for the check, read from the database once and passed to
// every check (a scan must not re-read them): the policy per outcome and how
// many days before its end a certification counts as expiring.
struct CertificationRules {
    std::array<PolicyAction, kOutcomeCount> policy{};
    int expiring_days = 30;

    PolicyAction action(CertificationOutcome outcome) const {
        return policy[static_cast<std::size_t>(outcome)];
    }
};

// Table certification_policy and setting certification.expiring_days; an
// outcome the table lacks is only warned about, never silently allowed.
Result<CertificationRules> load_certification_rules(db::Connection& db);

struct CertificationAnswer {
    CertificationOutcome outcome = CertificationOutcome::NotCertified;
    PolicyAction action = PolicyAction::Allow;
    std::optional<Product> product;
    std::optional<Certification> certification;
    std::optional<StampPayload> stamp;
    std::optional<int> days_left; // until the certification's last valid day
    std::string message_vi;       // one sentence for the cashier
    std::string message_en;

    // Whether the product is presented as an OCOP product at all: a product
    // that never claimed a certification is sold as an ordinary product.
    bool claims_certification = false;
};

// The answer for a product scanned by its barcode, on `date` (YYYY-MM-DD).
Result<CertificationAnswer> check_product(db::Connection& db, const CertificationRules& rules,
                                          const Product& product, std::string_view date);

// The answer for a stamp's QR payload. With `expected`, the stamp must be
// that product's (StampMismatch otherwise). The stamp's product is looked up
// by its GTIN.
Result<CertificationAnswer> check_stamp(db::Connection& db, const CertificationRules& rules,
                                        std::string_view payload, std::string_view date,
                                        const std::optional<Product>& expected = std::nullopt);

// The same, reading the rules first: for one-off checks (`ocop verify`).
Result<CertificationAnswer> check_product(db::Connection& db, const Product& product,
                                          std::string_view date);
Result<CertificationAnswer> check_stamp(db::Connection& db, std::string_view payload,
                                        std::string_view date,
                                        const std::optional<Product>& expected = std::nullopt);

nlohmann::json to_json(const CertificationAnswer& answer);

} // namespace ocop::pos
