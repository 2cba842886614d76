// The office API's settlement writes and list (docs/sync.md, "Office API"):
// POST /v1/office/settlement/pay marks a settlement paid and freezes it;
// GET /v1/office/settlements lists the paid ones.

#include "sync/hq/server/exchange.h"
#include "sync/hq/server/office_reports.h"
#include "sync/hq/server/settlement_export.h"

namespace ocop::hq {

namespace {

using httplib::ContentReader;
using httplib::Request;
using httplib::Response;

// A settlement refusal: an overlap is a conflict with what is stored (409).
sync::ProtocolError settlement_error(const Error& error) {
    if (error.code == "hq.settlement_overlaps")
        return protocol_error(409, error);
    return storage_error(error);
}

std::optional<std::string> text_field(const nlohmann::json& body, const char* key) {
    const auto found = body.find(key);
    if (found == body.end() || !found->is_string() || found->get<std::string>().empty())
        return std::nullopt;
    return found->get<std::string>();
}

// {"protocol": 1, "producer", "from", "to", "reference", "note"?, "paid_by"?}
void pay(const Endpoints& endpoints, const Request& request, Response& response,
         const ContentReader& reader) {
    const auto body = read_body(response, reader);
    if (!body)
        return refuse(endpoints, request, response, body.error());
    auto office = endpoints.pool->borrow();
    if (const auto who = authenticate_office(*office, request); !who)
        return refuse(endpoints, request, response, who.error());
    const auto json = nlohmann::json::parse(*body, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        return refuse(endpoints, request, response,
                      bad_message("the body is not a JSON object", "Nội dung gửi lên không phải "
                                                                   "JSON hợp lệ."));
    }
    if (json.value("protocol", 0) != sync::kProtocolVersion) {
        return refuse(endpoints, request, response,
                      sync::ProtocolError{400, "sync.protocol_version",
                                          "this head office speaks protocol 1",
                                          "Trụ sở dùng phiên bản giao thức 1.", std::nullopt});
    }
    const auto producer = text_field(json, "producer");
    const auto from = text_field(json, "from");
    const auto to = text_field(json, "to");
    const auto reference = text_field(json, "reference");
    if (!producer || !from || !to || !reference) {
        return refuse(endpoints, request, response,
                      bad_message("paying a settlement needs producer, from, to and reference",
                                  "Xác nhận thanh toán cần producer (nhà sản xuất), from, to "
                                  "(kỳ) và reference (số chứng từ)."));
    }
    SettlementPayment payment{*reference, text_field(json, "note").value_or(""),
                              text_field(json, "paid_by").value_or(""), ""};
    const auto paid = office->pay_settlement(*producer, *from, *to, payment, endpoints.now());
    if (!paid)
        return refuse(endpoints, request, response, settlement_error(paid.error()));
    send_json(response, 200,
              {{"protocol", sync::kProtocolVersion}, {"settlement", settlement_json(*paid)}});
}

void list(const Endpoints& endpoints, const Request& request, Response& response) {
    auto office = endpoints.pool->borrow();
    if (const auto who = authenticate_office(*office, request); !who)
        return refuse(endpoints, request, response, who.error());
    if (auto checked = only_parameters(request, {"producer", "format"}); !checked)
        return refuse(endpoints, request, response, checked.error());
    const auto format = parse_report_format(parameter(request, "format").value_or("json"));
    if (!format)
        return refuse(endpoints, request, response, protocol_error(400, format.error()));
    const auto paid = office->paid_settlements(parameter(request, "producer"));
    if (!paid)
        return refuse(endpoints, request, response, storage_error(paid.error()));
    if (*format == ReportFormat::csv)
        return send_csv(response, paid_settlements_csv(*paid));
    send_json(
        response, 200,
        {{"protocol", sync::kProtocolVersion}, {"settlements", paid_settlements_json(*paid)}});
}

} // namespace

void add_settlement_routes(httplib::Server& server, const Endpoints& endpoints) {
    server.Post(
        "/v1/office/settlement/pay",
        [&endpoints](const Request& request, Response& response, const ContentReader& reader) {
            pay(endpoints, request, response, reader);
        });
    server.Get("/v1/office/settlements", [&endpoints](const Request& request, Response& response) {
        list(endpoints, request, response);
    });
}

} // namespace ocop::hq
