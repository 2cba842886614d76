#pragma once

// Which terminal a database belongs to, read the way pos/till.h reads it
// (setting terminal.code, table terminals): the daemon may use db/ but not
// pos/, so it has its own small reader of the same rows.

#include "common/error.h"
#include "db/outbox.h"

#include <cstdint>
#include <string>

namespace ocop::db {
class Connection;
}

namespace ocop::syncd {

struct TerminalIdentity {
    db::TerminalRef terminal; // id here, code everywhere
    std::string name;         // "Quầy 2"
    std::int64_t store_id = 0;
    std::string store_code;
};

// terminal.not_configured without a terminal.code setting; terminal.unknown
// when no terminal row has that code.
Result<TerminalIdentity> read_terminal_identity(db::Connection& db);

} // namespace ocop::syncd
