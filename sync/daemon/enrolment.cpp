#include "sync/daemon/enrolment.h"

#include "db/connection.h"
#include "sync/daemon/http_client.h"
#include "sync/daemon/terminal_identity.h"
#include "sync/daemon/token_file.h"
#include "sync/protocol/messages.h"

namespace ocop::syncd {

namespace {

Error refused(const HttpResponse& response) {
    auto parsed = sync::parse_protocol_error(response.body, static_cast<int>(response.status));
    if (!parsed)
        return parsed.error();
    return Error{parsed->code,
                 "head office refused the enrolment: HTTP " + std::to_string(response.status) +
                     " " + parsed->message,
                 parsed->message_vi};
}

Result<std::string> exchange_code(HttpClient& client, const TerminalIdentity& terminal,
                                  std::string_view code) {
    const sync::EnrolRequest request{std::string(code), terminal.terminal.code, terminal.name,
                                     terminal.store_code};
    auto response = client.post_json("/v1/enroll", sync::to_json(request).dump(), false);
    if (!response)
        return fail(response.error());
    if (response->status != 200)
        return fail(refused(*response));
    auto answer = sync::parse_enrol_response(response->body);
    if (!answer)
        return fail(answer.error());
    if (answer->terminal != terminal.terminal.code || answer->store != terminal.store_code ||
        answer->token.empty()) {
        return fail("enroll.wrong_store",
                    "head office enrolled " + answer->terminal + " of " + answer->store + ", not " +
                        terminal.terminal.code + " of " + terminal.store_code,
                    "Văn phòng đăng ký nhầm quầy hoặc cửa hàng. Báo cho văn phòng.");
    }
    return std::move(answer->token);
}

} // namespace

Result<Enrolment> enrol_terminal(db::Connection& db, std::string_view hq_url, std::string_view code,
                                 const SyncOverrides& overrides) {
    auto terminal = read_terminal_identity(db);
    if (!terminal)
        return fail(terminal.error());
    auto tls = resolve_tls(db, overrides);
    if (!tls)
        return fail(tls.error());
    auto client = HttpClient::create(
        hq_url, HttpOptions{*tls, std::chrono::seconds(10), std::chrono::seconds(30)});
    if (!client)
        return fail(client.error());
    auto token_file_setting = read_setting(db, setting::kTokenFile);
    if (!token_file_setting)
        return fail(token_file_setting.error());
    // Absolute, so the daemon finds it whatever folder it starts in.
    std::error_code ignored;
    const std::filesystem::path token_file =
        std::filesystem::absolute(*token_file_setting && !(*token_file_setting)->empty()
                                      ? std::filesystem::path(**token_file_setting)
                                      : default_token_file(db.path()),
                                  ignored);

    auto token = exchange_code(*client, *terminal, code);
    if (!token)
        return fail(token.error());
    // The code is spent now: from here on a failure is told plainly, since
    // enrolling again needs a new code.
    if (auto written = write_token_file(token_file, *token); !written)
        return fail(written.error());

    auto transaction = db::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    const std::string url = client->url().base;
    for (const auto& [key, value] :
         {std::pair{setting::kHqUrl, url}, {setting::kTokenFile, token_file.string()}}) {
        if (auto stored = write_setting(db, key, value); !stored)
            return fail(stored.error());
    }
    for (const auto& [key, value] : {std::pair{setting::kCaFile, overrides.ca_file},
                                     {setting::kPinnedKey, overrides.pinned_key}}) {
        if (!value)
            continue;
        if (auto stored = write_setting(db, key, *value); !stored)
            return fail(stored.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return Enrolment{terminal->terminal.code, terminal->store_code, url, token_file};
}

} // namespace ocop::syncd
