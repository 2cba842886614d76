// `ocop-hq serve`: the HTTP(S) server, until SIGTERM or SIGINT.

#include "sync/hq/cli/command.h"
#include "sync/hq/server/server.h"

#include <csignal>
#include <ostream>
#include <pthread.h>
#include <thread>

namespace ocop::hq::cli {

namespace {

Result<ServerOptions> server_options(const Context& context, const Invocation& invocation) {
    ServerOptions options;
    options.storage = context.storage;
    auto listen_text = required_option(invocation, "--listen");
    if (!listen_text)
        return fail(listen_text.error());
    auto listen = parse_listen_address(*listen_text);
    if (!listen)
        return fail(listen.error());
    options.listen = *listen;
    const auto certificate = invocation.value("--tls-cert");
    const auto key = invocation.value("--tls-key");
    if (certificate || key)
        options.tls = TlsFiles{certificate.value_or(""), key.value_or("")};
    if (const auto threads = invocation.value("--threads")) {
        auto count = whole_number(*threads, "--threads");
        if (!count)
            return fail(count.error());
        if (*count < 1 || *count > 256) {
            return fail("hq.bad_number", "--threads is from 1 to 256",
                        "--threads là số từ 1 đến 256.");
        }
        options.threads = static_cast<std::size_t>(*count);
    }
    const LocalClock& clock = context.clock;
    options.now = [&clock] {
        return clock.now();
    };
    if (auto allowed = check_transport(options.listen, options.tls); !allowed)
        return fail(allowed.error());
    return options;
}

int serve(Context& context, const Invocation& invocation) {
    auto options = server_options(context, invocation);
    if (!options)
        return report(context, options.error(), kExitUsage);

    // SIGTERM and SIGINT are blocked in every thread (the mask is inherited,
    // so this comes before any thread starts) and taken by one watcher with
    // sigwait: stopping the server is then ordinary code, not a signal
    // handler, and needs no global variable.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    auto server = HqServer::create(std::move(*options), context.err);
    if (!server)
        return report(context, server.error());

    // The one line other processes wait for before they connect.
    context.out << "ocop-hq listening on " << (*server)->url() << std::endl;

    HqServer& running = **server;
    std::thread watcher([&running, &stop_signals] {
        int signal = 0;
        sigwait(&stop_signals, &signal);
        running.stop();
    });
    const bool listened = running.run();
    // run() may end without a signal (listening failed): wake the watcher.
    pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    if (!listened) {
        return report(context, Error{"hq.listen_failed", "the server stopped listening",
                                     "Máy chủ trụ sở đã ngừng nhận kết nối."});
    }
    context.err << "ocop-hq: stopped\n";
    return kExitOk;
}

} // namespace

std::vector<Command> serve_commands() {
    return {
        {{"serve",
          "",
          "chạy máy chủ HTTPS cho các quầy và trụ sở / run the HTTPS server for tills and head "
          "office (plain HTTP on loopback only)",
          "",
          {{"--listen", "HOST:PORT", "địa chỉ nghe (cổng 0: tự chọn) / address (port 0: any free)"},
           {"--tls-cert", "FILE", "chứng chỉ PEM / the server's PEM certificate"},
           {"--tls-key", "FILE", "khoá riêng PEM / its PEM private key"},
           {"--threads", "N", "số luồng (mặc định 8) / worker threads (default 8)"}},
          0,
          0},
         serve},
    };
}

} // namespace ocop::hq::cli
