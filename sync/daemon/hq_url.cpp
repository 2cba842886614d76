#include "sync/daemon/hq_url.h"

#include <arpa/inet.h>

namespace ocop::syncd {

namespace {

std::unexpected<Error> bad_url(std::string_view url, std::string_view why) {
    return fail("syncd.bad_url",
                "head office URL \"" + std::string(url) + "\" is not usable: " + std::string(why),
                "Địa chỉ máy chủ văn phòng \"" + std::string(url) +
                    "\" không hợp lệ (cần dạng https://máy-chủ:cổng).");
}

} // namespace

bool is_loopback_host(std::string_view host) {
    if (host == "localhost" || host == "::1")
        return true;
    in_addr address{};
    const std::string text(host);
    if (inet_pton(AF_INET, text.c_str(), &address) != 1)
        return false;
    return (ntohl(address.s_addr) >> 24) == 127;
}

Result<HqUrl> parse_hq_url(std::string_view url) {
    HqUrl parsed;
    std::string_view rest;
    if (url.starts_with("https://")) {
        parsed.scheme = "https";
        rest = url.substr(8);
    } else if (url.starts_with("http://")) {
        parsed.scheme = "http";
        rest = url.substr(7);
    } else {
        return bad_url(url, "it must start with https:// (or http:// to this machine)");
    }
    const auto authority = rest.substr(0, rest.find('/'));
    if (authority.empty() || authority.find('@') != std::string_view::npos ||
        rest.find_first_of("?#") != std::string_view::npos)
        return bad_url(url, "it needs a host, and no user, query or fragment");
    if (authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return bad_url(url, "an IPv6 address needs its closing ]");
        parsed.host = std::string(authority.substr(1, close - 1));
    } else {
        parsed.host = std::string(authority.substr(0, authority.find(':')));
    }
    if (parsed.host.empty())
        return bad_url(url, "it has no host");
    if (parsed.scheme == "http" && !is_loopback_host(parsed.host)) {
        return fail("syncd.insecure_url",
                    "plain http is accepted only to this machine (localhost, 127.0.0.0/8, ::1), "
                    "not to " +
                        parsed.host + ": use https",
                    "Chỉ được kết nối không mã hoá (http) tới chính máy này. Hãy dùng địa chỉ "
                    "https:// của máy chủ văn phòng.");
    }
    parsed.base = std::string(url);
    while (parsed.base.ends_with('/'))
        parsed.base.pop_back();
    return parsed;
}

} // namespace ocop::syncd
