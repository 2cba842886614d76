#pragma once

#include "common/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {

class Connection;

// The names of the sample data sets compiled in (`travinh`).
std::vector<std::string> sample_names();

// Runs a sample data set's SQL on a freshly migrated database, inside the
// caller's transaction. The SQL fills catalogue, stores, terminals and users;
// it may also leave TEMP tables (sample_opening_stock) for the domain to turn
// into journal events (see pos/setup.h).
Result<void> load_sample_sql(Connection& connection, std::string_view name);

} // namespace ocop::db
