#pragma once

#include "common/error.h"
#include "db/embedded_file.h"

#include <vector>

namespace ocop::db {

class Connection;

// The schema is the numbered files in db/migrations/ (`0001_initial.sql`, ...),
// compiled into the program. The number of the last one applied is kept in
// PRAGMA user_version.
int latest_schema_version();

// Applies every migration newer than the file's version, each in its own
// transaction together with the new version number, so a crash leaves the
// file at the last whole migration. Returns the version reached.
Result<int> migrate(Connection& connection);

// The migrations as compiled in, in order; exposed for tests.
const std::vector<EmbeddedFile>& migration_files();

// Fails with db.schema_older unless the file is at latest_schema_version():
// every command but `db migrate` and `init` works on a current schema only.
Result<void> require_current_schema(Connection& connection);

} // namespace ocop::db
