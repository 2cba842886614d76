#include "sync/hq/postgres_database.h"

#include <libpq-fe.h>
#include <memory>
#include <type_traits>

namespace ocop::hq {

namespace {

// Every writing transaction takes this lock first. Why: the change log is
// read by terminals as "ids after my cursor", and PostgreSQL hands out
// identity/sequence values before commit, so with two writers a change with
// a lower id can become visible after one with a higher id, and a terminal
// that already read past it would never see it. Serialising the writers
// makes ids commit in order (NOTES.md, "On PostgreSQL, sequence values ...").
// It also makes two pushes of the same terminal (a libcurl resend) meet one
// after the other rather than race on the same (terminal, seq).
constexpr const char* kBeginWriting = "BEGIN; SELECT pg_advisory_xact_lock(1329811280)";

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string connection_message(pg_conn* connection) {
    std::string message = PQerrorMessage(connection);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return message;
}

Result<PgResult> checked(pg_conn* connection, PGresult* raw, std::string_view doing) {
    PgResult result(raw);
    if (!result)
        return std::unexpected(database_error(doing, connection_message(connection)));
    const auto status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    std::string detail = PQresultErrorMessage(result.get());
    while (!detail.empty() && detail.back() == '\n')
        detail.pop_back();
    return std::unexpected(database_error(doing, detail));
}

void ignore_notice(void*, const char*) {}

} // namespace

std::string numbered_placeholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int next = 0;
    char quote = 0;
    for (char c : sql) {
        if (quote) {
            if (c == quote)
                quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$';
            out += std::to_string(++next);
        } else {
            out += c;
        }
    }
    return out;
}

Result<std::unique_ptr<Database>> PostgresDatabase::open(const std::string& url) {
    pg_conn* connection = PQconnectdb(url.c_str());
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        Error error = database_error("connecting to PostgreSQL",
                                     connection ? connection_message(connection) : "out of memory");
        if (connection)
            PQfinish(connection);
        return std::unexpected(error);
    }
    // `CREATE TABLE IF NOT EXISTS` says "already exists, skipping" as a
    // NOTICE; libpq would print each on stderr.
    PQsetNoticeProcessor(connection, ignore_notice, nullptr);
    auto database = std::unique_ptr<Database>(new PostgresDatabase(connection));
    if (auto set = database->run_script("SET client_min_messages = warning"); !set)
        return std::unexpected(set.error());
    return database;
}

PostgresDatabase::~PostgresDatabase() {
    if (connection_)
        PQfinish(connection_);
}

Result<std::string> PostgresDatabase::prepared_name(std::string_view sql) {
    const std::string key(sql);
    if (auto found = prepared_.find(key); found != prepared_.end())
        return found->second;
    std::string name = "hq_" + std::to_string(prepared_.size() + 1);
    auto prepared = checked(
        connection_,
        PQprepare(connection_, name.c_str(), numbered_placeholders(sql).c_str(), 0, nullptr),
        "preparing a statement");
    if (!prepared)
        return std::unexpected(prepared.error());
    prepared_.emplace(key, name);
    return name;
}

Result<Rows> PostgresDatabase::run(std::string_view sql, std::span<const Param> params) {
    auto name = prepared_name(sql);
    if (!name)
        return std::unexpected(name.error());
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
        std::visit(
            [&](const auto& value) {
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, std::int64_t>)
                    texts[i] = std::to_string(value);
                else if constexpr (std::is_same_v<T, std::string>)
                    texts[i] = value;
                if constexpr (!std::is_same_v<T, std::monostate>)
                    values[i] = texts[i].c_str();
            },
            params[i]);
    }
    auto result =
        checked(connection_,
                PQexecPrepared(connection_, name->c_str(), static_cast<int>(values.size()),
                               values.data(), nullptr, nullptr, 0),
                "running a statement");
    if (!result)
        return std::unexpected(result.error());
    Rows rows;
    const int count = PQntuples(result->get());
    const int columns = PQnfields(result->get());
    rows.reserve(static_cast<std::size_t>(count));
    for (int r = 0; r < count; ++r) {
        Row row;
        row.cells.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(result->get(), r, c))
                row.cells.emplace_back(std::nullopt);
            else
                row.cells.emplace_back(
                    std::string(PQgetvalue(result->get(), r, c),
                                static_cast<std::size_t>(PQgetlength(result->get(), r, c))));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<void> PostgresDatabase::run_script(std::string_view sql) {
    auto result =
        checked(connection_, PQexec(connection_, std::string(sql).c_str()), "running a script");
    if (!result)
        return std::unexpected(result.error());
    return {};
}

Result<void> PostgresDatabase::begin() {
    return run_script(kBeginWriting);
}

Result<void> PostgresDatabase::commit() {
    return run_script("COMMIT");
}

void PostgresDatabase::rollback() noexcept {
    if (PQtransactionStatus(connection_) != PQTRANS_IDLE)
        (void)run_script("ROLLBACK");
}

} // namespace ocop::hq
