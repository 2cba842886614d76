#pragma once

// Head office's address as configured (`--hq`, setting sync.hq_url,
// `ocop enroll URL`): https, or plain http to this machine only, where no
// network can read the token (docs/sync.md, "Transport").

#include "common/error.h"

#include <string>
#include <string_view>

namespace ocop::syncd {

struct HqUrl {
    std::string scheme; // "https" or "http"
    std::string host;   // without brackets for IPv6
    std::string base;   // the URL without a trailing slash, to which /v1/... is appended
};

// syncd.bad_url for something that is not an http(s) URL; syncd.insecure_url
// for http to a host other than localhost, 127.0.0.0/8 or ::1.
Result<HqUrl> parse_hq_url(std::string_view url);

bool is_loopback_host(std::string_view host);

} // namespace ocop::syncd
