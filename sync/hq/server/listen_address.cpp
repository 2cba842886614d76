#include "sync/hq/server/listen_address.h"

#include <arpa/inet.h>
#include <charconv>

namespace ocop::hq {

namespace {

Error bad_listen(std::string_view text) {
    return Error{"hq.bad_listen",
                 "--listen takes HOST:PORT (a port from 0 to 65535), not \"" + std::string(text) +
                     "\"",
                 "--listen cần dạng HOST:PORT (cổng từ 0 đến 65535), không phải \"" +
                     std::string(text) + "\"."};
}

} // namespace

std::string ListenAddress::url_host() const {
    return host.find(':') == std::string::npos ? host : "[" + host + "]";
}

Result<ListenAddress> parse_listen_address(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return fail(bad_listen(text));
    std::string_view host = text.substr(0, colon);
    const std::string_view port_text = text.substr(colon + 1);
    if (host.starts_with('[')) {
        if (!host.ends_with(']') || host.size() < 3)
            return fail(bad_listen(text));
        host = host.substr(1, host.size() - 2);
    } else if (host.find(':') != std::string_view::npos) {
        return fail(bad_listen(text)); // an IPv6 address needs its brackets
    }
    int port = -1;
    const auto [end, problem] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (problem != std::errc{} || end != port_text.data() + port_text.size() || port < 0 ||
        port > 65535)
        return fail(bad_listen(text));
    return ListenAddress{std::string(host), port};
}

bool is_loopback(std::string_view host) {
    if (host == "localhost")
        return true;
    const std::string text(host);
    in_addr v4{};
    if (inet_pton(AF_INET, text.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.c_str(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6);
    return false;
}

} // namespace ocop::hq
