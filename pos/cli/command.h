#pragma once

#include "common/command_line.h"
#include "common/error.h"
#include "db/connection.h"
#include "pos/clock.h"
#include "pos/till.h"
#include "pos/users.h"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::cli {

// What every command runs with: where the database is, how to print, and the
// clock. Built once by run() from the global options and the environment.
struct Context {
    std::filesystem::path db_path;
    bool json = false;
    std::ostream& out;
    std::ostream& err;
    const pos::Clock& clock;
};

struct Command {
    CommandSpec spec;
    int (*run)(Context& context, const Invocation& invocation);
};

// Exit statuses: 0 done, 1 refused or failed (the message says why), 2 the
// command line itself was wrong.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;
// The sale is done and kept, but its receipt did not print: it waits in the
// print queue (`ocop print list`).
inline constexpr int kExitNotPrinted = 3;

// Prints an error the way every command does: Vietnamese for the person,
// then the code and English for a technician (or one JSON object on stderr
// with --json). Returns the exit status to use.
int report(Context& context, const Error& error, int status = kExitFailed);

// cli.option_before_scan: a per-line option (--qty, --lot, ...) came before
// any --scan it could apply to (`ocop sell`, `ocop stock receive`, ...).
Error option_before_scan(const std::string& option);

// Prints a JSON value (pretty, UTF-8) on stdout.
void print_json(Context& context, const nlohmann::json& value);

// The terminal's database, at the current schema.
Result<db::Connection> open_database(const Context& context);

// The database and the terminal it belongs to, for commands that record
// something. The connection sits behind a pointer so the Till's reference
// to it survives moves.
struct OpenTill {
    std::unique_ptr<db::Connection> db;
    pos::Till till;
};
Result<OpenTill> open_till(const Context& context);

// The user named by --cashier, if --pin is theirs.
Result<pos::User> signed_in_cashier(db::Connection& db, const Invocation& invocation);

// A manager's approval from --manager, --manager-pin and --reason (or
// `default_reason` when no --reason is given).
Result<pos::Approval> manager_approval(db::Connection& db, const Invocation& invocation,
                                       std::string_view default_reason);

// Every command, in the order `ocop --help` lists them.
std::vector<Command> all_commands();

// The commands, by area (each defined in commands/*.cpp).
std::vector<Command> database_commands();
std::vector<Command> catalog_commands();
std::vector<Command> certification_commands();
std::vector<Command> scan_commands();
std::vector<Command> printing_commands();
std::vector<Command> sale_commands();
std::vector<Command> shift_commands();
std::vector<Command> stock_commands();
std::vector<Command> sync_commands();
std::vector<Command> admin_commands();

} // namespace ocop::cli
