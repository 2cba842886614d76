#pragma once

// Head office's catalogue import: the same CSV file a store imports
// (docs/catalogue-import.md, read with db/csv.h), written through the
// catalogue functions so every product enters the change log. All or
// nothing: any problem and nothing is written.

#include "common/error.h"

#include <cstdint>
#include <string_view>

namespace ocop::hq {

class Database;

// The number of products added or updated. A file with problems fails with
// hq.import_rejected listing each one (line and column); a file that is not
// CSV with csv.*; the database with hq.db / db.*.
Result<std::int64_t> import_catalogue(Database& database, std::string_view csv_text,
                                      std::string_view now);

} // namespace ocop::hq
