#pragma once

// Head office's tables, created idempotently on either backend.

#include "common/error.h"

namespace ocop::hq {

class Database;

// Creates every table and index that is missing, in one transaction.
Result<void> create_schema(Database& database);

} // namespace ocop::hq
