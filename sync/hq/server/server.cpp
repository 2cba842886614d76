#include "sync/hq/server/server.h"

#include "sync/hq/server/exchange.h"
#include "sync/hq/server/office_reports.h"

#include <atomic>
#include <chrono>
#include <httplib.h>
#include <thread>

namespace ocop::hq {

struct HqServer::Parts {
    Parts(std::ostream& log_stream, std::unique_ptr<OfficePool> pool,
          std::function<std::string()> now)
        : log(log_stream), endpoints{std::move(pool), std::move(now), log} {}

    RefusalLog log;
    Endpoints endpoints;
    std::unique_ptr<httplib::Server> http;
    std::string url;
    std::atomic<bool> finished{false};
    std::atomic<bool> stop_requested{false};
};

namespace {

// Requests httplib answers before any endpoint sees them (no such path, a
// request line it cannot read) get the protocol's error body too, and are
// logged like every refusal.
void answer_unrouted(RefusalLog& log, const httplib::Request& request,
                     httplib::Response& response) {
    const bool not_found = response.status == 404;
    const sync::ProtocolError error{
        response.status, not_found ? "sync.not_found" : "sync.bad_message",
        not_found ? "no such endpoint" : "the request could not be read",
        not_found ? "Không có địa chỉ này trên máy chủ trụ sở."
                  : "Máy chủ trụ sở không đọc được yêu cầu.",
        std::nullopt};
    log.write(request, error);
    response.set_content(json_text(sync::to_json(error)), "application/json");
}

void answer_exception(RefusalLog& log, const httplib::Request& request, httplib::Response& response,
                      std::exception_ptr thrown) {
    std::string what = "unknown exception";
    try {
        std::rethrow_exception(thrown);
    } catch (const std::exception& exception) {
        what = exception.what();
    } catch (...) {
    }
    const sync::ProtocolError error{500, "hq.internal_error", "internal error: " + what,
                                    "Máy chủ trụ sở gặp lỗi nội bộ.", std::nullopt};
    log.write(request, error);
    response.status = 500;
    response.set_content(json_text(sync::to_json(error)), "application/json");
}

Result<std::unique_ptr<httplib::Server>> make_http_server(const std::optional<TlsFiles>& tls) {
    if (!tls)
        return std::make_unique<httplib::Server>();
    auto server =
        std::make_unique<httplib::SSLServer>(tls->certificate.c_str(), tls->private_key.c_str());
    if (!server->is_valid()) {
        return fail("hq.tls_failed",
                    "cannot use the certificate " + tls->certificate + " with the key " +
                        tls->private_key + " (unreadable, not PEM, or not a pair)",
                    "Không dùng được chứng chỉ " + tls->certificate + " với khoá " +
                        tls->private_key + " (không đọc được, không phải PEM hoặc không khớp).");
    }
    return server;
}

} // namespace

Result<void> check_transport(const ListenAddress& listen, const std::optional<TlsFiles>& tls) {
    if (tls && (tls->certificate.empty() || tls->private_key.empty())) {
        return fail("hq.tls_incomplete", "--tls-cert and --tls-key go together",
                    "Cần cả --tls-cert (chứng chỉ) và --tls-key (khoá riêng).");
    }
    if (!tls && !is_loopback(listen.host)) {
        return fail("hq.plain_http_refused",
                    "refusing plain HTTP on " + listen.host +
                        ", which is not a loopback address: tokens and sales would cross the "
                        "network unencrypted; give --tls-cert FILE --tls-key FILE",
                    "Không chạy HTTP không mã hoá trên địa chỉ " + listen.host +
                        " (không phải loopback): mã truy cập và dữ liệu bán hàng sẽ đi qua mạng "
                        "không được bảo vệ. Hãy dùng --tls-cert FILE --tls-key FILE.");
    }
    return {};
}

HqServer::HqServer(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}

HqServer::~HqServer() = default;

Result<std::unique_ptr<HqServer>> HqServer::create(ServerOptions options, std::ostream& log) {
    if (auto allowed = check_transport(options.listen, options.tls); !allowed)
        return fail(allowed.error());
    const std::size_t threads = std::max<std::size_t>(options.threads, 1);
    auto pool = OfficePool::open(options.storage, threads);
    if (!pool)
        return fail(pool.error());
    auto http = make_http_server(options.tls);
    if (!http)
        return fail(http.error());

    auto parts = std::make_unique<Parts>(log, std::move(*pool), std::move(options.now));
    parts->http = std::move(*http);
    httplib::Server& server = *parts->http;
    server.new_task_queue = [threads] {
        return new httplib::ThreadPool(threads);
    };
    // The raw body; the inflated size is checked while reading (read_body).
    server.set_payload_max_length(sync::kMaxBodyBytes);
    // A daemon pushes and pulls over one connection: keep it for 100
    // requests rather than httplib's 5 (a TLS handshake each time
    // otherwise), but idle for 2 s only: httplib holds a worker thread per
    // open connection, and a stop waits for idle connections to time out.
    server.set_keep_alive_max_count(100);
    server.set_keep_alive_timeout(2);
    // An answer is written in pieces (status and headers, then the body):
    // with Nagle's algorithm on, the body waits for the client's delayed
    // ACK, some 40 ms on every request of a kept-alive connection.
    server.set_tcp_nodelay(true);
    RefusalLog& refusals = parts->log;
    server.set_error_handler(httplib::Server::HandlerWithResponse(
        [&refusals](const httplib::Request& request, httplib::Response& response) {
            if (!response.body.empty())
                return httplib::Server::HandlerResponse::Unhandled; // an endpoint's own answer
            answer_unrouted(refusals, request, response);
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler([&refusals](const httplib::Request& request,
                                             httplib::Response& response,
                                             std::exception_ptr thrown) {
        answer_exception(refusals, request, response, thrown);
    });
    add_protocol_routes(server, parts->endpoints);
    add_office_routes(server, parts->endpoints);

    const ListenAddress& listen = options.listen;
    const int port = listen.port == 0
                         ? server.bind_to_any_port(listen.host)
                         : (server.bind_to_port(listen.host, listen.port) ? listen.port : -1);
    if (port < 0) {
        const std::string where = listen.url_host() + ":" + std::to_string(listen.port);
        return fail("hq.listen_failed",
                    "cannot listen on " + where +
                        " (the port is in use, or the address is not one of this machine's)",
                    "Không mở được cổng " + where +
                        " (cổng đang được dùng, hoặc địa chỉ không thuộc máy này).");
    }
    parts->url = std::string(options.tls ? "https" : "http") + "://" + listen.url_host() + ":" +
                 std::to_string(port);
    return std::unique_ptr<HqServer>(new HqServer(std::move(parts)));
}

std::string HqServer::url() const {
    return parts_->url;
}

bool HqServer::run() {
    const bool listened = parts_->stop_requested ? true : parts_->http->listen_after_bind();
    parts_->finished = true;
    return listened;
}

void HqServer::stop() {
    if (parts_->stop_requested.exchange(true))
        return;
    // httplib's stop() does nothing until its accept loop has started, and
    // must be called only once: wait for the loop, unless run() is over.
    while (!parts_->finished && !parts_->http->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (!parts_->finished)
        parts_->http->stop();
}

} // namespace ocop::hq
