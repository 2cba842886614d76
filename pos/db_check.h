#pragma once

#include "common/error.h"

#include <string>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// One thing found wrong with a database.
struct CheckProblem {
    std::string check;  // the name of the rule, e.g. "sale_total_matches_lines"
    std::string detail; // English, for a technician
};

// `ocop db check`: SQLite's integrity and foreign-key checks, then the
// project's own invariants of the journal (docs/database.md lists them):
// totals equal their lines, payments settle totals, every sale has its event
// and its stock movements, sale numbers and event numbers have no gap, the
// hash chain holds, refunds never exceed what was sold.
// An empty list means the database is sound.
Result<std::vector<CheckProblem>> check_database(db::Connection& db);

} // namespace ocop::pos
