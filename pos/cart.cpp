#include "pos/cart.h"

#include <algorithm>
#include <numeric>

namespace ocop::pos {

namespace {
__extension__ using Int128 = __int128; // exact for discount × base

// Whether `discount` takes more than `limit_bp` of `base`, compared exactly.
// Discount::share_bp() rounds to the nearest basis point, so an amount up to
// half a basis point over the limit (1 đồng over 10 % of 330.000 ₫, 500 đồng
// over it on 10.800.000 ₫) used to pass as being at the limit.
bool takes_more_than(const Discount& discount, Money base, std::int64_t limit_bp) {
    if (discount.kind != Discount::Kind::Amount || base.dong <= 0)
        return discount.share_bp(base) > limit_bp;
    return static_cast<Int128>(discount.of(base).dong) * 10000 >
           static_cast<Int128>(limit_bp) * base.dong;
}
// A line a repeat scan must not be merged into (or merge into another): it
// has its own money (a discount, an override, a printed price) or its own
// evidence (a stamp, a manager's override of the certification policy).
bool stands_alone(const CartLine& line) {
    const bool special_certification =
        line.certification && (!line.certification->stamp.empty() || line.certification->override);
    return !line.discount.is_none() || line.price_approval || line.printed_amount ||
           special_certification;
}

// What a line costs before discounts: the printed price of a scale label,
// else unit price × quantity.
Money gross_of(const CartLine& line) {
    return line.printed_amount ? *line.printed_amount : extend(line.unit_price, line.quantity);
}

} // namespace

Result<std::size_t> Cart::add(const CodeMatch& match, Quantity quantity, LineExtras extras) {
    const Product& product = match.product;
    const Quantity total{quantity.milli * match.units_per_scan};
    CartLine line{product.id,
                  product.sku,
                  product.name_vi,
                  product.unit,
                  product.vat_class,
                  product.weighed,
                  product.price,
                  product.price,
                  total,
                  {},
                  std::move(extras.lot),
                  std::move(extras.expiry),
                  {},
                  {},
                  std::move(extras.certification),
                  extras.printed_amount};
    // Checked before a repeat scan is merged too: merged, -1 or 0 would pass
    // as long as the line's new total did.
    if (auto valid = check_quantity(line, total); !valid)
        return fail(valid.error());
    if (!product.weighed && stands_alone(line) == false) {
        auto same = std::find_if(lines_.begin(), lines_.end(), [&](const CartLine& existing) {
            // A price pulled from head office since the line was scanned makes
            // a new line: the one in the cart keeps the price it was added with.
            return existing.product_id == line.product_id && existing.lot == line.lot &&
                   existing.expiry == line.expiry && existing.list_price == line.list_price &&
                   existing.name == line.name && !stands_alone(existing);
        });
        if (same != lines_.end()) {
            const auto index = static_cast<std::size_t>(same - lines_.begin());
            if (auto changed = set_quantity(index, same->quantity + total); !changed)
                return fail(changed.error());
            return index;
        }
    }
    lines_.push_back(std::move(line));
    recompute();
    return lines_.size() - 1;
}

Result<void> Cart::set_quantity(std::size_t line, Quantity quantity) {
    if (auto exists = check_line(line); !exists)
        return exists;
    if (auto valid = check_quantity(lines_[line], quantity); !valid)
        return valid;
    auto before = lines_;
    lines_[line].quantity = quantity;
    return keep_if_discounts_hold(std::move(before));
}

Result<void> Cart::remove(std::size_t line) {
    if (auto exists = check_line(line); !exists)
        return exists;
    auto before = lines_;
    lines_.erase(lines_.begin() + static_cast<std::ptrdiff_t>(line));
    if (lines_.empty()) {
        // Nothing is left for an order discount to apply to; keeping it would
        // hand a fixed amount to whatever is scanned next, unchecked.
        clear();
        return {};
    }
    return keep_if_discounts_hold(std::move(before));
}

Result<void> Cart::set_line_discount(std::size_t line, Discount discount,
                                     std::optional<Approval> approval) {
    if (auto exists = check_line(line); !exists)
        return exists;
    const Money base = gross_of(lines_[line]);
    if (auto allowed = check_discount(discount, base, approval); !allowed)
        return allowed;
    // A line discount shrinks what the order discount applies to.
    auto before = lines_;
    lines_[line].discount = discount;
    lines_[line].discount_approval = discount.is_none() ? std::nullopt : std::move(approval);
    return keep_if_discounts_hold(std::move(before));
}

Result<void> Cart::set_order_discount(Discount discount, std::optional<Approval> approval) {
    Money base;
    for (std::size_t i = 0; i < lines_.size(); ++i)
        base += totals_.lines[i].gross - totals_.lines[i].line_discount;
    if (auto allowed = check_discount(discount, base, approval); !allowed)
        return allowed;
    order_discount_ = discount;
    order_discount_approval_ = discount.is_none() ? std::nullopt : std::move(approval);
    recompute();
    return {};
}

Result<void> Cart::override_price(std::size_t line, Money price, Approval approval) {
    if (auto exists = check_line(line); !exists)
        return exists;
    if (price.dong < 0) {
        return fail("cart.negative_price", "a price cannot be negative",
                    "Giá bán không được là số âm.");
    }
    auto before = lines_;
    CartLine& changed = lines_[line];
    if (changed.printed_amount) {
        // A scale label's line has a price for the whole line, not per unit:
        // the override replaces that.
        changed.printed_amount = price;
        changed.price_approval = std::move(approval);
    } else {
        changed.unit_price = price;
        changed.price_approval =
            price == changed.list_price ? std::nullopt : std::optional(std::move(approval));
    }
    return keep_if_discounts_hold(std::move(before));
}

void Cart::clear() {
    lines_.clear();
    order_discount_ = {};
    order_discount_approval_.reset();
    recompute();
}

Result<void> Cart::check_line(std::size_t line) const {
    if (line >= lines_.size()) {
        return fail("cart.no_such_line", "cart has no line " + std::to_string(line + 1),
                    "Giỏ hàng không có dòng số " + std::to_string(line + 1) + ".");
    }
    return {};
}

Result<void> Cart::check_quantity(const CartLine& line, Quantity quantity) const {
    if (quantity.milli <= 0) {
        return fail("quantity.not_positive", "quantity must be positive",
                    "Số lượng phải lớn hơn 0.");
    }
    if (!line.weighed && !quantity.is_whole()) {
        return fail("cart.fractional_quantity", line.sku + " is sold in whole units",
                    "\"" + line.name + "\" chỉ bán theo số lượng nguyên (" + line.unit + ").");
    }
    if (quantity.milli > policy_.max_units_per_line * 1000) {
        return fail("cart.quantity_too_large",
                    "quantity " + format_quantity(quantity) + " is more than " +
                        std::to_string(policy_.max_units_per_line) + " on one line",
                    "Số lượng " + format_quantity(quantity) +
                        " quá lớn. Có thể đã quét mã vạch vào ô số lượng — hãy kiểm tra lại.");
    }
    return {};
}

Result<void> Cart::check_discount(const Discount& discount, Money base,
                                  const std::optional<Approval>& approval) const {
    if (discount.value < 0 ||
        (discount.kind == Discount::Kind::Percent && discount.value > 10000)) {
        return fail("discount.too_large", "a discount must be between 0 and 100%",
                    "Chiết khấu phải từ 0 đến 100%.");
    }
    if (discount.kind == Discount::Kind::Amount && discount.value > base.dong) {
        return fail("discount.too_large",
                    "discount " + format_money(Money{discount.value}) + " exceeds " +
                        format_money(base),
                    "Chiết khấu " + format_money(Money{discount.value}) +
                        " lớn hơn số tiền được giảm (" + format_money(base) + ").");
    }
    if (takes_more_than(discount, base, policy_.manager_discount_limit_bp) && !approval) {
        return fail("cart.discount_needs_manager",
                    "a discount above " +
                        format_discount(Discount::percent_bp(policy_.manager_discount_limit_bp)) +
                        " needs a manager",
                    "Chiết khấu trên " +
                        format_discount(Discount::percent_bp(policy_.manager_discount_limit_bp)) +
                        " cần quản lý duyệt bằng mã PIN.");
    }
    return {};
}

// A discount is checked against what it applies to when it is given. A later
// change (fewer units, a line removed, a lower price, a line discount under
// an order discount) shrinks that base, and a fixed amount would then take a
// larger share, past the manager's limit or past the amount itself, without
// anyone approving it. So such a change is kept only if every discount
// already given still passes its check.
Result<void> Cart::check_given_discounts() const {
    Money order_base;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const LineAmounts& amounts = totals_.lines[i];
        if (auto allowed =
                check_discount(lines_[i].discount, amounts.gross, lines_[i].discount_approval);
            !allowed)
            return allowed;
        order_base += amounts.gross - amounts.line_discount;
    }
    return check_discount(order_discount_, order_base, order_discount_approval_);
}

Result<void> Cart::keep_if_discounts_hold(std::vector<CartLine> before) {
    recompute();
    if (auto held = check_given_discounts(); !held) {
        lines_ = std::move(before);
        recompute();
        return held;
    }
    return {};
}

void Cart::recompute() {
    totals_ = {};
    std::vector<Money> after_line_discounts;
    for (const auto& line : lines_) {
        LineAmounts amounts;
        amounts.gross = gross_of(line);
        amounts.line_discount = line.discount.of(amounts.gross);
        after_line_discounts.push_back(amounts.gross - amounts.line_discount);
        totals_.lines.push_back(amounts);
        totals_.subtotal += amounts.gross;
        totals_.discount_total += amounts.line_discount;
    }
    const Money base =
        std::accumulate(after_line_discounts.begin(), after_line_discounts.end(), Money{});
    const Money order_discount = order_discount_.of(base);
    const auto shares = allocate_proportionally(order_discount, after_line_discounts);
    for (std::size_t i = 0; i < lines_.size(); ++i)
        totals_.lines[i].order_discount = shares[i];
    totals_.discount_total += order_discount;
}

std::vector<Money> allocate_proportionally(Money discount, const std::vector<Money>& bases) {
    std::vector<Money> shares(bases.size());
    const Money total = std::accumulate(bases.begin(), bases.end(), Money{});
    if (total.dong <= 0 || discount.dong == 0)
        return shares;
    // Floor of each exact share, then the đồng left over go one by one to the
    // lines with the largest remainders (earlier lines first on a tie).
    std::vector<std::pair<std::int64_t, std::size_t>> remainders;
    Money given;
    for (std::size_t i = 0; i < bases.size(); ++i) {
        const Int128 exact = static_cast<Int128>(discount.dong) * bases[i].dong;
        shares[i] = Money{static_cast<std::int64_t>(exact / total.dong)};
        remainders.emplace_back(static_cast<std::int64_t>(exact % total.dong), i);
        given += shares[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::int64_t left = (discount - given).dong, k = 0; left > 0; --left, ++k)
        shares[remainders[static_cast<std::size_t>(k)].second] += Money{1};
    return shares;
}

} // namespace ocop::pos
