#include "sync/hq/server/office_reports.h"

#include "sync/hq/server/csv.h"
#include "sync/hq/server/settlement_export.h"

namespace ocop::hq {

namespace {

nlohmann::json optional_text(const std::optional<std::string>& text) {
    return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

} // namespace

Result<ReportFormat> parse_report_format(std::string_view text, bool html_too) {
    if (text == "json")
        return ReportFormat::json;
    if (text == "csv")
        return ReportFormat::csv;
    if (html_too && text == "html")
        return ReportFormat::html;
    const std::string formats = html_too ? "json, csv or html" : "json or csv";
    const std::string formats_vi = html_too ? "json, csv hoặc html" : "json hoặc csv";
    return fail("hq.bad_format",
                "format must be " + formats + ", not \"" + std::string(text) + "\"",
                "Định dạng phải là " + formats_vi + ", không phải \"" + std::string(text) + "\".");
}

nlohmann::json sales_json(const std::vector<SaleRow>& sales) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& sale : sales) {
        rows.push_back({{"id", sale.id},
                        {"kind", sale.kind},
                        {"store", sale.store},
                        {"terminal", sale.terminal},
                        {"seq", sale.seq},
                        {"number", sale.number},
                        {"receipt_no", sale.receipt_no},
                        {"created_at", sale.created_at},
                        {"total", sale.total},
                        {"vat_total", sale.vat_total},
                        {"lines", sale.lines}});
    }
    return rows;
}

std::string sales_csv(const std::vector<SaleRow>& sales) {
    CsvWriter csv({"id", "kind", "store", "terminal", "seq", "number", "receipt_no", "created_at",
                   "total", "vat_total", "lines"});
    for (const auto& sale : sales) {
        csv.row({sale.id, sale.kind, sale.store, sale.terminal, csv_number(sale.seq),
                 csv_number(sale.number), sale.receipt_no, sale.created_at, csv_number(sale.total),
                 csv_number(sale.vat_total), csv_number(sale.lines)});
    }
    return csv.text();
}

nlohmann::json stock_json(const std::vector<StockRow>& stock) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : stock) {
        rows.push_back({{"store", row.store},
                        {"sku", row.sku},
                        {"name", row.name},
                        {"quantity_milli", row.quantity_milli},
                        {"last_sync_at", optional_text(row.last_sync_at)}});
    }
    return rows;
}

std::string stock_csv(const std::vector<StockRow>& stock) {
    CsvWriter csv({"store", "sku", "name", "quantity_milli", "last_sync_at"});
    for (const auto& row : stock) {
        csv.row({row.store, row.sku, row.name, csv_number(row.quantity_milli),
                 row.last_sync_at.value_or("")});
    }
    return csv.text();
}

nlohmann::json certifications_json(const std::vector<CertificationRow>& certifications) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : certifications) {
        rows.push_back({{"key", row.key},
                        {"sku", row.sku},
                        {"product_name", row.product_name},
                        {"producer", row.producer},
                        {"decision_no", row.decision_no},
                        {"level", row.level},
                        {"stars", row.stars},
                        {"valid_from", row.valid_from},
                        {"valid_to", row.valid_to},
                        {"status", row.status}});
    }
    return rows;
}

std::string certifications_csv(const std::vector<CertificationRow>& certifications) {
    CsvWriter csv({"key", "sku", "product_name", "producer", "decision_no", "level", "stars",
                   "valid_from", "valid_to", "status"});
    for (const auto& row : certifications) {
        csv.row({row.key, row.sku, row.product_name, row.producer, row.decision_no, row.level,
                 csv_number(row.stars), row.valid_from, row.valid_to, row.status});
    }
    return csv.text();
}

nlohmann::json settlement_json(const Settlement& settlement) {
    return settlement_to_json(settlement);
}

std::string settlement_csv(const Settlement& settlement) {
    return settlement_rows_csv(settlement);
}

std::string json_text(const nlohmann::json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace ocop::hq
