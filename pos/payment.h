#pragma once

#include "common/error.h"
#include "pos/money.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

enum class PaymentMethod { Cash, VietQr, Card };

std::string_view method_code(PaymentMethod method); // "cash", "vietqr", "card"
std::optional<PaymentMethod> method_from_code(std::string_view code);
std::string method_name_vi(PaymentMethod method); // "Tiền mặt", "Chuyển khoản VietQR", "Thẻ"

// A payment as the cashier records it. For cash, `amount` is what the
// customer handed over; the change comes out of it.
struct PaymentInput {
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::string approval_code; // card: the code printed by the card terminal
    std::string reference;     // VietQR: the transfer's reference
};

// "cash=500000", "qr=250.000", "card=120000:A1B2C3" (as `ocop sell --pay`).
Result<PaymentInput> parse_payment(std::string_view text);

// A payment as it settles the sale.
struct SettledPayment {
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;                  // applied to the sale
    std::optional<Money> tendered; // cash handed over
    std::string approval_code;
    std::string reference;
};

struct Settlement {
    std::vector<SettledPayment> payments;
    Money change; // handed back, always from cash
};

// Checks that payments settle `total` exactly, allowing change only from cash
// (all cash handed over becomes one cash payment, which gives the change):
// payment.unpaid when short, payment.noncash_overpaid when transfers and cards
// alone exceed the total, payment.card_approval_required, payment.not_positive.
Result<Settlement> settle(Money total, const std::vector<PaymentInput>& payments);

} // namespace ocop::pos
