#include "support/private_postgres.h"

#include "support/process.h"

#include <arpa/inet.h>
#include <filesystem>
#include <fstream>
#include <libpq-fe.h>
#include <memory>
#include <netinet/in.h>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace ocop::test {

namespace {

const std::filesystem::path kBin = "/usr/lib/postgresql/15/bin";

int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t size = sizeof address;
    const bool ok = fd >= 0 &&
                    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        throw std::runtime_error("cannot find a free loopback port for PostgreSQL");
    return ntohs(address.sin_port);
}

bool running_as_root() {
    return ::geteuid() == 0;
}

void hand_to_postgres_user(const std::filesystem::path& folder) {
    const passwd* user = ::getpwnam("postgres");
    if (!user) {
        throw std::runtime_error("running as root, but there is no `postgres` system user to run "
                                 "PostgreSQL as (install the postgresql package)");
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        (void)::chown(entry.path().c_str(), user->pw_uid, user->pw_gid);
    if (::chown(folder.c_str(), user->pw_uid, user->pw_gid) != 0)
        throw std::runtime_error("cannot hand " + folder.string() + " to the postgres user");
}

} // namespace

PrivatePostgres::PrivatePostgres() {
    for (const char* program : {"initdb", "pg_ctl", "postgres"}) {
        if (!std::filesystem::exists(kBin / program)) {
            throw std::runtime_error(
                "PostgreSQL 15 is not installed: " + (kBin / program).string() +
                " is missing (apt-get install postgresql-15; "
                "installer/packages.txt)");
        }
    }
    if (running_as_root())
        hand_to_postgres_user(dir_.path());
    run_as_owner((kBin / "initdb").string(),
                 {"-D", (dir_.path() / "data").string(), "-U", "postgres", "--auth=trust", "-E",
                  "UTF8", "--locale=C", "-N"},
                 "initdb");
    // Another program may take the port between free_port and the start:
    // then another port is tried.
    for (int attempt = 0; attempt < 3 && !started_; ++attempt) {
        port_ = free_port();
        const std::string options = "-p " + std::to_string(port_) + " -k " + dir_.path().string() +
                                    " -c listen_addresses=127.0.0.1 -c fsync=off"
                                    " -c synchronous_commit=off -c full_page_writes=off";
        try {
            run_as_owner((kBin / "pg_ctl").string(),
                         {"-D", (dir_.path() / "data").string(), "-l",
                          (dir_.path() / "server.log").string(), "-w", "-t", "60", "-o", options,
                          "start"},
                         "pg_ctl start");
            started_ = true;
        } catch (const std::runtime_error&) {
            if (attempt == 2)
                throw;
        }
    }
}

PrivatePostgres::~PrivatePostgres() {
    if (!started_)
        return;
    try {
        run_as_owner((kBin / "pg_ctl").string(),
                     {"-D", (dir_.path() / "data").string(), "-m", "immediate", "-w", "stop"},
                     "pg_ctl stop");
    } catch (const std::exception&) {
        // The folder is removed anyway; nothing more can be done here.
    }
}

void PrivatePostgres::run_as_owner(const std::string& program,
                                   const std::vector<std::string>& arguments,
                                   const std::string& doing) const {
    std::string command = program;
    std::vector<std::string> full = arguments;
    if (running_as_root()) {
        full.insert(full.begin(), {"-u", "postgres", "--", program});
        command = "/usr/sbin/runuser";
    }
    const auto result = run_process(command, full);
    if (result.exit_code != 0) {
        throw std::runtime_error(doing + " failed (exit " + std::to_string(result.exit_code) +
                                 "): " + result.out + result.err + "\nserver log:\n" + log());
    }
}

std::string PrivatePostgres::log() const {
    std::ifstream file(dir_.path() / "server.log");
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string PrivatePostgres::url(const std::string& database) const {
    return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

std::string PrivatePostgres::fresh_database() {
    const std::string name = "test_" + std::to_string(++databases_made_);
    std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(url().c_str()), PQfinish);
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        throw std::runtime_error("cannot connect to the private PostgreSQL: " +
                                 std::string(PQerrorMessage(connection.get())) + log());
    }
    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(connection.get(), ("CREATE DATABASE " + name).c_str()), PQclear);
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        throw std::runtime_error("CREATE DATABASE " + name +
                                 " failed: " + PQresultErrorMessage(result.get()));
    }
    return url(name);
}

PrivatePostgres& shared_postgres() {
    static PrivatePostgres cluster;
    return cluster;
}

} // namespace ocop::test
