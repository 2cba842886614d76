#pragma once

#include "common/error.h"
#include "pos/money.h"
#include "pos/payment.h"
#include "pos/quantity.h"
#include "pos/vat.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

struct SaleLineRecord {
    int line_no = 0;
    std::int64_t product_id = 0;
    std::string sku;
    std::string name;
    std::string unit;
    Quantity quantity; // negative in a refund
    Money list_price;
    Money unit_price;
    Money gross;
    Money line_discount;
    Money order_discount;
    Money amount;
    int vat_rate_bp = 0;
    std::string vat_code;
    std::optional<std::string> lot;
    std::optional<std::string> expiry;
    std::optional<int> refund_of_line;
    // The certification it was sold under (docs/certification.md).
    std::string certification; // outcome code, empty for lines from before the check
    int ocop_stars = 0;        // printed as the star mark on the receipt; 0 = none
    std::string decision_no;
    std::string stamp;       // key_id:serial of a scanned logo stamp
    std::string override_by; // the manager's username when the policy was overridden
    std::string override_reason;
};

struct PaymentRecord {
    int seq = 0;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<Money> tendered;
    std::string reference;
    std::string approval_code;
};

// A completed sale or refund as the journal holds it. Refund amounts and
// quantities are negative, so that sums over the journal are net figures.
struct SaleRecord {
    std::string id;
    std::string kind; // "sale" or "refund"
    std::string terminal_code;
    std::string store_code;
    std::int64_t number = 0;
    std::string receipt_no;
    std::string shift_id;
    std::string cashier;      // username
    std::string cashier_name; // full name
    std::string approved_by;  // manager's username, empty when none
    std::string approval_note;
    std::string created_at;
    std::string refund_of;         // the sale a refund returns, else empty
    std::string refund_of_receipt; // and its receipt number, as printed
    Money subtotal;
    Money discount_total;
    Money total;
    Money vat_total;
    Money change_given;
    std::vector<SaleLineRecord> lines;
    std::vector<VatLine> vat;
    std::vector<PaymentRecord> payments;
    std::int64_t outbox_seq = 0;
};

// The sale by its id, or by its receipt number (the receipt's QR and the
// cashier's screen show the number). sales.not_found when neither matches.
Result<SaleRecord> load_sale(db::Connection& db, std::string_view id_or_receipt_no);

struct SaleFilter {
    std::optional<std::string> from_date; // YYYY-MM-DD, inclusive
    std::optional<std::string> to_date;   // inclusive
};

// Sales and refunds in time order, without lines and payments.
Result<std::vector<SaleRecord>> list_sales(db::Connection& db, const SaleFilter& filter);

// The JSON form shared by the outbox event and `ocop ... --json`: snake_case
// keys, money as integer đồng, quantities as decimal strings and in
// thousandths.
nlohmann::json to_json(const SaleRecord& sale);

} // namespace ocop::pos
