// ocop sync status, ocop enroll
#include "db/sync_state.h"
#include "pos/cli/command.h"
#include "pos/cli/format.h"
#include "sync/daemon/enrolment.h"

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

// The sync daemon's own library does the exchange (docs/architecture.md,
// "Departures from DESIGN.md"): the command only reads its arguments.
int enroll(Context& context, const Invocation& invocation) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    const syncd::SyncOverrides tls{std::nullopt, invocation.value("--ca-file"),
                                   invocation.value("--pinned-key")};
    auto enrolled = syncd::enrol_terminal(*connection, invocation.arguments.at(0),
                                          invocation.arguments.at(1), tls);
    if (!enrolled)
        return report(context, enrolled.error());
    if (context.json) {
        print_json(context, {{"terminal", enrolled->terminal},
                             {"store", enrolled->store},
                             {"hq_url", enrolled->hq_url},
                             {"token_file", enrolled->token_file.string()}});
        return kExitOk;
    }
    context.out << "Đã đăng ký quầy " << enrolled->terminal << " (cửa hàng " << enrolled->store
                << ") với văn phòng " << enrolled->hq_url << ".\n"
                << "Khoá đồng bộ lưu tại " << enrolled->token_file.string()
                << " (chỉ chủ tệp đọc được). Dịch vụ ocop-syncd sẽ gửi dữ liệu.\n"
                << "Terminal " << enrolled->terminal << " enrolled with head office.\n";
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
        {{"enroll",
          "URL CODE",
          "Đăng ký quầy với văn phòng / enrol this till with head office",
          "Exchanges the one-time CODE head office printed (ocop-hq terminal enroll-code\n"
          "STORE) for this till's token, at head office URL (https://..., or http:// to\n"
          "this machine only). The token is stored in the file named by setting\n"
          "sync.token_file (default: the database's path + \".sync-token\"), readable by\n"
          "its owner alone: run the command as the user ocop-syncd runs as. The URL is\n"
          "stored in setting sync.hq_url.",
          {{"--ca-file", "FILE",
            "tin chứng chỉ CA này / trust this PEM CA file (kept as sync.ca_file)"},
           {"--pinned-key", "sha256//BASE64",
            "khoá công khai của máy chủ / require head office's public key (sync.pinned_key)"}},
          2,
          2},
         enroll},
    };
}

} // namespace ocop::cli
