#include "pos/payment.h"

#include <algorithm>

namespace ocop::pos {

std::string_view method_code(PaymentMethod method) {
    switch (method) {
    case PaymentMethod::Cash:
        return "cash";
    case PaymentMethod::VietQr:
        return "vietqr";
    case PaymentMethod::Card:
        return "card";
    }
    return "cash";
}

std::optional<PaymentMethod> method_from_code(std::string_view code) {
    if (code == "cash")
        return PaymentMethod::Cash;
    if (code == "vietqr" || code == "qr")
        return PaymentMethod::VietQr;
    if (code == "card")
        return PaymentMethod::Card;
    return std::nullopt;
}

std::string method_name_vi(PaymentMethod method) {
    switch (method) {
    case PaymentMethod::Cash:
        return "Tiền mặt";
    case PaymentMethod::VietQr:
        return "Chuyển khoản VietQR";
    case PaymentMethod::Card:
        return "Thẻ";
    }
    return {};
}

Result<PaymentInput> parse_payment(std::string_view text) {
    const auto bad = [&] {
        return fail("payment.invalid", "not a payment: '" + std::string(text) + "'",
                    "Thanh toán không hợp lệ: \"" + std::string(text) +
                        "\". Dạng đúng: cash=500000, qr=250000 hoặc card=120000:MÃDUYỆT.");
    };
    const auto equals = text.find('=');
    if (equals == std::string_view::npos)
        return bad();
    const auto method = method_from_code(text.substr(0, equals));
    if (!method)
        return bad();
    std::string_view rest = text.substr(equals + 1);
    PaymentInput payment{*method, {}, {}, {}};
    if (const auto colon = rest.find(':'); colon != std::string_view::npos) {
        (*method == PaymentMethod::Card ? payment.approval_code : payment.reference) =
            rest.substr(colon + 1);
        rest = rest.substr(0, colon);
    }
    auto amount = parse_money(rest);
    if (!amount)
        return bad();
    payment.amount = *amount;
    return payment;
}

Result<Settlement> settle(Money total, const std::vector<PaymentInput>& payments) {
    Money cash, noncash;
    for (const auto& payment : payments) {
        if (payment.amount.dong <= 0) {
            return fail("payment.not_positive", "a payment must be more than 0",
                        "Số tiền thanh toán phải lớn hơn 0.");
        }
        if (payment.method == PaymentMethod::Card && payment.approval_code.empty()) {
            return fail("payment.card_approval_required",
                        "a card payment needs the approval code from the card terminal",
                        "Thanh toán thẻ cần mã chuẩn chi in trên hoá đơn của máy quẹt thẻ.");
        }
        (payment.method == PaymentMethod::Cash ? cash : noncash) += payment.amount;
    }
    if (noncash > total) {
        return fail("payment.noncash_overpaid",
                    "transfers and cards (" + format_money(noncash) + ") exceed the total " +
                        format_money(total),
                    "Số tiền chuyển khoản/thẻ (" + format_money(noncash) +
                        ") lớn hơn số phải trả (" + format_money(total) +
                        "). Chỉ tiền mặt mới được thối lại.");
    }
    if (cash + noncash < total) {
        return fail("payment.unpaid",
                    "payments " + format_money(cash + noncash) + " do not cover " +
                        format_money(total),
                    "Khách còn thiếu " + format_money(total - cash - noncash) +
                        ". Chưa thể hoàn tất đơn hàng.");
    }

    if (cash.dong > 0 && cash + noncash - total >= cash) {
        return fail("payment.cash_not_needed",
                    "the other payments already cover the total; the cash would all be change",
                    "Các khoản chuyển khoản/thẻ đã đủ số phải trả; không cần nhận thêm tiền mặt.");
    }

    // Cash is one payment however many notes and times it was handed over:
    // one row with what was tendered, what it settled, and the change from it.
    Settlement settlement;
    settlement.change = cash + noncash - total;
    bool cash_written = false;
    for (const auto& payment : payments) {
        if (payment.method != PaymentMethod::Cash) {
            settlement.payments.push_back(SettledPayment{payment.method, payment.amount,
                                                         std::nullopt, payment.approval_code,
                                                         payment.reference});
        } else if (!cash_written) {
            settlement.payments.push_back(
                SettledPayment{PaymentMethod::Cash, cash - settlement.change, cash, {}, {}});
            cash_written = true;
        }
    }
    return settlement;
}

} // namespace ocop::pos
