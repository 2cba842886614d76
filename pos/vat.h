#pragma once

#include "common/error.h"
#include "pos/money.h"

#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// The rate that applies to a VAT class on a date, from the dated table
// vat_rates (8 % for eligible goods until 2026-12-31, 10 % from 2027-01-01).
struct VatRate {
    std::string vat_class;
    int rate_bp = 0;          // basis points: 800 = 8 %
    std::string invoice_code; // as the tax authority writes it: "8%", "10%", "KCT"
};

// vat.no_rate when no row covers the date: the program never guesses a rate.
Result<VatRate> vat_rate_on(db::Connection& db, std::string_view vat_class, std::string_view date);

// The VAT inside a VAT-inclusive amount: amount × r / (1 + r), rounded half
// away from zero to the đồng (docs/money-and-vat.md).
Money vat_included(Money amount, int rate_bp);

// One row of a receipt's VAT breakdown.
struct VatLine {
    std::string invoice_code;
    int rate_bp = 0;
    Money gross; // amount including VAT
    Money vat;
    Money net() const { return gross - vat; }
};

struct TaxedAmount {
    Money amount;
    int rate_bp = 0;
    std::string invoice_code;
};

// The breakdown of a sale: amounts summed per rate first, then the VAT of
// each sum rounded once (not line by line), ordered by rate.
std::vector<VatLine> vat_breakdown(const std::vector<TaxedAmount>& amounts);

} // namespace ocop::pos
