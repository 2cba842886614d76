#include "sync/hq/server/exchange.h"

#include "sync/hq/server/office_reports.h"

#include <algorithm>
#include <charconv>
#include <ostream>

namespace ocop::hq {

namespace {

bool is_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
            return false;
    }
    return true;
}

// The auth scheme's name is case-insensitive (RFC 9110).
bool same_ascii_letters(std::string_view a, std::string_view b) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](char x, char y) { return lower(x) == lower(y); });
}

sync::ProtocolError unknown_token() {
    return sync::ProtocolError{
        401, "auth.unknown_token", "no bearer token, or one head office does not know",
        "Thiếu mã truy cập (token) hoặc trụ sở không nhận ra mã này.", std::nullopt};
}

} // namespace

void RefusalLog::write(const httplib::Request& request, const sync::ProtocolError& error) {
    const std::string line = "ocop-hq: refused " + std::to_string(error.status) + " " + error.code +
                             ": " + error.message + " (from " + request.remote_addr + ", " +
                             request.method + " " + request.path + ")\n";
    const std::lock_guard lock(mutex_);
    out_ << line << std::flush;
}

sync::ProtocolError protocol_error(int status, const Error& error) {
    return sync::ProtocolError{status, error.code, error.message_en, error.message_vi,
                               std::nullopt};
}

sync::ProtocolError storage_error(const Error& error) {
    return protocol_error(error.code.starts_with("db.") ? 500 : 400, error);
}

sync::ProtocolError bad_message(std::string english, std::string vietnamese) {
    return sync::ProtocolError{400, "sync.bad_message", std::move(english), std::move(vietnamese),
                               std::nullopt};
}

void send_json(httplib::Response& response, int status, const nlohmann::json& body) {
    response.status = status;
    // Exactly "application/json": httplib 0.11 compresses only the content
    // types it knows by their exact name (and any text/*).
    response.set_content(json_text(body), "application/json");
}

void send_csv(httplib::Response& response, const std::string& text) {
    response.status = 200;
    response.set_content(text, "text/csv; charset=utf-8");
}

void refuse(const Endpoints& endpoints, const httplib::Request& request,
            httplib::Response& response, const sync::ProtocolError& error) {
    endpoints.log.write(request, error);
    send_json(response, error.status, sync::to_json(error));
}

Answer<std::string> read_body(httplib::Response& response, const httplib::ContentReader& reader) {
    std::string body;
    bool too_large = false;
    // httplib 0.11 inflates a gzip body itself but limits only the bytes on
    // the wire (set_payload_max_length, and not at all for a chunked body):
    // the inflated size is counted here, and reading stops at the limit.
    const bool complete = reader([&](const char* data, std::size_t length) {
        if (body.size() + length > sync::kMaxBodyBytes) {
            too_large = true;
            return false;
        }
        body.append(data, length);
        return true;
    });
    if (too_large || response.status == 413) {
        // The rest of the body was not read: the connection cannot carry
        // another request.
        response.set_header("Connection", "close");
        return std::unexpected(sync::ProtocolError{
            413, "sync.body_too_large",
            "the body passes " + std::to_string(sync::kMaxBodyBytes) + " bytes (after gunzip)",
            "Dữ liệu gửi lên quá lớn (quá " + std::to_string(sync::kMaxBodyBytes >> 20) + " MiB).",
            std::nullopt});
    }
    if (!complete) {
        response.set_header("Connection", "close");
        return std::unexpected(
            bad_message("the body could not be read (a broken gzip stream or a cut connection)",
                        "Không đọc được dữ liệu gửi lên (gzip hỏng hoặc kết nối bị ngắt)."));
    }
    return body;
}

Answer<Principal> authenticate(HeadOffice& office, const httplib::Request& request) {
    const std::string header = request.get_header_value("Authorization");
    constexpr std::string_view scheme = "Bearer ";
    if (header.size() <= scheme.size() ||
        !same_ascii_letters(header.substr(0, scheme.size()), scheme))
        return std::unexpected(unknown_token());
    const std::string token = header.substr(scheme.size());
    auto principal = office.authenticate(token);
    if (!principal)
        return std::unexpected(storage_error(principal.error()));
    if (!*principal)
        return std::unexpected(unknown_token());
    return **principal;
}

Answer<Principal> authenticate_office(HeadOffice& office, const httplib::Request& request) {
    auto who = authenticate(office, request);
    if (who && who->role != Principal::Role::office) {
        return std::unexpected(sync::ProtocolError{
            403, "auth.office_only", "this endpoint is for head office tokens only",
            "Chỉ mã truy cập của trụ sở mới được xem dữ liệu này.", std::nullopt});
    }
    return who;
}

Answer<void> only_parameters(const httplib::Request& request,
                             std::initializer_list<std::string_view> known) {
    for (const auto& [name, value] : request.params) {
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            return std::unexpected(bad_message("unknown query parameter \"" + name + "\"",
                                               "Tham số \"" + name + "\" không được hỗ trợ."));
        }
    }
    return {};
}

std::optional<std::string> parameter(const httplib::Request& request, const std::string& name) {
    if (!request.has_param(name.c_str()))
        return std::nullopt;
    std::string value = request.get_param_value(name.c_str());
    if (value.empty())
        return std::nullopt;
    return value;
}

Answer<std::optional<std::string>> date_parameter(const httplib::Request& request,
                                                  const std::string& name) {
    auto value = parameter(request, name);
    if (value && !is_date(*value)) {
        return std::unexpected(bad_message(name + " must be a date YYYY-MM-DD",
                                           name + " phải là ngày dạng YYYY-MM-DD."));
    }
    return value;
}

Answer<std::optional<std::int64_t>> number_parameter(const httplib::Request& request,
                                                     const std::string& name, std::int64_t min,
                                                     std::int64_t max) {
    const auto value = parameter(request, name);
    if (!value)
        return std::nullopt;
    std::int64_t number = 0;
    const auto [end, problem] =
        std::from_chars(value->data(), value->data() + value->size(), number);
    if (problem != std::errc{} || end != value->data() + value->size() || number < min ||
        number > max) {
        return std::unexpected(bad_message(name + " must be a whole number from " +
                                               std::to_string(min) + " to " + std::to_string(max),
                                           name + " phải là số nguyên từ " + std::to_string(min) +
                                               " đến " + std::to_string(max) + "."));
    }
    return number;
}

} // namespace ocop::hq
