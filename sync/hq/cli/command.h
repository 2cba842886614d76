#pragma once

// What every `ocop-hq` command runs with and how it reports: the house
// pattern of pos/cli/command.h (no global state: a Context is built once by
// run() and handed down).

#include "common/command_line.h"
#include "common/error.h"
#include "sync/hq/cli/local_time.h"
#include "sync/hq/head_office.h"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::hq::cli {

struct Context {
    StorageLocation storage;
    std::ostream& out;
    std::ostream& err;
    const LocalClock& clock;
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

// Vietnamese for the person, then `code: English` for a technician, on
// stderr. Returns `status`.
int report(Context& context, const Error& error, int status = kExitFailed);

// Head office's storage as --db or --pg named it.
Result<HeadOffice> open_office(const Context& context);

// An option the command cannot do without (cli.missing_option).
Result<std::string> required_option(const Invocation& invocation, std::string_view name);

// A whole number from digits alone (hq.bad_number).
Result<std::int64_t> whole_number(std::string_view text, std::string_view what);

// Every command, in the order `ocop-hq --help` lists them; by area in
// commands/*.cpp.
std::vector<Command> all_commands();
std::vector<Command> setup_commands();
std::vector<Command> catalog_commands();
std::vector<Command> certification_commands();
std::vector<Command> report_commands();
std::vector<Command> settlement_commands();
std::vector<Command> transfer_commands();
std::vector<Command> serve_commands();

} // namespace ocop::hq::cli
