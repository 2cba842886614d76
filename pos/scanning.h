#pragma once

#include "common/error.h"
#include "pos/cart.h"
#include "pos/catalogue.h"
#include "pos/certification.h"
#include "pos/scan_rules.h"
#include "pos/scanned_code.h"
#include "pos/till.h"
#include "pos/users.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

// What a scanned text stands for in this store: the code read, the product,
// how much of it, and what the certification check says — everything the
// till shows before anything is added to a cart.
struct CodeCheck {
    ScannedCode code;
    std::optional<CodeMatch> match;      // empty only for a stamp that names no product here
    Quantity quantity;                   // from the label (weight, count), else 1 unit
    std::optional<Money> printed_amount; // a scale label with its price
    CertificationAnswer certification;
    std::optional<CertificationAnswer> lot;    // when the lot scanned is past its expiry
    PolicyAction action = PolicyAction::Allow; // the stricter of the two

    // The sentences to show the cashier, most serious first.
    std::vector<std::string> messages_vi() const;
    std::vector<std::string> messages_en() const; // the same, for the English screen

private:
    std::vector<std::string> messages(std::string CertificationAnswer::*text) const;
};

// Reads a scanned text and answers for it on `date` (YYYY-MM-DD): a product
// barcode, a scale label, GS1 element strings or Digital Link (lot, expiry,
// weight, count), a store code, or a logo stamp (whose GTIN names the
// product; a forged stamp may name none). code.* for what cannot be read,
// catalog.unknown_code / catalog.inactive for a code no product is sold under.
Result<CodeCheck> check_code(db::Connection& db, const ScanRules& rules, std::string_view text,
                             std::string_view date);
// The same, reading the rules first: for one-off checks (`ocop verify`).
Result<CodeCheck> check_code(db::Connection& db, std::string_view text, std::string_view date);

struct ScanRequest {
    std::string text;
    // A quantity typed before the scan ("3 ×"); labels that carry their own
    // weight or count ignore it.
    std::optional<Quantity> quantity;
    // A manager's consent to sell what the store's policy blocks.
    std::optional<Approval> override;
};

struct ScanResult {
    CodeCheck check;
    // The cart line the scan went into; empty when the policy blocked it and
    // no override was given (the terminal then asks for a manager).
    std::optional<std::size_t> line;
    bool blocked() const { return !line; }
};

// The till's one scan function: check_code, then the store's policy, then
// the cart. A block with an override is recorded in the journal at once (an
// `override` event), and on the line. scan.weight_required for a weighed
// product with no weight on its label and none typed; stamp.no_product for a
// stamp that names no product here.
Result<ScanResult> scan_into_cart(Till& till, Cart& cart, const ScanRequest& request);

nlohmann::json to_json(const CodeCheck& check);

} // namespace ocop::pos
