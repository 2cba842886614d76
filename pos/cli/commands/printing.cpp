// ocop receipt | report x | report z | print list | print retry | print test
#include "pos/printing.h"

#include "drivers/printer/cups_printer.h"
#include "drivers/printer/receipt_printer.h"
#include "pos/cli/command.h"
#include "pos/cli/offscreen_gui.h"
#include "pos/sale_record.h"
#include "pos/shift.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <fstream>
#include <ostream>

namespace ocop::cli {

namespace {

// Where a document goes: a PNG of the paper, the printer's bytes in a file,
// or a CUPS queue through the print queue (so a failure is kept for retry).
struct Output {
    std::optional<std::string> png;
    std::optional<std::string> escpos;
    std::optional<std::string> printer;
    std::string profile;
};

Result<Output> output_of(const Invocation& invocation) {
    Output output{invocation.value("--png"), invocation.value("--escpos"),
                  invocation.value("--printer"), invocation.value("--profile").value_or("")};
    if (!output.png && !output.escpos && !output.printer) {
        return fail("cli.missing_option", "give --png FILE, --escpos FILE or --printer QUEUE",
                    "Cần chọn --png TỆP, --escpos TỆP hoặc --printer HÀNG-ĐỢI-IN.");
    }
    return output;
}

Result<pos::PrinterSettings> printer_for(db::Connection& db, const Output& output) {
    pos::PrinterSettings printer;
    if (output.printer) {
        printer.queue = *output.printer;
        auto profile = drivers::printer_profile(output.profile.empty() ? "80mm" : output.profile);
        if (!profile)
            return fail(profile.error());
        printer.profile = *profile;
        auto configured = pos::printer_settings(db);
        if (configured && output.profile.empty())
            printer.profile = configured->profile;
        return printer;
    }
    auto configured = pos::printer_settings(db);
    if (configured)
        printer = *configured;
    auto profile =
        drivers::printer_profile(output.profile.empty() ? printer.profile.name : output.profile);
    if (!profile)
        return fail(profile.error());
    printer.profile = *profile;
    return printer;
}

int print_job_line(Context& context, const pos::PrintJob& job) {
    if (context.json) {
        print_json(context, pos::to_json(job));
    } else if (job.status == "printed") {
        context.out << "Đã in (lệnh in " << job.id << ", CUPS " << job.cups_job_id.value_or(0)
                    << ").\n";
    } else {
        context.out << "CHƯA IN ĐƯỢC (lệnh in " << job.id << "): " << job.error_vi
                    << "\nLệnh in được giữ lại; in lại bằng `ocop print retry " << job.id << "`.\n";
    }
    return job.status == "printed" ? kExitOk : kExitFailed;
}

// Draws or prints one queued-or-not document.
int emit(Context& context, db::Connection& db, const Output& output, pos::PrintDocument kind,
         const std::string& reference, bool copy) {
    OffscreenGui gui;
    auto printer = printer_for(db, output);
    if (!printer)
        return report(context, printer.error());
    if (output.printer) {
        auto job = pos::enqueue_print(db, context.clock, kind, reference, copy, false);
        if (!job)
            return report(context, job.error());
        auto printed = pos::print_job(db, context.clock, *job, *printer);
        if (!printed)
            return report(context, printed.error());
        return print_job_line(context, *printed);
    }
    pos::PrintJob job;
    job.document = kind;
    job.reference = reference;
    job.copy = copy;
    auto document = pos::document_for(db, context.clock, job);
    if (!document)
        return report(context, document.error());
    if (output.png) {
        if (auto written = drivers::write_paper_png(*document, printer->profile, *output.png);
            !written)
            return report(context, written.error());
    }
    if (output.escpos) {
        auto bytes = drivers::encode_escpos(*document, printer->profile);
        if (!bytes)
            return report(context, bytes.error());
        std::ofstream file(*output.escpos, std::ios::binary);
        file << *bytes;
        if (!file) {
            return report(context, Error{"cli.write_failed", "cannot write " + *output.escpos,
                                         "Không ghi được tệp " + *output.escpos + "."});
        }
    }
    if (context.json) {
        print_json(context, {{"png", output.png ? nlohmann::json(*output.png) : nullptr},
                             {"escpos", output.escpos ? nlohmann::json(*output.escpos) : nullptr},
                             {"profile", printer->profile.name}});
    }
    return kExitOk;
}

int receipt(Context& context, const Invocation& invocation) {
    auto output = output_of(invocation);
    if (!output)
        return report(context, output.error(), kExitUsage);
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto sale = pos::load_sale(*connection, invocation.arguments.front());
    if (!sale)
        return report(context, sale.error());
    // Anything printed again after the sale is a copy, unless asked otherwise.
    return emit(context, *connection, *output, pos::PrintDocument::SaleReceipt, sale->id,
                !invocation.has("--original"));
}

Result<std::string> shift_of(db::Connection& db, const Context& context,
                             const Invocation& invocation, bool closing) {
    if (!invocation.arguments.empty()) {
        const std::string& given = invocation.arguments.front();
        // A shift by its id, or by its number at this terminal.
        auto row = db.first_row("SELECT h.id FROM shifts h JOIN terminals t ON t.id = "
                                "h.terminal_id JOIN settings s ON s.key = 'terminal.code' AND "
                                "s.value = t.code WHERE h.id = ?1 OR h.number = ?1",
                                given);
        if (!row)
            return fail(row.error());
        if (!*row) {
            return fail("shift.not_found", "no shift " + given, "Không tìm thấy ca " + given + ".");
        }
        return (*row)->text(0);
    }
    auto till = pos::open_till(db, context.clock);
    if (!till)
        return fail(till.error());
    if (closing) {
        auto last = db.first_row("SELECT id FROM shifts WHERE terminal_id = ? AND closed_at IS "
                                 "NOT NULL ORDER BY number DESC LIMIT 1",
                                 till->terminal.id);
        if (!last)
            return fail(last.error());
        if (!*last) {
            return fail("shift.not_found", "no closed shift on this terminal",
                        "Quầy chưa có ca nào đã đóng.");
        }
        return (*last)->text(0);
    }
    auto open = pos::current_shift(db, *till);
    if (!open)
        return fail(open.error());
    if (!*open) {
        return fail("shift.not_open", "the till has no open shift",
                    "Quầy không có ca nào đang mở.");
    }
    return (*open)->id;
}

int shift_report(Context& context, const Invocation& invocation, bool closing) {
    auto output = output_of(invocation);
    if (!output)
        return report(context, output.error(), kExitUsage);
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto shift = shift_of(*connection, context, invocation, closing);
    if (!shift)
        return report(context, shift.error());
    return emit(context, *connection, *output, pos::PrintDocument::ShiftReport, *shift, false);
}

int report_x(Context& context, const Invocation& invocation) {
    return shift_report(context, invocation, false);
}
int report_z(Context& context, const Invocation& invocation) {
    return shift_report(context, invocation, true);
}

// "Hoá đơn TV01-01-000003 (bản sao)", "Báo cáo ca", "Trang in thử".
std::string document_title(db::Connection& db, const pos::PrintJob& job) {
    std::string title;
    switch (job.document) {
    case pos::PrintDocument::SaleReceipt: {
        auto sale = pos::load_sale(db, job.reference);
        title = "Hoá đơn " + (sale ? sale->receipt_no : job.reference);
        break;
    }
    case pos::PrintDocument::ShiftReport:
        title = "Báo cáo ca";
        break;
    case pos::PrintDocument::TestPage:
        title = "Trang in thử";
        break;
    }
    return job.copy ? title + " (bản sao)" : title;
}

std::string status_vi(const std::string& status) {
    if (status == "pending")
        return "chờ in";
    if (status == "sent")
        return "đã gửi, chưa xác nhận";
    if (status == "failed")
        return "lỗi";
    return status;
}

int print_list(Context& context, const Invocation&) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto jobs = pos::unfinished_print_jobs(*connection);
    if (!jobs)
        return report(context, jobs.error());
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& job : *jobs)
            list.push_back(pos::to_json(job));
        print_json(context, list);
        return kExitOk;
    }
    if (jobs->empty())
        context.out << "Không có lệnh in nào đang chờ.\n";
    for (const auto& job : *jobs) {
        context.out << job.id << "\t" << document_title(*connection, job) << "\t"
                    << status_vi(job.status) << "\t" << job.attempts << " lần in\t" << job.error_vi
                    << "\n";
    }
    return kExitOk;
}

int print_retry(Context& context, const Invocation& invocation) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto printer = pos::printer_settings(*connection);
    if (const auto queue = invocation.value("--printer")) {
        Output output{{}, {}, queue, invocation.value("--profile").value_or("")};
        printer = printer_for(*connection, output);
    }
    if (!printer)
        return report(context, printer.error());
    std::vector<std::int64_t> ids;
    if (!invocation.arguments.empty()) {
        std::int64_t id = 0;
        const auto& text = invocation.arguments.front();
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (ec != std::errc{} || end != text.data() + text.size()) {
            return report(context,
                          Error{"cli.bad_job", "not a print job number: " + text,
                                "Số lệnh in không hợp lệ: " + text + "."},
                          kExitUsage);
        }
        ids.push_back(id);
    } else {
        auto jobs = pos::unfinished_print_jobs(*connection);
        if (!jobs)
            return report(context, jobs.error());
        for (const auto& job : *jobs)
            ids.push_back(job.id);
    }
    OffscreenGui gui;
    int status = kExitOk;
    for (const auto id : ids) {
        auto printed = pos::print_job(*connection, context.clock, id, *printer);
        if (!printed)
            return report(context, printed.error());
        if (print_job_line(context, *printed) != kExitOk)
            status = kExitFailed;
    }
    return status;
}

int print_test(Context& context, const Invocation& invocation) {
    auto output = output_of(invocation);
    if (!output)
        return report(context, output.error(), kExitUsage);
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    return emit(context, *connection, *output, pos::PrintDocument::TestPage, "", false);
}

// The CUPS queues, for the technician choosing printer.queue.
int print_queues(Context& context, const Invocation&) {
    auto queues = drivers::list_destinations();
    if (!queues)
        return report(context, queues.error());
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& queue : *queues) {
            list.push_back({{"name", queue.name},
                            {"uri", queue.uri},
                            {"info", queue.info},
                            {"default", queue.is_default},
                            {"accepting", queue.accepting},
                            {"state", queue.state},
                            {"state_reasons", queue.state_reasons},
                            {"paper_width_mm", queue.paper_width_mm}});
        }
        print_json(context, list);
        return kExitOk;
    }
    if (queues->empty())
        context.out << "CUPS chưa có máy in nào; dùng installer/provision-printer.sh.\n";
    for (const auto& queue : *queues) {
        context.out << queue.name << (queue.is_default ? " (mặc định)" : "") << "\t" << queue.uri
                    << "\t"
                    << (queue.paper_width_mm ? std::to_string(queue.paper_width_mm) + " mm"
                                             : "khổ giấy ?")
                    << "\t" << queue.state << (queue.accepting ? "" : ", không nhận lệnh in")
                    << "\n";
    }
    return kExitOk;
}

const std::vector<OptionSpec> kOutputOptions = {
    {"--png", "FILE", "ảnh tờ giấy in / a picture of the paper"},
    {"--escpos", "FILE", "dữ liệu gửi máy in / the bytes for the printer"},
    {"--printer", "QUEUE", "in qua CUPS / print on this CUPS queue"},
    {"--profile", "NAME", "khổ giấy / 80mm, 58mm, 80mm-text, 58mm-text"},
};

std::vector<OptionSpec> with(std::vector<OptionSpec> options, std::vector<OptionSpec> more) {
    options.insert(options.end(), more.begin(), more.end());
    return options;
}

} // namespace

std::vector<Command> printing_commands() {
    return {
        {{"receipt", "SALE", "In lại hoá đơn / print a sale's receipt again (marked BẢN SAO)",
          "Draws the receipt of a sale or refund (by id or receipt number) as a PNG, as\n"
          "ESC/POS bytes, or prints it through CUPS. A receipt printed again is marked as a\n"
          "copy unless --original is given. Works with no display.",
          with(kOutputOptions, {{"--original", "", "không đánh dấu bản sao / not marked COPY"}}), 1,
          1},
         receipt},
        {{"report x", "[SHIFT]", "Báo cáo giữa ca / the X report of the open shift (or SHIFT)", "",
          kOutputOptions, 0, 1},
         report_x},
        {{"report z", "[SHIFT]",
          "Báo cáo cuối ca / the Z report of the last closed shift (or SHIFT)",
          "SHIFT is a shift id or its number at this terminal.", kOutputOptions, 0, 1},
         report_z},
        {{"print list", "", "Lệnh in chưa xong / print jobs not printed yet", "", {}, 0, 0},
         print_list},
        {{"print retry",
          "[JOB]",
          "In lại lệnh in bị lỗi / print failed or pending jobs again",
          "Prints the job given, or every job not printed yet, on the configured printer\n"
          "(settings printer.queue and printer.profile) or --printer.",
          {{"--printer", "QUEUE", "in qua CUPS / print on this CUPS queue"},
           {"--profile", "NAME", "khổ giấy / paper profile"}},
          0,
          1},
         print_retry},
        {{"print test", "", "In trang thử / print a test page", "", kOutputOptions, 0, 0},
         print_test},
        {{"print queues",
          "",
          "Các máy in trong CUPS / the CUPS queues this till can print on",
          "Lists CUPS's queues ($CUPS_SERVER or the local server) with their device,\n"
          "paper width and state, to choose printer.queue.",
          {},
          0,
          0},
         print_queues},
    };
}

} // namespace ocop::cli
