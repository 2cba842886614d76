// The protocol endpoints of docs/sync.md: enrolment, events up, changes down.

#include "sync/hq/server/exchange.h"

namespace ocop::hq {

namespace {

using httplib::ContentReader;
using httplib::Request;
using httplib::Response;

// A body the message parser refused: 400 sync.bad_message, or
// sync.protocol_version for another version.
sync::ProtocolError unreadable(const Error& error) {
    return protocol_error(400, error);
}

void enrol(const Endpoints& endpoints, const Request& request, Response& response,
           const ContentReader& reader) {
    const auto body = read_body(response, reader);
    if (!body)
        return refuse(endpoints, request, response, body.error());
    const auto message = sync::parse_enrol_request(*body);
    if (!message)
        return refuse(endpoints, request, response, unreadable(message.error()));
    auto office = endpoints.pool->borrow();
    const auto answer = office->enrol(*message, endpoints.now());
    if (!answer)
        return refuse(endpoints, request, response, answer.error());
    send_json(response, 200, sync::to_json(*answer));
}

void receive_events(const Endpoints& endpoints, const Request& request, Response& response,
                    const ContentReader& reader) {
    // The body is read before the token is looked at: a body left unread
    // would be taken for the connection's next request.
    const auto body = read_body(response, reader);
    if (!body)
        return refuse(endpoints, request, response, body.error());
    auto office = endpoints.pool->borrow();
    const auto who = authenticate(*office, request);
    if (!who)
        return refuse(endpoints, request, response, who.error());
    const auto message = sync::parse_push_request(*body);
    if (!message)
        return refuse(endpoints, request, response, unreadable(message.error()));
    const auto answer = office->receive_events(*who, *message, endpoints.now());
    if (!answer)
        return refuse(endpoints, request, response, answer.error());
    send_json(response, 200, sync::to_json(*answer));
}

void send_changes(const Endpoints& endpoints, const Request& request, Response& response) {
    auto office = endpoints.pool->borrow();
    const auto who = authenticate(*office, request);
    if (!who)
        return refuse(endpoints, request, response, who.error());
    if (auto known = only_parameters(request, {"since", "limit"}); !known)
        return refuse(endpoints, request, response, known.error());
    // A limit over the page's maximum is lowered to it rather than refused:
    // the client reads `more` and asks again.
    const auto limit = number_parameter(request, "limit", 1, 1'000'000);
    if (!limit)
        return refuse(endpoints, request, response, limit.error());
    const std::size_t page_size =
        limit->has_value() ? std::min(static_cast<std::size_t>(**limit), sync::kMaxChangesPage)
                           : sync::kDefaultChangesPage;
    const auto page =
        office->changes_since(*who, parameter(request, "since").value_or(""), page_size);
    if (!page)
        return refuse(endpoints, request, response, page.error());
    send_json(response, 200, sync::to_json(*page));
}

} // namespace

void add_protocol_routes(httplib::Server& server, const Endpoints& endpoints) {
    server.Post("/v1/enroll", [&endpoints](const Request& request, Response& response,
                                           const ContentReader& reader) {
        enrol(endpoints, request, response, reader);
    });
    server.Post("/v1/events", [&endpoints](const Request& request, Response& response,
                                           const ContentReader& reader) {
        receive_events(endpoints, request, response, reader);
    });
    server.Get("/v1/changes", [&endpoints](const Request& request, Response& response) {
        send_changes(endpoints, request, response);
    });
}

} // namespace ocop::hq
