#pragma once

// `ocop-hq serve`: the protocol endpoints of docs/sync.md and the office API
// over HTTP(S), answered by a pool of HeadOffice instances.

#include "common/error.h"
#include "sync/hq/head_office.h"
#include "sync/hq/server/listen_address.h"

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace httplib {
class Server;
}

namespace ocop::hq {

struct TlsFiles {
    std::string certificate; // PEM, the server's certificate (and its chain)
    std::string private_key; // PEM
};

struct ServerOptions {
    StorageLocation storage;
    ListenAddress listen;
    std::optional<TlsFiles> tls;
    std::size_t threads = 8;
    // The local instant ("2026-11-29T09:00:00+07:00") a request is handled at.
    std::function<std::string()> now;
};

// Plain HTTP only on a loopback address: anywhere else a token and a
// terminal's sales would cross the network in the clear
// (hq.plain_http_refused). Also: a certificate without its key.
Result<void> check_transport(const ListenAddress& listen, const std::optional<TlsFiles>& tls);

class HqServer {
public:
    // Checks the transport, opens the storage and binds the port; nothing is
    // answered before run().
    static Result<std::unique_ptr<HqServer>> create(ServerOptions options, std::ostream& log);
    HqServer(const HqServer&) = delete;
    HqServer& operator=(const HqServer&) = delete;
    ~HqServer();

    // "http://127.0.0.1:41234", with the port actually bound.
    std::string url() const;

    // Answers requests until stop(); false when listening failed.
    bool run();
    // From another thread (a signal watcher): stops run(), or makes a run()
    // not yet started return at once. Only once run() is called or coming.
    void stop();

private:
    struct Parts;
    explicit HqServer(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> parts_;
};

} // namespace ocop::hq
