#include "drivers/printer/cups_messages.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace ocop::drivers {

namespace {

// Most serious first: when a printer reports several reasons at once (an
// empty roll usually also sets "offline"), the cashier hears the one they can
// act on. Keywords from RFC 8011 §5.4.12 and the PWG's registry; a USB
// thermal printer reports some of them through CUPS's usb backend, a network
// one none (CUPS cannot see them over AppSocket: the DLE EOT check fills in).
constexpr std::array<std::pair<std::string_view, std::string_view>, 13> kReasons{{
    {"media-empty", printer_message::paper_out},
    {"media-needed", printer_message::paper_out},
    {"cover-open", printer_message::cover_open},
    {"door-open", printer_message::cover_open},
    {"media-jam", printer_message::paper_jam},
    {"offline", printer_message::unreachable},
    {"connecting-to-device", printer_message::unreachable},
    {"timed-out", printer_message::unreachable},
    {"shutdown", printer_message::unreachable},
    {"paused", printer_message::paused},
    {"other", printer_message::printer_error},
    {"media-low", printer_message::paper_low},
    {"moving-to-paused", printer_message::paused},
}};

// What CUPS 2.4's socket, usb and ipp backends write when the device cannot
// be reached or drops the connection (backend/socket.c, backend/runloop.c).
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kBackendMessages{{
    {"not responding", printer_message::unreachable},
    {"unreachable", printer_message::unreachable},
    {"may not exist", printer_message::unreachable},
    {"unable to connect", printer_message::unreachable},
    {"unable to locate printer", printer_message::unreachable},
    {"waiting for printer to become available", printer_message::unreachable},
    {"unable to write print data", printer_message::disconnected},
}};

std::string_view without_severity(std::string_view keyword) {
    for (const std::string_view suffix : {"-error", "-warning", "-report"})
        if (keyword.ends_with(suffix))
            return keyword.substr(0, keyword.size() - suffix.size());
    return keyword;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

std::vector<std::string> state_reason_keywords(std::string_view reasons) {
    std::vector<std::string> keywords;
    while (!reasons.empty()) {
        const auto comma = reasons.find(',');
        const auto keyword = without_severity(trimmed(reasons.substr(0, comma)));
        if (!keyword.empty() && keyword != "none")
            keywords.emplace_back(keyword);
        reasons = comma == std::string_view::npos ? std::string_view{} : reasons.substr(comma + 1);
    }
    return keywords;
}

std::string message_for_state_reasons(std::string_view reasons) {
    const auto keywords = state_reason_keywords(reasons);
    for (const auto& [keyword, message] : kReasons)
        if (std::find(keywords.begin(), keywords.end(), keyword) != keywords.end())
            return std::string(message);
    return {};
}

std::string message_for_backend_message(std::string_view message) {
    const auto text = lower(message);
    for (const auto& [fragment, said] : kBackendMessages)
        if (text.find(fragment) != std::string::npos)
            return std::string(said);
    return {};
}

} // namespace ocop::drivers
