#pragma once

#include "common/error.h"
#include "pos/catalogue.h"
#include "pos/discount.h"
#include "pos/money.h"
#include "pos/quantity.h"
#include "pos/users.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ocop::pos {

// What the certification check said of a line when it was scanned, and who
// let it through when the store's policy blocked it.
struct LineCertification {
    std::string outcome;              // certified, expiring, expired, ... (pos/certification.h)
    int stars = 0;                    // of a certification in force; 0 otherwise
    std::string decision_no;          // the certification's decision, when there is one
    std::string stamp;                // "key_id:serial" of a logo stamp scanned with it
    std::optional<Approval> override; // the manager who allowed a blocked product
};

// What a scan may say about a line beyond the product and quantity.
struct LineExtras {
    std::optional<std::string> lot;
    std::optional<std::string> expiry; // YYYY-MM-DD
    std::optional<LineCertification> certification;
    // A scale label with the price printed on it: the line costs exactly that.
    std::optional<Money> printed_amount;
};

// One line of the cart: the product as it was when scanned (a price pulled
// from head office later does not change a line already in the cart).
struct CartLine {
    std::int64_t product_id = 0;
    std::string sku;
    std::string name;
    std::string unit;
    std::string vat_class;
    bool weighed = false;
    Money list_price; // the catalogue's price
    Money unit_price; // what is charged: list_price unless a manager overrode it
    Quantity quantity;
    Discount discount;
    std::optional<std::string> lot;
    std::optional<std::string> expiry; // YYYY-MM-DD
    std::optional<Approval> price_approval;
    std::optional<Approval> discount_approval;
    std::optional<LineCertification> certification;
    std::optional<Money> printed_amount;
};

// A line's money, worked out from the line and the order discount.
struct LineAmounts {
    Money gross;          // unit_price × quantity, rounded
    Money line_discount;  // the line's own discount
    Money order_discount; // its share of the order discount
    Money amount() const { return gross - line_discount - order_discount; }
};

struct CartTotals {
    std::vector<LineAmounts> lines; // parallel to Cart::lines()
    Money subtotal;                 // sum of gross
    Money discount_total;           // line discounts + order discount
    Money total() const { return subtotal - discount_total; }
};

struct CartPolicy {
    // A discount taking more than this share of what it applies to needs a
    // manager (setting discount.manager_limit_bp).
    std::int64_t manager_discount_limit_bp = 1000;
    // More than this on one line is almost surely a barcode scanned into the
    // quantity field.
    std::int64_t max_units_per_line = 9999;
};

// The sale being rung up. Every change is checked against the policy and
// recomputes the totals, so what the screen shows is always what will be
// committed.
class Cart {
public:
    explicit Cart(CartPolicy policy = {}) : policy_(policy) {}

    // Adds `quantity` × the code's units per scan. A counted product scanned
    // again (same lot, same catalogue price and name, nothing special about
    // either line) adds to its existing line; weighed items, priced labels, stamped units and
    // overridden products always get a line of their own. Returns the index.
    Result<std::size_t> add(const CodeMatch& match, Quantity quantity, LineExtras extras = {});
    Result<void> set_quantity(std::size_t line, Quantity quantity);
    Result<void> remove(std::size_t line);
    Result<void> set_line_discount(std::size_t line, Discount discount,
                                   std::optional<Approval> approval = {});
    Result<void> set_order_discount(Discount discount, std::optional<Approval> approval = {});
    Result<void> override_price(std::size_t line, Money price, Approval approval);
    void clear();

    bool empty() const { return lines_.empty(); }
    const std::vector<CartLine>& lines() const { return lines_; }
    const CartTotals& totals() const { return totals_; }
    const Discount& order_discount() const { return order_discount_; }
    const std::optional<Approval>& order_discount_approval() const {
        return order_discount_approval_;
    }
    const CartPolicy& policy() const { return policy_; }

private:
    Result<void> check_line(std::size_t line) const;
    Result<void> check_quantity(const CartLine& line, Quantity quantity) const;
    Result<void> check_discount(const Discount& discount, Money base,
                                const std::optional<Approval>& approval) const;
    Result<void> check_given_discounts() const;
    // After a change to lines_: recomputes, or puts `before` back and fails
    // when a discount already given no longer passes its check.
    Result<void> keep_if_discounts_hold(std::vector<CartLine> before);
    void recompute();

    CartPolicy policy_;
    std::vector<CartLine> lines_;
    Discount order_discount_;
    std::optional<Approval> order_discount_approval_;
    CartTotals totals_;
};

// Splits `discount` over `bases` in proportion to each, so that the shares
// add up to it exactly (largest remainder first on ties of rounding).
std::vector<Money> allocate_proportionally(Money discount, const std::vector<Money>& bases);

} // namespace ocop::pos
