#pragma once

// What every endpoint does around HeadOffice: reading a bounded body, the
// bearer token, JSON and CSV answers, and refusals (logged, never with the
// token). Internal to ocop_hq_server.

#include "sync/hq/server/office_pool.h"
#include "sync/protocol/messages.h"

#include <nlohmann/json.hpp>

#include <expected>
#include <functional>
#include <httplib.h>
#include <initializer_list>
#include <iosfwd>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::hq {

// Refused requests, one line each on the server's log (stderr): the status,
// the code, the message, who asked and what. Lines from several worker
// threads never interleave.
class RefusalLog {
public:
    explicit RefusalLog(std::ostream& out) : out_(out) {}
    void write(const httplib::Request& request, const sync::ProtocolError& error);

private:
    std::mutex mutex_;
    std::ostream& out_;
};

// What the endpoints share; it outlives the server's threads.
struct Endpoints {
    std::unique_ptr<OfficePool> pool;
    std::function<std::string()> now;
    RefusalLog& log;
};

template <class T>
using Answer = std::expected<T, sync::ProtocolError>;

sync::ProtocolError protocol_error(int status, const Error& error);
// A HeadOffice Result's error: 500 for the storage itself (db.*), 400 for
// anything else, which is something wrong in what was asked.
sync::ProtocolError storage_error(const Error& error);
sync::ProtocolError bad_message(std::string english, std::string vietnamese);

void send_json(httplib::Response& response, int status, const nlohmann::json& body);
void send_csv(httplib::Response& response, const std::string& text);
// Logs the refusal and answers it with the error body of docs/sync.md.
void refuse(const Endpoints& endpoints, const httplib::Request& request,
            httplib::Response& response, const sync::ProtocolError& error);

// The request body, inflated by httplib when it came with Content-Encoding:
// gzip, refused (413 sync.body_too_large) as soon as it passes
// sync::kMaxBodyBytes, raw or inflated.
Answer<std::string> read_body(httplib::Response& response, const httplib::ContentReader& reader);

// Who the bearer token belongs to (401 auth.unknown_token without one, or
// with one nobody holds).
Answer<Principal> authenticate(HeadOffice& office, const httplib::Request& request);

// authenticate(), for the office API: a terminal's token is 403 auth.office_only.
Answer<Principal> authenticate_office(HeadOffice& office, const httplib::Request& request);

// Query parameters: any name not in `known` is 400 sync.bad_message; an
// empty value counts as absent.
Answer<void> only_parameters(const httplib::Request& request,
                             std::initializer_list<std::string_view> known);
std::optional<std::string> parameter(const httplib::Request& request, const std::string& name);
Answer<std::optional<std::string>> date_parameter(const httplib::Request& request,
                                                  const std::string& name);
Answer<std::optional<std::int64_t>> number_parameter(const httplib::Request& request,
                                                     const std::string& name, std::int64_t min,
                                                     std::int64_t max);

void add_protocol_routes(httplib::Server& server, const Endpoints& endpoints);
void add_office_routes(httplib::Server& server, const Endpoints& endpoints);
// POST /v1/office/settlement/pay and GET /v1/office/settlements (settlement_routes.cpp).
void add_settlement_routes(httplib::Server& server, const Endpoints& endpoints);

} // namespace ocop::hq
