#pragma once

// What the store prints: sale and refund receipts, payment requests, shift
// reports, stocktake variance sheets — as printer-neutral documents
// (drivers/printer/document.h) that the printing pipeline lays out for a
// 58 or 80 mm roll. The words are Vietnamese, as customers and tax
// inspectors read them.

#include "common/error.h"
#include "drivers/printer/document.h"
#include "pos/money.h"
#include "pos/quantity.h"
#include "pos/sale_record.h"
#include "pos/shift.h"

#include <optional>
#include <string>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// The store's name and address as printed at the top of everything.
struct StoreHeader {
    std::string name;
    std::string address; // street, commune, province
    std::string tax_code;
    std::string phone;
};

Result<StoreHeader> store_header(db::Connection& db, std::string_view store_code);

struct ReceiptOptions {
    std::string footer;     // setting receipt.footer
    std::string lookup_url; // setting receipt.lookup_url; the QR is url + sale id
    bool copy = false;      // a reprint: marked BẢN SAO
};

// The QR payload that finds a sale again: `lookup_url` + id when the store
// has a lookup page, else "OCOPSALE:" + id (the till reads it to refund).
std::string sale_lookup_code(const SaleRecord& sale, const std::string& lookup_url);

// A completed sale or refund.
drivers::Document sale_receipt(const SaleRecord& sale, const StoreHeader& store,
                               const ReceiptOptions& options);

// Before a transfer is confirmed: the amount, the VietQR code the customer's
// banking app scans, and "CHƯA THANH TOÁN".
drivers::Document payment_request(const StoreHeader& store, Money amount,
                                  const std::string& reference, const std::string& vietqr_payload,
                                  const std::string& account_name);

// The X (running) or Z (closing) report of a shift.
drivers::Document shift_report(const ShiftSummary& summary, const StoreHeader& store,
                               const std::string& terminal_code, const std::string& printed_at);

// One product's line of a stocktake: what the journal expected, what was
// counted, and what the difference is worth.
struct VarianceLine {
    std::string sku;
    std::string name;
    std::string unit;
    Quantity expected;
    Quantity counted;
    Money unit_value;
    Quantity difference() const { return counted - expected; }
    Money value() const { return extend(unit_value, difference()); }
};

drivers::Document stocktake_variance(const std::vector<VarianceLine>& lines,
                                     const StoreHeader& store, const std::string& title,
                                     const std::string& printed_at);

} // namespace ocop::pos
