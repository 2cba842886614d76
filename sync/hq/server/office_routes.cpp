// The office API (docs/sync.md, "Office API"): what head office reads, for
// office tokens only, as JSON or CSV.

#include "sync/hq/server/exchange.h"
#include "sync/hq/server/office_reports.h"
#include "sync/hq/server/settlement_export.h"
#include "sync/hq/server/transfer_reports.h"

namespace ocop::hq {

namespace {

using httplib::Request;
using httplib::Response;

// Each report: the token (an office's), the parameters it knows and the
// format, then `answer` with a HeadOffice of its own.
template <class Answerer>
void office_request(const Endpoints& endpoints, const Request& request, Response& response,
                    std::initializer_list<std::string_view> known, Answerer answer,
                    bool html_too = false) {
    auto office = endpoints.pool->borrow();
    if (const auto who = authenticate_office(*office, request); !who)
        return refuse(endpoints, request, response, who.error());
    if (auto checked = only_parameters(request, known); !checked)
        return refuse(endpoints, request, response, checked.error());
    auto format = parse_report_format(parameter(request, "format").value_or("json"), html_too);
    if (!format)
        return refuse(endpoints, request, response, protocol_error(400, format.error()));
    if (auto failed = answer(*office, *format); !failed)
        refuse(endpoints, request, response, failed.error());
}

void send_report(Response& response, ReportFormat format, const char* name,
                 const nlohmann::json& rows, const std::string& csv) {
    if (format == ReportFormat::csv)
        return send_csv(response, csv);
    send_json(response, 200, {{"protocol", sync::kProtocolVersion}, {name, rows}});
}

void send_sales(const Endpoints& endpoints, const Request& request, Response& response) {
    office_request(
        endpoints, request, response,
        {"from", "to", "store", "terminal", "sku", "producer", "category", "stars", "format"},
        [&](HeadOffice& office, ReportFormat format) -> Answer<void> {
            SalesFilter filter;
            auto from = date_parameter(request, "from");
            auto to = date_parameter(request, "to");
            auto stars = number_parameter(request, "stars", 1, 5);
            if (!from)
                return std::unexpected(from.error());
            if (!to)
                return std::unexpected(to.error());
            if (!stars)
                return std::unexpected(stars.error());
            filter.from = *from;
            filter.to = *to;
            if (*stars)
                filter.stars = static_cast<int>(**stars);
            filter.store = parameter(request, "store");
            filter.terminal = parameter(request, "terminal");
            filter.sku = parameter(request, "sku");
            filter.producer = parameter(request, "producer");
            filter.category = parameter(request, "category");
            const auto sales = office.sales(filter);
            if (!sales)
                return std::unexpected(storage_error(sales.error()));
            send_report(response, format, "sales", sales_json(*sales), sales_csv(*sales));
            return {};
        });
}

void send_stock(const Endpoints& endpoints, const Request& request, Response& response) {
    office_request(endpoints, request, response, {"store", "format"},
                   [&](HeadOffice& office, ReportFormat format) -> Answer<void> {
                       const auto stock = office.stock(parameter(request, "store"));
                       if (!stock)
                           return std::unexpected(storage_error(stock.error()));
                       send_report(response, format, "stock", stock_json(*stock),
                                   stock_csv(*stock));
                       return {};
                   });
}

void send_certifications(const Endpoints& endpoints, const Request& request, Response& response) {
    office_request(endpoints, request, response, {"today", "within_days", "format"},
                   [&](HeadOffice& office, ReportFormat format) -> Answer<void> {
                       const auto today = date_parameter(request, "today");
                       const auto within = number_parameter(request, "within_days", 0, 36'500);
                       if (!today)
                           return std::unexpected(today.error());
                       if (!within)
                           return std::unexpected(within.error());
                       // Today where head office is (UTC+7), unless the caller says.
                       const std::string date = today->value_or(endpoints.now().substr(0, 10));
                       const auto due =
                           office.certifications_due(date, static_cast<int>(within->value_or(90)));
                       if (!due)
                           return std::unexpected(storage_error(due.error()));
                       send_report(response, format, "certifications", certifications_json(*due),
                                   certifications_csv(*due));
                       return {};
                   });
}

void send_settlement(const Endpoints& endpoints, const Request& request, Response& response) {
    office_request(
        endpoints, request, response, {"producer", "from", "to", "format"},
        [&](HeadOffice& office, ReportFormat format) -> Answer<void> {
            const auto producer = parameter(request, "producer");
            const auto from = date_parameter(request, "from");
            const auto to = date_parameter(request, "to");
            if (!from)
                return std::unexpected(from.error());
            if (!to)
                return std::unexpected(to.error());
            if (!producer || !*from || !*to) {
                return std::unexpected(
                    bad_message("settlement needs producer, from and to",
                                "Quyết toán cần producer (nhà sản xuất), from và to (từ ngày, "
                                "đến ngày)."));
            }
            const auto settlement = office.settlement(*producer, **from, **to);
            if (!settlement)
                return std::unexpected(storage_error(settlement.error()));
            if (format == ReportFormat::html) {
                response.status = 200;
                response.set_content(settlement_html(*settlement), "text/html; charset=utf-8");
                return {};
            }
            send_report(response, format, "settlement", settlement_json(*settlement),
                        settlement_csv(*settlement));
            return {};
        },
        true);
}

// Transfers between stores, both ends; "overdue" is measured against head
// office's now (OCOP_NOW in tests).
void send_transfers(const Endpoints& endpoints, const Request& request, Response& response) {
    office_request(endpoints, request, response, {"store", "status", "overdue_hours", "format"},
                   [&](HeadOffice& office, ReportFormat format) -> Answer<void> {
                       const auto hours = number_parameter(request, "overdue_hours", 0, 87'600);
                       if (!hours)
                           return std::unexpected(hours.error());
                       TransferFilter filter;
                       filter.store = parameter(request, "store");
                       if (const auto status = parameter(request, "status")) {
                           const auto parsed = parse_transfer_status(*status);
                           if (!parsed)
                               return std::unexpected(protocol_error(400, parsed.error()));
                           filter.status = *parsed;
                       }
                       filter.overdue_hours = hours->value_or(filter.overdue_hours);
                       const auto transfers = office.transfers(filter, endpoints.now());
                       if (!transfers)
                           return std::unexpected(storage_error(transfers.error()));
                       send_report(response, format, "transfers", transfers_json(*transfers),
                                   transfers_csv(*transfers));
                       return {};
                   });
}

} // namespace

void add_office_routes(httplib::Server& server, const Endpoints& endpoints) {
    server.Get("/v1/office/sales", [&endpoints](const Request& request, Response& response) {
        send_sales(endpoints, request, response);
    });
    server.Get("/v1/office/stock", [&endpoints](const Request& request, Response& response) {
        send_stock(endpoints, request, response);
    });
    server.Get("/v1/office/certifications",
               [&endpoints](const Request& request, Response& response) {
                   send_certifications(endpoints, request, response);
               });
    server.Get("/v1/office/settlement", [&endpoints](const Request& request, Response& response) {
        send_settlement(endpoints, request, response);
    });
    add_settlement_routes(server, endpoints); // settlement_routes.cpp: pay, list
    server.Get("/v1/office/transfers", [&endpoints](const Request& request, Response& response) {
        send_transfers(endpoints, request, response);
    });
}

} // namespace ocop::hq
