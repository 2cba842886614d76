#pragma once

#include "common/error.h"
#include "pos/clock.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

struct InitOptions {
    std::optional<std::string> sample;        // a data set in db/samples/, e.g. "travinh"
    std::optional<std::string> terminal_code; // which terminal this is; the sample's first if unset
};

struct InitResult {
    int schema_version = 0;
    std::string terminal_code; // empty when none was set
    std::int64_t products = 0;
    std::int64_t users = 0;
};

// Brings a database to the current schema and, with a sample, fills it in
// one transaction: catalogue, stores and terminals, users (PINs hashed), this
// terminal's identity and its store's opening stock as a journal event (by
// the store's first terminal only: the stock is the store's, not each till's).
// init.not_empty when the database already holds a catalogue.
Result<InitResult> initialize_database(db::Connection& db, const Clock& clock,
                                       const InitOptions& options);

} // namespace ocop::pos
