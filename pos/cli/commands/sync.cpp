// ocop sync status
#include "db/sync_state.h"
#include "pos/cli/command.h"
#include "pos/cli/format.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace ocop::cli {

namespace {

nlohmann::json optional_json(const std::optional<std::string>& text) {
    return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

nlohmann::json to_json(const db::SyncStatus& status) {
    return {{"pending_events", status.pending_events},
            {"acked_seq", status.acked_seq},
            {"last_attempt_at", optional_json(status.last_attempt_at)},
            {"last_success_at", optional_json(status.last_success_at)},
            {"last_error_code", status.last_error_code},
            {"last_error", status.last_error},
            {"pull_cursor", status.pull_cursor}};
}

// Read-only: the sync daemon is the only writer of the status.
int status(Context& context, const Invocation&) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto status = db::read_sync_status(*terminal->db, terminal->till.terminal);
    if (!status)
        return report(context, status.error());
    if (context.json)
        print_json(context, to_json(*status));
    else
        context.out << sync_status_text(*status);
    return kExitOk;
}

} // namespace

std::vector<Command> sync_commands() {
    return {
        {{"sync status",
          "",
          "Tình trạng đồng bộ / what head office has received from this till",
          "Shows how many journal events wait to be sent to head office, the last event\n"
          "head office acknowledged, when the sync service last tried and last succeeded,\n"
          "and the error of its last attempt. Changes nothing.",
          {},
          0,
          0},
         status},
    };
}

} // namespace ocop::cli
