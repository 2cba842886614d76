#pragma once

// The print queue: receipts and reports as jobs in the terminal's database,
// so that a printer that is off, out of paper or unplugged never loses or
// holds up a sale. A job is committed with what it prints (a sale's receipt
// in the sale's own transaction), printed through CUPS, followed until the
// printer has it, and kept with the reason when it fails, for a retry or a
// reprint (marked BẢN SAO) later.

#include "common/error.h"
#include "drivers/printer/document.h"
#include "drivers/printer/printer_profile.h"
#include "pos/clock.h"

#include <nlohmann/json_fwd.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

enum class PrintDocument { SaleReceipt, ShiftReport, TestPage };
std::string_view document_code(PrintDocument document); // "sale_receipt", ...

struct PrintJob {
    std::int64_t id = 0;
    PrintDocument document = PrintDocument::SaleReceipt;
    std::string reference; // sale or shift id
    bool copy = false;
    bool open_drawer = false;
    std::string status; // pending, sent, printed, failed
    std::optional<std::string> queue;
    std::optional<int> cups_job_id;
    int attempts = 0;
    std::string error_code;
    std::string error_vi; // what the cashier was told
    std::string created_at;
    std::optional<std::string> printed_at;
};

// Where this till prints: settings printer.queue (a CUPS queue) and
// printer.profile (80mm, 58mm, 80mm-text, 58mm-text).
struct PrinterSettings {
    std::string queue;
    drivers::PrinterProfile profile;
    std::chrono::milliseconds timeout{20'000}; // how long to follow a job
};

// printer.not_configured when no queue is set.
Result<PrinterSettings> printer_settings(db::Connection& db);

// Adds a job; inside the caller's transaction when there is one (a sale and
// its receipt are committed together). Returns the job's id.
Result<std::int64_t> enqueue_print(db::Connection& db, const Clock& clock, PrintDocument document,
                                   std::string_view reference, bool copy, bool open_drawer);

// The receipt of a sale or refund that was just completed: its job, with the
// drawer kicked when cash changed hands (taken, or paid out for a refund) and
// the store wants it (printer.open_drawer).
Result<std::int64_t> enqueue_sale_receipt(db::Connection& db, const Clock& clock,
                                          std::string_view sale_id);

// What a job prints, drawn again from the journal.
Result<drivers::Document> document_for(db::Connection& db, const Clock& clock, const PrintJob& job);

Result<PrintJob> load_print_job(db::Connection& db, std::int64_t id);

// Jobs not printed yet (pending, sent, failed), oldest first.
Result<std::vector<PrintJob>> unfinished_print_jobs(db::Connection& db);

// Prints a job now: draws it, sends it to the queue, follows it until the
// printer has it or the timeout passes, and records the outcome on the job
// (printed, or failed with the reason in Vietnamese). An error is returned
// only when the job's record itself cannot be read or written; a printer
// problem is a failed job, not an error.
Result<PrintJob> print_job(db::Connection& db, const Clock& clock, std::int64_t id,
                           const PrinterSettings& printer);

nlohmann::json to_json(const PrintJob& job);

} // namespace ocop::pos
