#pragma once

#include "common/error.h"
#include "pos/cart.h"
#include "pos/payment.h"
#include "pos/quantity.h"
#include "pos/sale_record.h"
#include "pos/till.h"
#include "pos/users.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

// Completes the sale in the cart: in one transaction, the sale, its lines,
// VAT breakdown, payments, stock movements and its outbox event, with the
// terminal's next sale number and the event chained to the previous one.
// Either all of it is committed or none of it (sale.empty_cart,
// sale.no_open_shift, payment.*, vat.no_rate, db.* otherwise).
Result<SaleRecord> complete_sale(Till& till, const Cart& cart, const User& cashier,
                                 const std::vector<PaymentInput>& payments);

struct RefundLine {
    int line_no = 0;
    std::optional<Quantity> quantity; // everything not yet refunded when empty
};

struct RefundRequest {
    std::string sale;              // id or receipt number of the original sale
    std::vector<RefundLine> lines; // the whole sale (what is left of it) when empty
    PaymentMethod payout = PaymentMethod::Cash;
    std::string payout_reference;
};

// The VAT breakdown the cart would have if completed now: the same lines,
// rates and rounding as complete_sale, so the screen shows what the receipt
// will print (vat.no_rate when a product's class has no rate today).
Result<std::vector<VatLine>> cart_vat(Till& till, const Cart& cart);

// Refunds lines of a completed sale, approved by a manager, at the VAT rates
// and prices of the original sale. Quantities cannot exceed what was sold
// less what was already refunded (refund.too_much).
Result<SaleRecord> refund_sale(Till& till, const RefundRequest& request, const User& cashier,
                               const Approval& approval);

// Records that a cart was abandoned (its lines and total) so that voids are
// visible to head office. Returns the event's sequence number.
Result<std::int64_t> void_cart(Till& till, const Cart& cart, const User& cashier,
                               std::string_view reason);

} // namespace ocop::pos
