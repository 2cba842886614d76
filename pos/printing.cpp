#include "pos/printing.h"

#include "db/connection.h"
#include "drivers/printer/cups_printer.h"
#include "drivers/printer/receipt_printer.h"
#include "pos/receipt.h"
#include "pos/sale_record.h"
#include "pos/settings.h"
#include "pos/shift.h"

#include <nlohmann/json.hpp>

namespace ocop::pos {

namespace {

// How long asking the printer itself may take at each step (connect, each
// DLE EOT reply): a printer on the shop's LAN answers in milliseconds.
constexpr std::chrono::milliseconds kPrinterCheckTimeout{1000};

constexpr std::pair<PrintDocument, std::string_view> kDocuments[] = {
    {PrintDocument::SaleReceipt, "sale_receipt"},
    {PrintDocument::ShiftReport, "shift_report"},
    {PrintDocument::TestPage, "test_page"},
};

PrintDocument document_from_code(std::string_view code) {
    for (const auto& [document, name] : kDocuments)
        if (name == code)
            return document;
    return PrintDocument::TestPage;
}

constexpr std::string_view kJobColumns =
    "SELECT id, document, reference, copy, open_drawer, status, queue, cups_job_id, attempts, "
    "coalesce(error_code, ''), coalesce(error_vi, ''), created_at, printed_at FROM print_jobs ";

PrintJob read_job(const db::Statement& row) {
    PrintJob job;
    job.id = row.int64(0);
    job.document = document_from_code(row.text(1));
    job.reference = row.text(2);
    job.copy = row.int64(3) != 0;
    job.open_drawer = row.int64(4) != 0;
    job.status = row.text(5);
    job.queue = row.optional_text(6);
    if (const auto id = row.optional_int64(7))
        job.cups_job_id = static_cast<int>(*id);
    job.attempts = static_cast<int>(row.int64(8));
    job.error_code = row.text(9);
    job.error_vi = row.text(10);
    job.created_at = row.text(11);
    job.printed_at = row.optional_text(12);
    return job;
}

Result<std::string> setting_or(db::Connection& db, std::string_view key, std::string fallback) {
    auto value = get_setting(db, key);
    if (!value)
        return fail(value.error());
    return value->value_or(std::move(fallback));
}

Result<ReceiptOptions> receipt_options(db::Connection& db, bool copy) {
    auto footer = setting_or(db, setting::kReceiptFooter, "");
    auto url = setting_or(db, "receipt.lookup_url", "");
    if (!footer || !url)
        return fail(footer ? url.error() : footer.error());
    return ReceiptOptions{*footer, *url, copy};
}

drivers::Document test_page(const StoreHeader& store, const std::string& at) {
    drivers::Document document;
    document.text(store.name, {drivers::TextSize::Large, true, drivers::Align::Center, false});
    document.text("TRANG IN THỬ / TEST PAGE",
                  {drivers::TextSize::Normal, true, drivers::Align::Center, true});
    document.text("Tiếng Việt: Mật hoa dừa, đường thốt nốt, bánh tét Trà Cuôn, cốm dẹp, "
                  "rượu Xuân Thạnh — ĂÂĐÊÔƠƯ ăâđêôơư ỳýỷỹỵ");
    document.columns({"Cột trái", "1.250.000 ₫"}, {1, 1},
                     {drivers::Align::Left, drivers::Align::Right});
    document.rule(true);
    document.qr("OCOP TEST " + at, at);
    return document;
}

// Records what an attempt came to.
Result<void> update_job(db::Connection& db, const Clock& clock, std::int64_t id,
                        std::string_view status, const std::optional<std::string>& queue,
                        const std::optional<int>& cups_job_id, const Error* error) {
    const std::string now = local_timestamp(clock.now());
    return db.execute(
        "UPDATE print_jobs SET status = ?, queue = coalesce(?, queue), cups_job_id = ?, "
        "attempts = attempts + (? = 'sent'), error_code = ?, error_vi = ?, updated_at = ?, "
        "printed_at = CASE WHEN ? = 'printed' THEN ? ELSE printed_at END WHERE id = ?",
        status, queue, cups_job_id ? std::optional<std::int64_t>(*cups_job_id) : std::nullopt,
        status, error ? std::optional<std::string>(error->code) : std::nullopt,
        error ? std::optional<std::string>(error->message_vi) : std::nullopt, now, status, now, id);
}

Result<PrintJob> failed(db::Connection& db, const Clock& clock, std::int64_t id,
                        const Error& error) {
    if (auto recorded = update_job(db, clock, id, "failed", std::nullopt, std::nullopt, &error);
        !recorded)
        return fail(recorded.error());
    return load_print_job(db, id);
}

// A job left "sent" (the terminal stopped while following it) may have
// printed after all: asks CUPS, so that a retry does not print it twice.
// True when it printed; a job still waiting at CUPS is cancelled, to be sent
// again.
Result<bool> settle_previous_attempt(db::Connection& db, const Clock& clock, const PrintJob& job) {
    if (job.status != "sent" || !job.cups_job_id || !job.queue)
        return false;
    auto status = drivers::job_status(*job.queue, *job.cups_job_id);
    if (!status)
        return false; // CUPS forgot it or is away: send it again
    if (status->printed()) {
        auto printed =
            update_job(db, clock, job.id, "printed", std::nullopt, job.cups_job_id, nullptr);
        if (!printed)
            return fail(printed.error());
        return true;
    }
    if (!status->finished())
        (void)drivers::cancel_job(*job.queue, *job.cups_job_id);
    return false;
}

} // namespace

std::string_view document_code(PrintDocument document) {
    for (const auto& [value, name] : kDocuments)
        if (value == document)
            return name;
    return "test_page";
}

Result<PrinterSettings> printer_settings(db::Connection& db) {
    auto queue = get_setting(db, "printer.queue");
    if (!queue)
        return fail(queue.error());
    if (!*queue || (*queue)->empty()) {
        return fail("printer.not_configured", "no receipt printer configured (printer.queue)",
                    "Chưa chọn máy in hoá đơn. Quản lý chọn máy in trong phần Cài đặt.");
    }
    auto profile_name = setting_or(db, "printer.profile", "80mm");
    if (!profile_name)
        return fail(profile_name.error());
    auto profile = drivers::printer_profile(*profile_name);
    if (!profile)
        return fail(profile.error());
    return PrinterSettings{**queue, *profile, std::chrono::milliseconds{20'000}};
}

Result<std::int64_t> enqueue_print(db::Connection& db, const Clock& clock, PrintDocument document,
                                   std::string_view reference, bool copy, bool open_drawer) {
    const std::string now = local_timestamp(clock.now());
    auto inserted =
        db.execute("INSERT INTO print_jobs (document, reference, copy, open_drawer, "
                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                   document_code(document), reference, copy ? 1 : 0, open_drawer ? 1 : 0, now, now);
    if (!inserted)
        return fail(inserted.error());
    return db.last_insert_rowid();
}

Result<std::int64_t> enqueue_sale_receipt(db::Connection& db, const Clock& clock,
                                          std::string_view sale_id) {
    auto cash = db.query_int64("SELECT count(*) FROM payments WHERE sale_id = ? AND method = "
                               "'cash'",
                               sale_id);
    if (!cash)
        return fail(cash.error());
    auto drawer = get_integer_setting(db, "printer.open_drawer", 1);
    if (!drawer)
        return fail(drawer.error());
    return enqueue_print(db, clock, PrintDocument::SaleReceipt, sale_id, false,
                         *drawer != 0 && cash->value_or(0) > 0);
}

Result<PrintJob> load_print_job(db::Connection& db, std::int64_t id) {
    auto row = db.first_row(std::string(kJobColumns) + "WHERE id = ?", id);
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail("printer.no_such_job", "no print job " + std::to_string(id),
                    "Không có lệnh in số " + std::to_string(id) + ".");
    }
    return read_job(**row);
}

Result<std::vector<PrintJob>> unfinished_print_jobs(db::Connection& db) {
    auto statement = db.prepare(std::string(kJobColumns) + "WHERE status <> 'printed' ORDER BY id");
    if (!statement)
        return fail(statement.error());
    return db::collect_rows(*statement, read_job);
}

Result<drivers::Document> document_for(db::Connection& db, const Clock& clock,
                                       const PrintJob& job) {
    switch (job.document) {
    case PrintDocument::SaleReceipt: {
        auto sale = load_sale(db, job.reference);
        if (!sale)
            return fail(sale.error());
        auto store = store_header(db, sale->store_code);
        auto options = receipt_options(db, job.copy);
        if (!store || !options)
            return fail(store ? options.error() : store.error());
        return sale_receipt(*sale, *store, *options);
    }
    case PrintDocument::ShiftReport: {
        auto summary = shift_summary(db, job.reference);
        if (!summary)
            return fail(summary.error());
        auto terminal = db.first_row("SELECT t.code, s.code FROM shifts h JOIN terminals t ON "
                                     "t.id = h.terminal_id JOIN stores s ON s.id = t.store_id "
                                     "WHERE h.id = ?",
                                     job.reference);
        if (!terminal)
            return fail(terminal.error());
        auto store = store_header(db, (*terminal)->text(1));
        if (!store)
            return fail(store.error());
        return shift_report(*summary, *store, (*terminal)->text(0), local_timestamp(clock.now()));
    }
    case PrintDocument::TestPage: {
        auto store_code = db.first_row("SELECT s.code FROM stores s JOIN terminals t ON "
                                       "t.store_id = s.id JOIN settings g ON g.key = "
                                       "'terminal.code' AND g.value = t.code");
        if (!store_code)
            return fail(store_code.error());
        StoreHeader store{"OCOP", "", "", ""};
        if (*store_code) {
            auto found = store_header(db, (*store_code)->text(0));
            if (found)
                store = *found;
        }
        return test_page(store, local_timestamp(clock.now()));
    }
    }
    return fail("printer.unknown_document", "unknown document", "Không rõ loại giấy cần in.");
}

Result<PrintJob> print_job(db::Connection& db, const Clock& clock, std::int64_t id,
                           const PrinterSettings& printer) {
    auto job = load_print_job(db, id);
    if (!job)
        return fail(job.error());
    if (job->status == "printed")
        return job;
    if (auto settled = settle_previous_attempt(db, clock, *job); !settled || *settled)
        return settled ? load_print_job(db, id) : fail(settled.error());
    auto document = document_for(db, clock, *job);
    if (!document)
        return failed(db, clock, id, document.error());
    // The drawer opens when the sale is paid, not again on a retry.
    const drivers::PrintOptions options{job->open_drawer && job->attempts == 0};
    auto bytes = drivers::encode_escpos(*document, printer.profile, options);
    if (!bytes)
        return failed(db, clock, id, bytes.error());
    const std::string title = std::string(document_code(job->document)) + " " + job->reference;
    // CUPS takes a job from a network printer that is out of paper and calls
    // it printed: the printer itself is asked first (DLE EOT).
    if (auto ready = drivers::check_printer_ready(printer.queue, kPrinterCheckTimeout); !ready)
        return failed(db, clock, id, ready.error());
    auto submitted = drivers::submit_raw_job(printer.queue, *bytes, title);
    if (!submitted)
        return failed(db, clock, id, submitted.error());
    // Recorded before waiting: if the terminal stops now, the job is known to
    // be at CUPS and is not sent twice blindly.
    if (auto sent = update_job(db, clock, id, "sent", printer.queue, *submitted, nullptr); !sent)
        return fail(sent.error());
    auto status = drivers::wait_for_job(printer.queue, *submitted, printer.timeout);
    if (!status)
        return failed(db, clock, id, status.error());
    if (!status->printed()) {
        // Left at CUPS, an unfinished job would print by itself when the
        // paper is changed, and again when the cashier presses "In lại".
        if (!status->finished())
            (void)drivers::cancel_job(printer.queue, *submitted);
        const Error error{"printer.job_failed",
                          "print job " + std::to_string(*submitted) +
                              " not printed: " + status->printer_state_reasons,
                          status->message_vi.empty()
                              ? "Máy in chưa in được hoá đơn. Kiểm tra máy in rồi bấm In lại."
                              : status->message_vi};
        return failed(db, clock, id, error);
    }
    // Completed at CUPS means delivered; paper that ran out meanwhile cut it short.
    if (auto whole = drivers::check_job_printed(printer.queue, *submitted, kPrinterCheckTimeout);
        !whole)
        return failed(db, clock, id, whole.error());
    if (auto printed = update_job(db, clock, id, "printed", std::nullopt, *submitted, nullptr);
        !printed)
        return fail(printed.error());
    return load_print_job(db, id);
}

nlohmann::json to_json(const PrintJob& job) {
    return {
        {"id", job.id},
        {"document", document_code(job.document)},
        {"reference", job.reference},
        {"copy", job.copy},
        {"open_drawer", job.open_drawer},
        {"status", job.status},
        {"queue", job.queue ? nlohmann::json(*job.queue) : nlohmann::json(nullptr)},
        {"cups_job_id",
         job.cups_job_id ? nlohmann::json(*job.cups_job_id) : nlohmann::json(nullptr)},
        {"attempts", job.attempts},
        {"error_code", job.error_code},
        {"error_vi", job.error_vi},
        {"created_at", job.created_at},
        {"printed_at", job.printed_at ? nlohmann::json(*job.printed_at) : nlohmann::json(nullptr)}};
}

} // namespace ocop::pos
