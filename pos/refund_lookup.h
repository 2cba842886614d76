#pragma once

// Finding a sale again to refund it: what the cashier scans or types (the
// receipt's QR code, or its number), and what each line of the sale has left
// to refund. refund_sale (journal.h) checks a refund against the same
// figures, so the screen never offers what the journal would refuse.

#include "common/error.h"
#include "pos/money.h"
#include "pos/quantity.h"
#include "pos/sale_record.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// The sale a scanned or typed text points to, as load_sale takes it: the id
// from a receipt's QR code ("OCOPSALE:" + id, or the store's lookup_url + id;
// see sale_lookup_code in receipt.h), or a receipt number as printed
// ("TV01-01-000042", any case). nullopt for anything else, such as a
// product's barcode, so the till can treat that scan as a sale instead.
std::optional<std::string> sale_reference_from_scan(std::string_view scanned,
                                                    std::string_view lookup_url);

// What earlier refunds returned of one line of a sale (positive figures).
struct Refunded {
    Quantity quantity;
    Money gross, line_discount, order_discount;
    Money amount() const { return gross - line_discount - order_discount; }
};

// One line of a sale, as the refund screen shows it.
struct RefundableLine {
    SaleLineRecord sold;  // the line as sold
    Refunded refunded;    // returned by earlier refunds
    bool weighed = false; // can be refunded in part (by weight); else in whole units
    Quantity left() const { return sold.quantity - refunded.quantity; }
    Money left_amount() const { return sold.amount - refunded.amount(); }
    // What returning `quantity` (at most left()) more gives back, per part
    // (positive figures): the one rounding rule refund_sale applies and the
    // refund screen shows.
    Refunded share_of(Quantity quantity) const;
};

// Every line of a sale, in line order, with what is left to refund. A
// refund is not refunded again (refund.not_a_sale).
Result<std::vector<RefundableLine>> refundable_lines(db::Connection& db, const SaleRecord& sale);

// The same for a sale by id or receipt number (sales.not_found).
Result<std::vector<RefundableLine>> refundable_lines(db::Connection& db,
                                                     std::string_view sale_id_or_receipt_no);

} // namespace ocop::pos
