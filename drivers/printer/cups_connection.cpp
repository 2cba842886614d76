#include "drivers/printer/cups_connection.h"

#include <array>

namespace ocop::drivers {

namespace {

// Long enough for a busy scheduler on the till itself, short enough that a
// cashier is not left waiting when it is not running.
constexpr int kConnectTimeoutMs = 5000;

std::string quoted(std::string_view queue) {
    return "“" + std::string(queue) + "”";
}

Error unreachable(std::string_view detail) {
    return {"printer.cups_unreachable",
            "cannot reach the CUPS server " + std::string(cupsServer()) + ":" +
                std::to_string(ippPort()) + " (is cupsd running?)" + (detail.empty() ? "" : ": ") +
                std::string(detail),
            "Không kết nối được dịch vụ in (CUPS) trên máy bán hàng — khởi động lại máy bán "
            "hàng hoặc gọi kỹ thuật."};
}

Error not_found(CupsSubject subject, std::string_view queue, int job_id) {
    if (subject == CupsSubject::Job)
        return {"printer.cups_job_missing",
                "CUPS has no job " + std::to_string(job_id) + " on " + std::string(queue),
                "Không tìm thấy lệnh in " + std::to_string(job_id) + " — hãy bấm In lại."};
    return {"printer.cups_queue_missing", "CUPS has no queue named '" + std::string(queue) + "'",
            "Chưa cài máy in " + quoted(queue) + " — nhờ kỹ thuật cài đặt máy in."};
}

} // namespace

Result<CupsHttp> connect_to_cups() {
    CupsHttp http(httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1,
                               kConnectTimeoutMs, nullptr));
    if (!http)
        return fail(unreachable(cupsLastErrorString()));
    return http;
}

std::string queue_uri(std::string_view queue) {
    std::array<char, HTTP_MAX_URI> uri{};
    const std::string name(queue);
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri.data(), static_cast<int>(uri.size()), "ipp", nullptr,
                     "localhost", ippPort(), "/printers/%s", name.c_str());
    return uri.data();
}

Error cups_error(ipp_status_t status, std::string_view cups_message, CupsSubject subject,
                 std::string_view queue, int job_id) {
    const std::string said(cups_message);
    switch (status) {
    case IPP_STATUS_ERROR_SERVICE_UNAVAILABLE:
    case IPP_STATUS_ERROR_INTERNAL:
        // libcups reports a connection that failed or broke as one of these.
        return unreachable(said);
    case IPP_STATUS_ERROR_NOT_FOUND:
        if (subject != CupsSubject::Server)
            return not_found(subject, queue, job_id);
        break;
    case IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS:
        return {"printer.cups_not_accepting",
                "the CUPS queue '" + std::string(queue) + "' rejects jobs: " + said,
                "Máy in " + quoted(queue) +
                    " đang không nhận lệnh in — nhờ quản lý bật lại hàng đợi in."};
    case IPP_STATUS_ERROR_FORBIDDEN:
    case IPP_STATUS_ERROR_NOT_AUTHORIZED:
    case IPP_STATUS_ERROR_NOT_AUTHENTICATED:
        return {"printer.cups_forbidden", "CUPS refused the request: " + said,
                "Máy bán hàng không được phép in qua CUPS — gọi kỹ thuật."};
    default:
        break;
    }
    return {"printer.cups_failed",
            "CUPS answered " + std::string(ippErrorString(status)) + ": " + said,
            "Dịch vụ in (CUPS) báo lỗi — thử lại, nếu vẫn lỗi thì gọi kỹ thuật."};
}

Error last_cups_error(CupsSubject subject, std::string_view queue, int job_id) {
    return cups_error(cupsLastError(), cupsLastErrorString(), subject, queue, job_id);
}

Result<IppMessage> cups_request(http_t* http, ipp_t* request, CupsSubject subject,
                                std::string_view queue, int job_id) {
    IppMessage response(cupsDoRequest(http, request, "/"));
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return fail(last_cups_error(subject, queue, job_id));
    return response;
}

} // namespace ocop::drivers
