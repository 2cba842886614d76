// What head office reads, printed as the office API answers it (the same
// records, from sync/hq/server/office_reports.h): sales, stock,
// certifications due (a producer's settlement: settlement.cpp).

#include "sync/hq/cli/command.h"
#include "sync/hq/server/office_reports.h"

#include <ostream>

namespace ocop::hq::cli {

namespace {

Result<ReportFormat> format_of(const Invocation& invocation) {
    return parse_report_format(invocation.value("--format").value_or("json"));
}

// JSON pretty for people, CSV as is.
void print(Context& context, ReportFormat format, const nlohmann::json& json,
           const std::string& csv) {
    if (format == ReportFormat::csv)
        context.out << csv;
    else
        context.out << json_text(json, 2) << "\n";
    context.out.flush();
}

int export_sales(Context& context, const Invocation& invocation) {
    const auto format = format_of(invocation);
    if (!format)
        return report(context, format.error(), kExitUsage);
    SalesFilter filter;
    for (const char* option : {"--from", "--to"}) {
        auto date = required_option(invocation, option);
        if (!date)
            return report(context, date.error(), kExitUsage);
        (option == std::string_view("--from") ? filter.from : filter.to) = *date;
    }
    filter.store = invocation.value("--store");
    filter.terminal = invocation.value("--terminal");
    filter.producer = invocation.value("--producer");
    filter.category = invocation.value("--category");
    filter.sku = invocation.value("--sku");
    if (const auto stars = invocation.value("--stars")) {
        const auto number = whole_number(*stars, "--stars");
        if (!number)
            return report(context, number.error(), kExitUsage);
        filter.stars = static_cast<int>(*number);
    }
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    const auto sales = office->sales(filter);
    if (!sales)
        return report(context, sales.error());
    print(context, *format, sales_json(*sales), sales_csv(*sales));
    return kExitOk;
}

int show_stock(Context& context, const Invocation& invocation) {
    const auto format = format_of(invocation);
    if (!format)
        return report(context, format.error(), kExitUsage);
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    const auto stock = office->stock(invocation.value("--store"));
    if (!stock)
        return report(context, stock.error());
    print(context, *format, stock_json(*stock), stock_csv(*stock));
    return kExitOk;
}

int certifications_due(Context& context, const Invocation& invocation) {
    const auto format = format_of(invocation);
    if (!format)
        return report(context, format.error(), kExitUsage);
    const auto within = whole_number(invocation.value("--within").value_or("90"), "--within");
    if (!within)
        return report(context, within.error(), kExitUsage);
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    const std::string today = context.clock.now().substr(0, 10);
    const auto due = office->certifications_due(today, static_cast<int>(*within));
    if (!due)
        return report(context, due.error());
    print(context, *format, certifications_json(*due), certifications_csv(*due));
    return kExitOk;
}

OptionSpec format_option() {
    return {"--format", "FORMAT", "json (mặc định / default) | csv"};
}

} // namespace

std::vector<Command> report_commands() {
    return {
        {{"export sales",
          "",
          "xuất từng giao dịch bán/trả hàng kèm mã / every sale and refund, with its id",
          "",
          {{"--from", "DATE", "từ ngày (bắt buộc) / first day, YYYY-MM-DD (required)"},
           {"--to", "DATE", "đến ngày (bắt buộc) / last day (required)"},
           format_option(),
           {"--store", "CODE", "cửa hàng / store"},
           {"--terminal", "CODE", "quầy / terminal"},
           {"--producer", "CODE", "nhà sản xuất / producer"},
           {"--category", "CATEGORY", "nhóm hàng / category (ocop, dac_san, thu_cong, ...)"},
           {"--stars", "N", "có dòng hàng OCOP N sao / with a line of N OCOP stars"},
           {"--sku", "SKU", "có sản phẩm này / with this product"}},
          0,
          0},
         export_sales},
        {{"stock",
          "",
          "tồn kho từng cửa hàng theo dữ liệu trụ sở / stock per store as head office knows it",
          "",
          {{"--store", "CODE", "chỉ cửa hàng này / this store only"}, format_option()},
          0,
          0},
         show_stock},
        {{"certs due",
          "",
          "chứng nhận sắp hết hạn hoặc đã hết hạn / certifications expiring or expired",
          "",
          {{"--within", "DAYS", "trong số ngày tới (mặc định 90) / within days (default 90)"},
           format_option()},
          0,
          0},
         certifications_due},
    };
}

} // namespace ocop::hq::cli
