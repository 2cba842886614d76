#include "drivers/printer/cups_printer.h"

#include "drivers/printer/cups_connection.h"
#include "drivers/printer/cups_messages.h"
#include "drivers/printer/printer_condition.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <thread>

namespace ocop::drivers {

namespace {

// How long each step of asking the printer itself may take (connect, each
// status byte): a thermal printer on the shop's LAN answers in milliseconds.
constexpr std::chrono::milliseconds kPrinterQueryTimeout{1000};

// cupsWriteRequestData in pieces, so a long job never sits in one buffer.
constexpr std::size_t kWriteChunk = 64 * 1024;

std::string text_attribute(ipp_t* message, const char* name) {
    ipp_attribute_t* attribute = ippFindAttribute(message, name, IPP_TAG_ZERO);
    const char* value = attribute ? ippGetString(attribute, 0, nullptr) : nullptr;
    return value ? value : "";
}

// A multi-valued keyword attribute as CUPS's own tools print it: "a,b".
std::string keywords_attribute(ipp_t* message, const char* name) {
    ipp_attribute_t* attribute = ippFindAttribute(message, name, IPP_TAG_KEYWORD);
    std::string joined;
    for (int i = 0; attribute && i < ippGetCount(attribute); ++i) {
        joined += i ? "," : "";
        joined += ippGetString(attribute, i, nullptr);
    }
    return joined;
}

int enum_attribute(ipp_t* message, const char* name) {
    ipp_attribute_t* attribute = ippFindAttribute(message, name, IPP_TAG_ENUM);
    return attribute ? ippGetInteger(attribute, 0) : 0;
}

// RFC 8011 §5.3.7 job-state values.
JobState job_state(int ipp_state) {
    switch (ipp_state) {
    case IPP_JSTATE_HELD:
        return JobState::Held;
    case IPP_JSTATE_PROCESSING:
        return JobState::Processing;
    case IPP_JSTATE_STOPPED:
        return JobState::Stopped;
    case IPP_JSTATE_CANCELED:
        return JobState::Canceled;
    case IPP_JSTATE_ABORTED:
        return JobState::Aborted;
    case IPP_JSTATE_COMPLETED:
        return JobState::Completed;
    default:
        return JobState::Pending;
    }
}

std::string printer_state_name(int ipp_state) {
    switch (ipp_state) {
    case IPP_PSTATE_PROCESSING:
        return "processing";
    case IPP_PSTATE_STOPPED:
        return "stopped";
    default:
        return "idle";
    }
}

int to_int(std::string_view text) {
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::string dest_option(const cups_dest_t& dest, const char* name) {
    const char* value = cupsGetOption(name, dest.num_options, dest.options);
    return value ? value : "";
}

CupsDestination destination(const cups_dest_t& dest) {
    CupsDestination out;
    out.name = dest.name;
    out.uri = dest_option(dest, "device-uri");
    out.info = dest_option(dest, "printer-info");
    out.is_default = dest.is_default != 0;
    out.accepting = dest_option(dest, "printer-is-accepting-jobs") != "false";
    out.state = printer_state_name(to_int(dest_option(dest, "printer-state")));
    out.state_reasons = dest_option(dest, "printer-state-reasons");
    out.paper_width_mm = to_int(dest_option(dest, "ocop-paper-width"));
    return out;
}

// What CUPS says about the queue now: its state, reasons and device.
struct QueueState {
    int state = IPP_PSTATE_IDLE;
    std::string reasons;
    std::string device_uri;
};

Result<QueueState> queue_state(http_t* http, std::string_view queue) {
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 queue_uri(queue).c_str());
    static constexpr std::array<const char*, 3> kWanted{"printer-state", "printer-state-reasons",
                                                        "device-uri"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(kWanted.size()), nullptr, kWanted.data());
    auto response = cups_request(http, request, CupsSubject::Queue, queue);
    if (!response)
        return fail(response.error());
    return QueueState{enum_attribute(response->get(), "printer-state"),
                      keywords_attribute(response->get(), "printer-state-reasons"),
                      text_attribute(response->get(), "device-uri")};
}

std::string message_for_job(const JobStatus& status) {
    if (status.state == JobState::Completed)
        return {};
    if (status.state == JobState::Canceled)
        return std::string(printer_message::canceled);
    if (auto said = message_for_state_reasons(status.printer_state_reasons); !said.empty())
        return said;
    if (auto said = message_for_backend_message(status.state_message); !said.empty())
        return said;
    return status.state == JobState::Aborted ? std::string(printer_message::not_printed) : "";
}

// The printer's reasons that matter for a job: those CUPS kept with it when it
// finished (job-printer-state-reasons), else the queue's as they are now — and
// a stopped queue counts as "paused" whatever its reasons say.
Result<std::string> reasons_for_job(http_t* http, std::string_view queue, const JobStatus& status,
                                    ipp_t* job) {
    if (status.finished())
        return keywords_attribute(job, "job-printer-state-reasons");
    auto now = queue_state(http, queue);
    if (!now)
        return fail(now.error());
    std::string reasons = now->reasons;
    const auto keywords = state_reason_keywords(reasons);
    if (now->state == IPP_PSTATE_STOPPED &&
        std::find(keywords.begin(), keywords.end(), "paused") == keywords.end())
        reasons = keywords.empty() ? "paused" : reasons + ",paused";
    return reasons;
}

Result<JobStatus> status_on(http_t* http, std::string_view queue, int job_id) {
    ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 queue_uri(queue).c_str());
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 cupsUser());
    static constexpr std::array<const char*, 3> kWanted{"job-state", "job-printer-state-message",
                                                        "job-printer-state-reasons"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(kWanted.size()), nullptr, kWanted.data());
    auto response = cups_request(http, request, CupsSubject::Job, queue, job_id);
    if (!response)
        return fail(response.error());
    JobStatus status;
    status.job_id = job_id;
    status.state = job_state(enum_attribute(response->get(), "job-state"));
    status.state_message = text_attribute(response->get(), "job-printer-state-message");
    auto reasons = reasons_for_job(http, queue, status, response->get());
    if (!reasons)
        return fail(reasons.error());
    status.printer_state_reasons = reasons->empty() ? "none" : *reasons;
    status.message_vi = message_for_job(status);
    return status;
}

// For a job that did not print: what the printer itself says, when it is one
// that can be asked (socket://). Its words win over CUPS's, which cannot know
// about paper or the cover on such a printer.
JobStatus with_printer_condition(http_t* http, std::string_view queue, JobStatus status) {
    if (status.printed() || status.state == JobState::Canceled)
        return status;
    const auto queue_now = queue_state(http, queue);
    const auto address = queue_now ? socket_device_address(queue_now->device_uri) : std::nullopt;
    if (!address)
        return status;
    const auto condition =
        query_printer_condition(address->host, address->port, kPrinterQueryTimeout);
    if (!condition || condition->message_vi.empty())
        return status;
    status.message_vi = condition->message_vi;
    const std::string seen = condition_state_reasons(*condition);
    status.printer_state_reasons =
        status.printer_state_reasons == "none" ? seen : status.printer_state_reasons + "," + seen;
    return status;
}

// libcups looks the queue up before it creates a job, and answers a queue
// that does not exist with "internal error" (ENOENT), which reads as "CUPS
// is unreachable": the scheduler is asked about the queue itself.
Error create_job_error(http_t* http, std::string_view queue) {
    Error error = last_cups_error(CupsSubject::Queue, queue);
    auto state = queue_state(http, queue);
    if (!state && state.error().code == "printer.cups_queue_missing")
        return std::move(state.error());
    return error;
}

// A job whose document never arrived would wait at CUPS for ever.
void abandon(std::string_view queue, int job_id) {
    if (auto http = connect_to_cups())
        cupsCancelJob2(http->get(), std::string(queue).c_str(), job_id, 0);
}

Result<void> send_document(http_t* http, const std::string& queue, int job_id,
                           const std::string& title, std::string_view bytes) {
    if (cupsStartDocument(http, queue.c_str(), job_id, title.c_str(), CUPS_FORMAT_RAW, 1) !=
        HTTP_STATUS_CONTINUE)
        return fail(last_cups_error(CupsSubject::Job, queue, job_id));
    for (std::size_t at = 0; at < bytes.size(); at += kWriteChunk) {
        const auto piece = bytes.substr(at, kWriteChunk);
        if (cupsWriteRequestData(http, piece.data(), piece.size()) != HTTP_STATUS_CONTINUE)
            return fail(last_cups_error(CupsSubject::Job, queue, job_id));
    }
    if (cupsFinishDocument(http, queue.c_str()) > IPP_STATUS_OK_EVENTS_COMPLETE)
        return fail(last_cups_error(CupsSubject::Job, queue, job_id));
    return {};
}

} // namespace

Result<std::vector<CupsDestination>> list_destinations() {
    auto http = connect_to_cups();
    if (!http)
        return fail(http.error());
    cups_dest_t* dests = nullptr;
    const int count = cupsGetDests2(http->get(), &dests);
    // A server with no queues answers "not found"; that is an empty list.
    if (count == 0 && cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE &&
        cupsLastError() != IPP_STATUS_ERROR_NOT_FOUND)
        return fail(last_cups_error(CupsSubject::Server, ""));
    std::vector<CupsDestination> found;
    for (int i = 0; i < count; ++i)
        if (!dests[i].instance) // lpoptions instances are the same queue again
            found.push_back(destination(dests[i]));
    cupsFreeDests(count, dests);
    return found;
}

Result<int> submit_raw_job(std::string_view queue, std::string_view bytes, std::string_view title) {
    if (bytes.empty())
        return fail("printer.empty_job", "nothing to print (no bytes for the printer)",
                    "Không có nội dung để in.");
    auto http = connect_to_cups();
    if (!http)
        return fail(http.error());
    const std::string name(queue);
    const std::string job_title(title);
    const int job_id = cupsCreateJob(http->get(), name.c_str(), job_title.c_str(), 0, nullptr);
    if (job_id == 0)
        return fail(create_job_error(http->get(), queue));
    if (auto sent = send_document(http->get(), name, job_id, job_title, bytes); !sent) {
        abandon(queue, job_id);
        return fail(sent.error());
    }
    return job_id;
}

Result<JobStatus> job_status(std::string_view queue, int job_id) {
    auto http = connect_to_cups();
    if (!http)
        return fail(http.error());
    return status_on(http->get(), queue, job_id);
}

Result<JobStatus> wait_for_job(std::string_view queue, int job_id,
                               std::chrono::milliseconds timeout) {
    using Clock = std::chrono::steady_clock;
    auto http = connect_to_cups();
    if (!http)
        return fail(http.error());
    const auto deadline = Clock::now() + timeout;
    // Short pauses at first: a receipt on a healthy printer is done in well
    // under a second, and the cashier is waiting for it.
    std::chrono::milliseconds pause{25};
    for (;;) {
        auto status = status_on(http->get(), queue, job_id);
        if (!status)
            return status;
        const auto now = Clock::now();
        if (status->finished() || now >= deadline)
            return with_printer_condition(http->get(), queue, std::move(*status));
        std::this_thread::sleep_for(std::min<Clock::duration>(pause, deadline - now));
        pause = std::min(pause * 2, std::chrono::milliseconds{250});
    }
}

Result<void> cancel_job(std::string_view queue, int job_id) {
    auto http = connect_to_cups();
    if (!http)
        return fail(http.error());
    const std::string name(queue);
    const ipp_status_t status = cupsCancelJob2(http->get(), name.c_str(), job_id, 0);
    // "not possible" is CUPS's answer for a job that is already finished.
    if (status > IPP_STATUS_OK_EVENTS_COMPLETE && status != IPP_STATUS_ERROR_NOT_POSSIBLE)
        return fail(last_cups_error(CupsSubject::Job, queue, job_id));
    return {};
}

Result<PrinterCondition> queue_printer_condition(std::string_view queue,
                                                 std::chrono::milliseconds timeout) {
    auto http = connect_to_cups();
    if (!http)
        return fail(http.error());
    auto state = queue_state(http->get(), queue);
    if (!state)
        return fail(state.error());
    const auto address = socket_device_address(state->device_uri);
    if (!address)
        return PrinterCondition{};
    return query_printer_condition(address->host, address->port, timeout);
}

std::optional<Error> condition_error(const PrinterCondition& condition) {
    const auto error = [&condition](std::string code, std::string english) {
        return Error{std::move(code), std::move(english),
                     condition.message_vi.empty() ? std::string(printer_message::not_printed)
                                                  : condition.message_vi};
    };
    if (!condition.reachable)
        return error("printer.unreachable",
                     "the printer accepts no connection (switched off, unplugged, or a wrong "
                     "address)");
    if (!condition.answered)
        return std::nullopt;
    if (condition.paper_out)
        return error("printer.paper_out", "the printer reports it is out of paper (DLE EOT)");
    if (condition.cover_open)
        return error("printer.cover_open", "the printer reports its cover open (DLE EOT)");
    if (condition.error)
        return error("printer.fault", "the printer reports an error it does not name (DLE EOT)");
    if (!condition.online)
        return error("printer.offline", "the printer reports it is offline (DLE EOT)");
    return std::nullopt;
}

Result<PrinterCondition> check_printer_ready(std::string_view queue,
                                             std::chrono::milliseconds timeout) {
    auto condition = queue_printer_condition(queue, timeout);
    if (!condition)
        return condition;
    if (auto refused = condition_error(*condition))
        return fail(std::move(*refused));
    return condition;
}

Result<void> check_job_printed(std::string_view queue, int job_id,
                               std::chrono::milliseconds timeout) {
    const auto condition = queue_printer_condition(queue, timeout);
    if (!condition || !condition->reachable)
        return {};
    auto stopped = condition_error(*condition);
    if (!stopped)
        return {};
    stopped->message_en = "CUPS delivered job " + std::to_string(job_id) + ", but " +
                          stopped->message_en + ": the receipt may be cut short";
    stopped->message_vi += " (hoá đơn có thể chưa in đủ)";
    return fail(std::move(*stopped));
}

} // namespace ocop::drivers
