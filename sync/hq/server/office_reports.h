#pragma once

// What head office reads (sales, stock, certifications, settlement) as JSON
// and as CSV. `ocop-hq export sales` and GET /v1/office/sales print the same
// records from here, so a script gets the same fields either way.

#include "sync/hq/head_office.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ocop::hq {

// html: the settlement's printable statement only.
enum class ReportFormat { json, csv, html };

// "json" or "csv", and "html" when `html_too` (hq.bad_format).
Result<ReportFormat> parse_report_format(std::string_view text, bool html_too = false);

nlohmann::json sales_json(const std::vector<SaleRow>& sales);
std::string sales_csv(const std::vector<SaleRow>& sales);

nlohmann::json stock_json(const std::vector<StockRow>& stock);
std::string stock_csv(const std::vector<StockRow>& stock);

nlohmann::json certifications_json(const std::vector<CertificationRow>& certifications);
std::string certifications_csv(const std::vector<CertificationRow>& certifications);

// The settlement's own JSON and CSV (sync/hq/settlement.h,
// sync/hq/server/settlement_export.h).
nlohmann::json settlement_json(const Settlement& settlement);
std::string settlement_csv(const Settlement& settlement);

// JSON text as the CLI and the API print it: UTF-8, invalid bytes replaced
// rather than thrown about.
std::string json_text(const nlohmann::json& value, int indent = -1);

} // namespace ocop::hq
