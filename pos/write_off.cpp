#include "pos/write_off.h"

#include "db/connection.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace ocop::pos {

Result<std::int64_t> write_off(Till& till, const std::vector<MovementLine>& lines,
                               std::string_view reason) {
    const bool blank = std::all_of(reason.begin(), reason.end(), [](char c) {
        return std::isspace(static_cast<unsigned char>(c)) != 0;
    });
    if (blank) {
        return fail("stock.reason_required", "a write-off needs its reason",
                    "Huỷ hàng phải ghi rõ lý do (--reason).");
    }
    if (auto checked = check_document_lines(lines); !checked)
        return fail(checked.error());
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    if (auto available = check_available(till.db, till.store_id, lines); !available)
        return fail(available.error());
    std::vector<MovementLine> taken = lines;
    for (auto& line : taken)
        line.quantity = -line.quantity;
    auto seq = record_movements(till, "damage", taken, reason, {{"reason", reason}});
    if (!seq)
        return fail(seq.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return *seq;
}

} // namespace ocop::pos
