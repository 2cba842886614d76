#include "pos/vat.h"

#include "db/connection.h"

#include <algorithm>

namespace ocop::pos {

Result<VatRate> vat_rate_on(db::Connection& db, std::string_view vat_class, std::string_view date) {
    auto row = db.first_row(
        "SELECT rate_bp, invoice_code FROM vat_rates WHERE vat_class = ?1 AND valid_from <= ?2 "
        "AND (valid_to IS NULL OR valid_to >= ?2) ORDER BY valid_from DESC LIMIT 1",
        vat_class, date);
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail("vat.no_rate",
                    "no VAT rate for class '" + std::string(vat_class) + "' on " +
                        std::string(date),
                    "Chưa có thuế suất GTGT cho nhóm hàng \"" + std::string(vat_class) +
                        "\" vào ngày " + std::string(date) + ". Báo cho quản lý.");
    }
    return VatRate{std::string(vat_class), static_cast<int>((*row)->int64(0)), (*row)->text(1)};
}

Money vat_included(Money amount, int rate_bp) {
    return Money{mul_div_round(amount.dong, rate_bp, 10000 + rate_bp)};
}

std::vector<VatLine> vat_breakdown(const std::vector<TaxedAmount>& amounts) {
    std::vector<VatLine> lines;
    for (const auto& taxed : amounts) {
        auto line = std::find_if(lines.begin(), lines.end(), [&](const VatLine& existing) {
            return existing.invoice_code == taxed.invoice_code;
        });
        if (line == lines.end())
            line = lines.insert(lines.end(), VatLine{taxed.invoice_code, taxed.rate_bp, {}, {}});
        line->gross += taxed.amount;
    }
    for (auto& line : lines)
        line.vat = vat_included(line.gross, line.rate_bp);
    std::sort(lines.begin(), lines.end(), [](const VatLine& a, const VatLine& b) {
        return a.rate_bp != b.rate_bp ? a.rate_bp < b.rate_bp : a.invoice_code < b.invoice_code;
    });
    return lines;
}

} // namespace ocop::pos
