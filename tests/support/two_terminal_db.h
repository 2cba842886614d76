#pragma once

// A database at the current schema with one store and its two terminals,
// TV01-01 (this till) and TV01-02, and nothing else: for tests of db/ that
// need terminals but not the store domain's sample.

#include "db/connection.h"
#include "db/outbox.h"
#include "support/temp_dir.h"

#include <string>
#include <string_view>

namespace ocop::test {

struct TwoTerminalDb {
    TwoTerminalDb();

    TempDir dir;
    db::Connection db;
    db::TerminalRef till{1, "TV01-01"};
    db::TerminalRef other{2, "TV01-02"};

    // Appends a "sale" event in its own committed transaction.
    db::OutboxEvent append(const db::TerminalRef& terminal, std::string_view payload);
};

} // namespace ocop::test
