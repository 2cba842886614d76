#pragma once

// Where the head office under test keeps its data: a SQLite file, or a
// fresh database in the private PostgreSQL cluster this test process starts
// (initdb/pg_ctl, tests/support/private_postgres.h) and removes at exit. The
// same chain tests run on both.

#include "support/temp_dir.h"
#include "sync/hq/head_office.h"

#include <string>
#include <vector>

namespace ocop::test {

enum class Backend { sqlite, postgres };

class HqStorage {
public:
    explicit HqStorage(Backend backend);
    HqStorage(const HqStorage&) = delete;
    HqStorage& operator=(const HqStorage&) = delete;
    ~HqStorage();

    Backend backend() const { return backend_; }
    // {"--db", FILE} or {"--pg", URL}: what goes before every ocop-hq command.
    std::vector<std::string> arguments() const;
    hq::StorageLocation location() const;

private:
    Backend backend_;
    TempDir folder_;           // the SQLite file
    std::string database_url_; // a fresh database of the process's private cluster
};

} // namespace ocop::test
