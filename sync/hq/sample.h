#pragma once

// Head office's catalogue from a sample compiled into the program
// (db/samples/NAME.sql, the same the terminals are set up from): its stores,
// producers, products and barcodes, VAT rates, certifications with their
// stamp ranges, issuing offices' keys and stamp revocations. Opening stock
// is not taken: head office learns stock from the terminals' events.

#include "common/error.h"

#include <string_view>

namespace ocop::hq {

class Database;

// Writes the sample through the catalogue functions (so every entity enters
// the change log), in the caller's transaction.
Result<void> load_sample(Database& database, std::string_view name, std::string_view now);

} // namespace ocop::hq
