// ocop-hq transfers: transfers between stores seen from both ends, those in
// transit too long marked "quá hạn" / "overdue" (docs/stock.md).

#include "sync/hq/cli/command.h"
#include "sync/hq/server/office_reports.h"
#include "sync/hq/server/transfer_reports.h"

#include <fstream>
#include <ostream>

namespace ocop::hq::cli {

namespace {

int show_transfers(Context& context, const Invocation& invocation) {
    TransferFilter filter;
    filter.store = invocation.value("--store");
    if (invocation.has("--in-transit"))
        filter.status = TransferFilter::Status::in_transit;
    // --older-than-hours is the same option under another name.
    auto hours_text = invocation.value("--overdue-hours");
    if (!hours_text)
        hours_text = invocation.value("--older-than-hours");
    if (hours_text) {
        const auto hours = whole_number(*hours_text, "--overdue-hours");
        if (!hours)
            return report(context, hours.error(), kExitUsage);
        filter.overdue_hours = *hours;
    }
    const auto csv_file = invocation.value("--csv");
    if (csv_file && invocation.has("--json")) {
        return report(context,
                      Error{"cli.conflicting_options", "give --json or --csv FILE, not both",
                            "Chỉ chọn một trong --json hoặc --csv TỆP."},
                      kExitUsage);
    }
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    const auto transfers = office->transfers(filter, context.clock.now());
    if (!transfers)
        return report(context, transfers.error());
    if (csv_file) {
        std::ofstream file(*csv_file, std::ios::binary | std::ios::trunc);
        file << transfers_csv(*transfers);
        file.close();
        if (!file) {
            return report(context, Error{"cli.write_failed", "cannot write " + *csv_file,
                                         "Không ghi được tệp " + *csv_file + "."});
        }
        context.out << transfers->size() << " phiếu chuyển kho / transfers → " << *csv_file << "\n";
    } else if (invocation.has("--json")) {
        context.out << json_text(transfers_json(*transfers), 2) << "\n";
    } else {
        context.out << transfers_text(*transfers, filter.overdue_hours);
    }
    context.out.flush();
    return kExitOk;
}

} // namespace

std::vector<Command> transfer_commands() {
    return {
        {{"transfers",
          "",
          "hàng chuyển giữa các cửa hàng / transfers between stores, both ends",
          "Each transfer with what was sent and what arrived, per product. A transfer\n"
          "still in transit after --overdue-hours hours (default 72) is marked\n"
          "\"QUÁ HẠN / OVERDUE\"; a line that arrived short \"thiếu / missing\".",
          {{"--store", "CODE", "gửi từ hoặc đến cửa hàng này / from or to this store"},
           {"--in-transit", "", "chỉ hàng đang trên đường / only those in transit"},
           {"--overdue-hours", "N",
            "quá hạn sau N giờ (mặc định 72) / overdue after N hours (default 72)"},
           {"--older-than-hours", "N", "như --overdue-hours / the same as --overdue-hours"},
           {"--json", "", "in JSON / print JSON"},
           {"--csv", "FILE", "ghi CSV vào tệp / write CSV to a file"}},
          0,
          0},
         show_transfers},
    };
}

} // namespace ocop::hq::cli
