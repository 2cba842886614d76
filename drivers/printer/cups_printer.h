#pragma once

// Printing through CUPS on the till itself (libcups): raw jobs to a queue
// whose backend reaches the thermal printer, and following each job until it
// is printed or has failed, with the printer's state put in words a cashier
// understands (docs/printing.md).

#include "common/error.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::drivers {

struct CupsDestination {
    std::string name; // the queue
    std::string uri;  // device-uri, e.g. socket://192.168.1.50:9100
    std::string info; // printer-info
    bool is_default = false;
    bool accepting = true;
    std::string state;         // idle, processing, stopped
    std::string state_reasons; // printer-state-reasons, e.g. "media-empty-error"
    // The paper width installer/provision-printer.sh recorded on the queue
    // (its option ocop-paper-width: 80 or 58); 0 when the queue has none.
    int paper_width_mm = 0;
};

// The queues the CUPS server knows ($CUPS_SERVER or the local one).
Result<std::vector<CupsDestination>> list_destinations();

enum class JobState { Pending, Held, Processing, Stopped, Canceled, Aborted, Completed };

struct JobStatus {
    int job_id = 0;
    JobState state = JobState::Pending;
    std::string printer_state_reasons;
    std::string message_vi;    // what the cashier is told, e.g. "Máy in hết giấy"
    std::string state_message; // job-printer-state-message, as CUPS's backend wrote it (for logs)
    bool finished() const {
        return state == JobState::Canceled || state == JobState::Aborted ||
               state == JobState::Completed;
    }
    bool printed() const { return state == JobState::Completed; }
};

// Sends bytes as one raw job (CUPS_FORMAT_RAW). printer.cups_* errors with
// the reason in Vietnamese when the queue does not exist or refuses jobs.
Result<int> submit_raw_job(std::string_view queue, std::string_view bytes, std::string_view title);

Result<JobStatus> job_status(std::string_view queue, int job_id);

// Follows a job until it is finished or `timeout` passes (then its last
// state, unfinished). When it ends unprinted and the queue's printer is a
// socket:// one, the printer itself is asked (DLE EOT) and what it says
// ("hết giấy", "nắp mở", unreachable) becomes the message and is added to
// printer_state_reasons.
Result<JobStatus> wait_for_job(std::string_view queue, int job_id,
                               std::chrono::milliseconds timeout);

// Cancels a job, e.g. one left unfinished by wait_for_job: otherwise a
// printer that was out of paper prints it when the roll is changed, and a
// reprint comes out twice. A job already finished is left as it is.
Result<void> cancel_job(std::string_view queue, int job_id);

// CUPS cannot see paper-out or an open cover on a network thermal printer:
// ask the printer itself with DLE EOT over its own connection.
struct PrinterCondition {
    bool online = true;
    bool paper_out = false;
    bool paper_near_end = false;
    bool cover_open = false;
    std::string message_vi; // empty when all is well
    bool reachable = true;  // false: no connection (switched off, unplugged, wrong address)
    bool answered = true;   // false: connected, but no answer to DLE EOT 1 (nothing is known)
    bool error = false;     // DLE EOT 2 bit 6: a fault the printer does not name
};
Result<PrinterCondition> query_printer_condition(std::string_view host, int port,
                                                 std::chrono::milliseconds timeout);

// The same for the printer behind a CUPS queue: asked itself when the
// queue's device is socket://HOST:PORT; for any other device (usb://, ipp://)
// a condition with online = true and no message, as CUPS's own
// printer-state-reasons speak for those. printer.cups_* errors when CUPS
// cannot say which device the queue has.
Result<PrinterCondition> queue_printer_condition(std::string_view queue,
                                                 std::chrono::milliseconds timeout);

// Why a printer in this condition cannot print now, as the error a job
// fails with: printer.unreachable, printer.paper_out, printer.cover_open,
// printer.fault or printer.offline, with the condition's message for the
// cashier. Nothing when it can — also when it is only low on paper, and when
// it did not answer DLE EOT at all (some print servers never do: CUPS tries).
std::optional<Error> condition_error(const PrinterCondition& condition);

// Before a job is sent (CUPS would take it from a printer out of paper, and
// mark it printed): the queue's printer asked, failing with condition_error's
// codes when it cannot print, or with printer.cups_* when CUPS cannot say
// which printer the queue has. No CUPS job is created.
Result<PrinterCondition> check_printer_ready(std::string_view queue,
                                             std::chrono::milliseconds timeout);

// After CUPS says a job completed, which only means the bytes were delivered:
// a printer that now reports paper end, an open cover or a fault stopped
// before the end of the receipt, and the job fails with the same codes. A
// printer that cannot be asked now, or CUPS itself, does not fail the job.
Result<void> check_job_printed(std::string_view queue, int job_id,
                               std::chrono::milliseconds timeout);

} // namespace ocop::drivers
