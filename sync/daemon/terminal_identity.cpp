#include "sync/daemon/terminal_identity.h"

#include "db/connection.h"

namespace ocop::syncd {

Result<TerminalIdentity> read_terminal_identity(db::Connection& db) {
    auto code = db.first_row("SELECT value FROM settings WHERE key = 'terminal.code'");
    if (!code)
        return fail(code.error());
    if (!*code) {
        return fail("terminal.not_configured", "this database has no terminal.code setting",
                    "Máy bán hàng chưa được cài đặt (chưa có mã quầy). Chạy `ocop init` trước.");
    }
    const std::string terminal_code = (*code)->text(0);
    auto row = db.first_row("SELECT t.id, t.name, s.id, s.code FROM terminals t "
                            "JOIN stores s ON s.id = t.store_id WHERE t.code = ?",
                            terminal_code);
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail(
            "terminal.unknown", "terminal " + terminal_code + " is not in the terminals table",
            "Mã quầy " + terminal_code + " không có trong danh sách quầy. Báo cho kỹ thuật viên.");
    }
    const db::Statement& values = **row;
    return TerminalIdentity{db::TerminalRef{values.int64(0), terminal_code}, values.text(1),
                            values.int64(2), values.text(3)};
}

} // namespace ocop::syncd
