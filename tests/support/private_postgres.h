#pragma once

// A private PostgreSQL 15 cluster for tests and benches: `initdb` and
// `pg_ctl start` from /usr/lib/postgresql/15/bin into a temporary folder,
// listening on a free loopback port (and a unix socket in that folder), so
// that no system PostgreSQL service is touched. The destructor stops it
// (`pg_ctl stop -m immediate`) and removes the folder.
//
// initdb and postgres refuse to run as root: as root (CI), they run as the
// `postgres` system user (made by the postgresql package) through runuser,
// and the folder is handed to that user. The cluster trusts local
// connections; its superuser is `postgres`.
//
// Failures throw std::runtime_error saying why (binaries missing: install
// postgresql-15, installer/packages.txt), with the server's log.

#include "support/temp_dir.h"

#include <string>
#include <vector>

namespace ocop::test {

class PrivatePostgres {
public:
    PrivatePostgres();
    PrivatePostgres(const PrivatePostgres&) = delete;
    PrivatePostgres& operator=(const PrivatePostgres&) = delete;
    ~PrivatePostgres();

    int port() const { return port_; }
    // A libpq URL of a database of the cluster ("postgres" exists from the start).
    std::string url(const std::string& database = "postgres") const;
    // Creates a new, empty database with a name not used before in this
    // cluster, and returns its URL.
    std::string fresh_database();

private:
    void run_as_owner(const std::string& program, const std::vector<std::string>& arguments,
                      const std::string& doing) const;
    std::string log() const;

    TempDir dir_;
    int port_ = 0;
    int databases_made_ = 0;
    bool started_ = false;
};

// One cluster for the whole test process, started on first use.
PrivatePostgres& shared_postgres();

} // namespace ocop::test
