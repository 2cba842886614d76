// A producer's consignment settlement (docs/stock.md, "Settlement at head
// office"): read it as JSON, CSV or the printable statement, mark it paid,
// list the paid ones. The same text as the office API's
// (sync/hq/server/settlement_export.h).

#include "common/money_text.h"
#include "sync/hq/cli/command.h"
#include "sync/hq/server/office_reports.h"
#include "sync/hq/server/settlement_export.h"

#include <fstream>
#include <ostream>

namespace ocop::hq::cli {

namespace {

// The producer: --producer CODE, or (as before) the command's argument.
Result<std::string> producer_of(const Invocation& invocation) {
    if (auto option = invocation.value("--producer"); option && !option->empty())
        return *option;
    if (!invocation.arguments.empty())
        return invocation.arguments.front();
    return fail("cli.missing_option", "--producer is required", "Cần có tuỳ chọn --producer.");
}

struct Period {
    std::string producer, from, to;
};

Result<Period> period_of(const Invocation& invocation) {
    auto producer = producer_of(invocation);
    if (!producer)
        return std::unexpected(producer.error());
    auto from = required_option(invocation, "--from");
    if (!from)
        return std::unexpected(from.error());
    auto to = required_option(invocation, "--to");
    if (!to)
        return std::unexpected(to.error());
    return Period{*producer, *from, *to};
}

Result<void> write_file(const std::string& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) {
        return fail("cli.write_failed", "cannot write " + path, "Không ghi được tệp " + path + ".");
    }
    return {};
}

int show(Context& context, const Invocation& invocation) {
    const auto period = period_of(invocation);
    if (!period)
        return report(context, period.error(), kExitUsage);
    auto format = parse_report_format(invocation.value("--format").value_or("json"), true);
    if (!format)
        return report(context, format.error(), kExitUsage);
    if (invocation.has("--json"))
        format = ReportFormat::json;
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    const auto settlement = office->settlement(period->producer, period->from, period->to);
    if (!settlement)
        return report(context, settlement.error());
    const auto csv_file = invocation.value("--csv");
    const auto html_file = invocation.value("--html");
    for (const auto& [file, text] :
         {std::pair{csv_file, csv_file ? settlement_csv(*settlement) : std::string()},
          std::pair{html_file, html_file ? settlement_html(*settlement) : std::string()}}) {
        if (!file)
            continue;
        if (auto written = write_file(*file, text); !written)
            return report(context, written.error());
        context.out << "Bảng kê " << settlement->producer << " " << settlement->from << " – "
                    << settlement->to << " → " << *file << "\n";
    }
    if (!csv_file && !html_file) {
        if (*format == ReportFormat::csv)
            context.out << settlement_csv(*settlement);
        else if (*format == ReportFormat::html)
            context.out << settlement_html(*settlement);
        else
            context.out << json_text(settlement_json(*settlement), 2) << "\n";
    }
    context.out.flush();
    return kExitOk;
}

int pay(Context& context, const Invocation& invocation) {
    const auto period = period_of(invocation);
    if (!period)
        return report(context, period.error(), kExitUsage);
    const auto reference = required_option(invocation, "--reference");
    if (!reference)
        return report(context, reference.error(), kExitUsage);
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    SettlementPayment payment{*reference, invocation.value("--note").value_or(""),
                              invocation.value("--by").value_or(""), ""};
    const auto paid = office->pay_settlement(period->producer, period->from, period->to, payment,
                                             context.clock.now());
    if (!paid)
        return report(context, paid.error());
    if (invocation.has("--json")) {
        context.out << json_text(settlement_json(*paid), 2) << "\n";
    } else {
        context.out << "Đã thanh toán / paid: " << paid->producer << " " << paid->from << " – "
                    << paid->to << ": " << format_dong(paid->owed_amount) << " (" << *reference
                    << ")\n";
    }
    context.out.flush();
    return kExitOk;
}

int list(Context& context, const Invocation& invocation) {
    auto format = parse_report_format(invocation.value("--format").value_or("json"));
    if (!format)
        return report(context, format.error(), kExitUsage);
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    const auto paid = office->paid_settlements(invocation.value("--producer"));
    if (!paid)
        return report(context, paid.error());
    if (*format == ReportFormat::csv)
        context.out << paid_settlements_csv(*paid);
    else
        context.out << json_text(paid_settlements_json(*paid), 2) << "\n";
    context.out.flush();
    return kExitOk;
}

OptionSpec producer_option() {
    return {"--producer", "CODE", "nhà sản xuất / producer"};
}

} // namespace

std::vector<Command> settlement_commands() {
    return {
        {{"settlement",
          "[PRODUCER]",
          "bảng kê thanh toán hàng ký gửi / a producer's consignment settlement",
          "Cho một nhà sản xuất và một kỳ: hàng nhận, bán, khách trả, trả lại nhà sản xuất, "
          "hủy, số tiền phải trả theo điều kiện ký gửi và hàng còn tại cửa hàng. Kỳ đã thanh "
          "toán được giữ nguyên như lúc thanh toán.\n"
          "For a producer and a period: received, sold, refunded, returned, written off, "
          "the amount owed under the terms and what remains in the stores. A paid period "
          "reads exactly as it was paid (docs/stock.md).",
          {producer_option(),
           {"--from", "DATE", "từ ngày (bắt buộc) / first day, YYYY-MM-DD (required)"},
           {"--to", "DATE", "đến ngày (bắt buộc) / last day (required)"},
           {"--format", "FORMAT", "json (mặc định / default) | csv | html"},
           {"--json", "", "in JSON / print JSON"},
           {"--csv", "FILE", "ghi CSV vào tệp / write the CSV to FILE"},
           {"--html", "FILE", "ghi bảng kê để in (HTML) / write the printable statement"}},
          0,
          1},
         show},
        {{"settlement pay",
          "",
          "xác nhận đã thanh toán, khóa bảng kê / mark a settlement paid, freezing it",
          "",
          {producer_option(),
           {"--from", "DATE", "từ ngày (bắt buộc) / first day (required)"},
           {"--to", "DATE", "đến ngày (bắt buộc) / last day (required)"},
           {"--reference", "TEXT", "số chứng từ thanh toán (bắt buộc) / payment reference"},
           {"--note", "TEXT", "ghi chú / note"},
           {"--by", "NAME", "người xác nhận / who marks it paid"},
           {"--json", "", "in bảng kê đã khóa (JSON) / print the frozen settlement"}},
          0,
          0},
         pay},
        {{"settlement list",
          "",
          "các kỳ đã thanh toán / paid settlements",
          "",
          {producer_option(), {"--format", "FORMAT", "json (mặc định / default) | csv"}},
          0,
          0},
         list},
    };
}

} // namespace ocop::hq::cli
