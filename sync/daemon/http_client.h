#pragma once

// The daemon's HTTP(S) client, over libcurl: one connection kept to head
// office between exchanges, TLS verified (the system's CAs, or a CA file, and
// optionally a pinned public key), gzip both ways, timeouts on everything.
// It reports what was answered; what an answer means is the engine's.

#include "common/error.h"
#include "sync/daemon/hq_url.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::syncd {

struct TlsOptions {
    std::optional<std::string> ca_file;    // a PEM file of CAs to trust instead of the system's
    std::optional<std::string> pinned_key; // "sha256//BASE64" of the server's public key
};

struct HttpOptions {
    TlsOptions tls;
    std::chrono::seconds connect_timeout{10};
    std::chrono::seconds total_timeout{60}; // a whole exchange, body included
};

struct HttpResponse {
    long status = 0;
    std::string body; // inflated already when it came gzip-compressed
};

class HttpClient {
public:
    // syncd.bad_url / syncd.insecure_url for an address it may not use.
    static Result<HttpClient> create(std::string_view hq_url, HttpOptions options);
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;
    ~HttpClient();

    // The bearer token sent with every request from now on (none for enrolment).
    void set_token(std::string token);

    // An answer of any status; an Error only when none came: syncd.tls (the
    // certificate was refused), syncd.unreachable (no connection, timeout),
    // syncd.response_too_large, syncd.network (anything else on the way).
    Result<HttpResponse> get(std::string_view path_and_query);
    // POSTs JSON, gzip-compressed when `compress` (Content-Encoding: gzip).
    Result<HttpResponse> post_json(std::string_view path, std::string_view json, bool compress);

    // Escapes a query parameter's value.
    std::string escape(std::string_view value) const;

    const HqUrl& url() const;

private:
    struct State;
    explicit HttpClient(std::unique_ptr<State> state);
    Result<HttpResponse> perform(std::string_view path, bool gzipped);
    std::unique_ptr<State> state_;
};

} // namespace ocop::syncd
