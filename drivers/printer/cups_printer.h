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
};
Result<PrinterCondition> query_printer_condition(std::string_view host, int port,
                                                 std::chrono::milliseconds timeout);

} // namespace ocop::drivers
