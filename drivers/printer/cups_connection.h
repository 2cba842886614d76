#pragma once

// Talking to the CUPS server the till uses: $CUPS_SERVER, else client.conf,
// else the local scheduler. A connection of its own for each driver call
// rather than libcups's shared one (CUPS_HTTP_DEFAULT), so that a call has a
// bounded connect time and a dead server is told apart from a missing queue.
// And the IPP statuses CUPS answers, as the driver's errors.

#include "common/error.h"

#include <cups/cups.h>
#include <memory>
#include <string>
#include <string_view>

namespace ocop::drivers {

struct HttpCloser {
    void operator()(http_t* http) const { httpClose(http); }
};
struct IppDeleter {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using CupsHttp = std::unique_ptr<http_t, HttpCloser>;
using IppMessage = std::unique_ptr<ipp_t, IppDeleter>;

// printer.cups_unreachable when the server does not answer.
Result<CupsHttp> connect_to_cups();

// The URI CUPS knows a queue by, as its own lp command writes it:
// ipp://localhost:PORT/printers/NAME.
std::string queue_uri(std::string_view queue);

// What a failed request was about, which decides what "not found" means.
enum class CupsSubject { Server, Queue, Job };

// The driver's error for an IPP status that is not success:
// printer.cups_unreachable, printer.cups_queue_missing,
// printer.cups_not_accepting, printer.cups_job_missing,
// printer.cups_forbidden, or printer.cups_failed with CUPS's own words.
Error cups_error(ipp_status_t status, std::string_view cups_message, CupsSubject subject,
                 std::string_view queue, int job_id = 0);

// The same for the last request this thread made through libcups.
Error last_cups_error(CupsSubject subject, std::string_view queue, int job_id = 0);

// Sends a request (which it takes) and answers the response when its status
// is a success.
Result<IppMessage> cups_request(http_t* http, ipp_t* request, CupsSubject subject,
                                std::string_view queue, int job_id = 0);

} // namespace ocop::drivers
