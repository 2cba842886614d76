#pragma once

// Short ways to write the values tests use again and again, and how test
// failure messages show them.

#include "pos/money.h"
#include "pos/payment.h"
#include "pos/quantity.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

namespace ocop::test {

inline pos::Quantity units(std::int64_t n) {
    return pos::Quantity::units(n);
}

inline pos::PaymentInput cash(std::int64_t dong) {
    return {pos::PaymentMethod::Cash, pos::Money{dong}, {}, {}};
}

inline pos::PaymentInput qr(std::int64_t dong, std::string reference = {}) {
    return {pos::PaymentMethod::VietQr, pos::Money{dong}, {}, std::move(reference)};
}

inline pos::PaymentInput card(std::int64_t dong, std::string approval) {
    return {pos::PaymentMethod::Card, pos::Money{dong}, std::move(approval), {}};
}

} // namespace ocop::test

// Money and quantities as a person reads them, in test failure messages.
namespace Catch {
template <>
struct StringMaker<ocop::pos::Money> {
    static std::string convert(ocop::pos::Money money) { return ocop::pos::format_money(money); }
};
template <>
struct StringMaker<ocop::pos::Quantity> {
    static std::string convert(ocop::pos::Quantity quantity) {
        return ocop::pos::format_quantity(quantity);
    }
};
} // namespace Catch
