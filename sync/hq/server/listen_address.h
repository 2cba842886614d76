#pragma once

// Where `ocop-hq serve --listen HOST:PORT` listens, and whether that address
// is loopback: plain HTTP is allowed only there (docs/sync.md, "Transport").

#include "common/error.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ocop::hq {

struct ListenAddress {
    std::string host; // as given, without the brackets of an IPv6 address
    int port = 0;     // 0: the system picks a free port

    // "127.0.0.1:8443", "[::1]:8443": the host as it goes into a URL.
    std::string url_host() const;
};

// Reads "HOST:PORT" or "[IPV6]:PORT" (hq.bad_listen).
Result<ListenAddress> parse_listen_address(std::string_view text);

// 127.0.0.0/8, ::1 and "localhost": the only hosts where nothing but this
// machine can see the traffic.
bool is_loopback(std::string_view host);

} // namespace ocop::hq
