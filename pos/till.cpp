#include "pos/till.h"

#include "db/connection.h"
#include "pos/settings.h"

namespace ocop::pos {

Result<Till> open_till(db::Connection& db, const Clock& clock) {
    auto code = get_setting(db, setting::kTerminalCode);
    if (!code)
        return fail(code.error());
    if (!*code) {
        return fail("terminal.not_configured", "this database has no terminal.code setting",
                    "Máy bán hàng chưa được cài đặt (chưa có mã quầy). Chạy `ocop init` hoặc "
                    "đăng ký với văn phòng.");
    }
    auto row = db.first_row("SELECT t.id, s.id, s.code FROM terminals t "
                            "JOIN stores s ON s.id = t.store_id WHERE t.code = ?",
                            **code);
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail("terminal.unknown", "terminal " + **code + " is not in the terminals table",
                    "Mã quầy " + **code + " không có trong danh sách quầy. Báo cho kỹ thuật viên.");
    }
    const db::Statement& terminal = **row;
    return Till{db, clock, db::TerminalRef{terminal.int64(0), **code}, terminal.int64(1),
                terminal.text(2)};
}

Result<CartPolicy> cart_policy(db::Connection& db) {
    CartPolicy policy;
    auto limit =
        get_integer_setting(db, setting::kDiscountManagerLimitBp, policy.manager_discount_limit_bp);
    if (!limit)
        return fail(limit.error());
    policy.manager_discount_limit_bp = *limit;
    return policy;
}

} // namespace ocop::pos
