#include "sync/daemon/daemon.h"

#include "db/connection.h"
#include "db/sync_state.h"
#include "sync/daemon/backoff.h"
#include "sync/daemon/http_client.h"
#include "sync/daemon/signal_watch.h"
#include "sync/daemon/sync_engine.h"
#include "sync/daemon/terminal_identity.h"
#include "sync/daemon/token_file.h"
#include "sync/protocol/local_time.h"

#include <charconv>
#include <ostream>
#include <random>

namespace ocop::syncd {

namespace {

std::unexpected<Error> usage_error(const std::string& english, const std::string& vietnamese) {
    return fail("cli.usage", english, vietnamese);
}

Result<std::chrono::seconds> parse_seconds(const std::string& text) {
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < 1 || value > 86'400)
        return usage_error("--pull-interval needs a number of seconds from 1 to 86400",
                           "--pull-interval cần số giây từ 1 đến 86400.");
    return std::chrono::seconds(value);
}

void print_error(std::ostream& err, const Error& error) {
    err << error.message_vi << "\n" << error.log_line() << "\n";
}

// What one exchange needs: the client with the current token (re-read each
// round, so a till enrolled again needs no restart for its new token).
struct Session {
    TerminalIdentity terminal;
    SyncConfig config;
};

Result<Session> open_session(db::Connection& db, const SyncOverrides& overrides) {
    auto terminal = read_terminal_identity(db);
    if (!terminal)
        return fail(terminal.error());
    auto config = resolve_sync_config(db, overrides);
    if (!config)
        return fail(config.error());
    return Session{std::move(*terminal), std::move(*config)};
}

Result<HttpClient> connect(const Session& session) {
    auto client = HttpClient::create(session.config.hq_url, HttpOptions{session.config.tls});
    if (!client)
        return fail(client.error());
    auto token = read_token_file(session.config.token_file);
    if (!token)
        return fail(token.error());
    client->set_token(std::move(*token));
    return client;
}

int run_once(db::Connection& db, const Session& session, std::ostream& out, std::ostream& err) {
    const LogLine log = [&err](const std::string& line) {
        err << line << "\n";
    };
    std::optional<Error> failure;
    if (auto client = connect(session); !client) {
        failure = client.error();
        record_failure(db, *failure, log);
    } else {
        SyncEngine engine(db, session.terminal, *client, log);
        if (auto pushed = engine.push_pending(); !pushed)
            failure = pushed.error();
        else if (auto pulled = engine.pull_changes(); !pulled)
            failure = pulled.error();
    }
    auto pending = db::read_sync_status(db, session.terminal.terminal);
    out << "pending " << (pending ? std::to_string(pending->pending_events) : "?") << "\n";
    if (failure) {
        print_error(err, *failure);
        return 1;
    }
    return pending ? 0 : 1;
}

// The service: what to do next is decided from the database each time, so
// nothing is lost by a stop at any point.
class ServiceLoop {
public:
    ServiceLoop(db::Connection& db, const Session& session, SignalWatch& signals,
                std::chrono::seconds pull_interval, std::ostream& log)
        : db_(db), session_(session), signals_(signals), pull_interval_(pull_interval), log_(log),
          random_(std::random_device{}()) {}

    int run() {
        for (;;) {
            if (push_due_ || pull_due_) {
                if (!exchange()) {
                    const auto wait = next_backoff(attempt_++, share_(random_));
                    say("head office away; next attempt in " + std::to_string(wait.count()) +
                        " ms (attempt " + std::to_string(attempt_) + ")");
                    const Wake woke = signals_.wait(wait);
                    if (woke == Wake::stop)
                        return stopped();
                    if (woke == Wake::pull_now)
                        pull_due_ = true;
                    continue;
                }
                attempt_ = 0;
            }
            const Wake woke = signals_.wait(kOutboxPoll);
            if (woke == Wake::stop)
                return stopped();
            if (woke == Wake::pull_now || Clock::now() >= next_pull_)
                pull_due_ = true;
            auto last = db_.query_int64("SELECT max(seq) FROM outbox WHERE terminal_id = ?",
                                        session_.terminal.terminal.id);
            if (!last || last->value_or(0) != seen_seq_)
                push_due_ = true;
        }
    }

private:
    using Clock = std::chrono::steady_clock;

    void say(const std::string& line) { log_ << line << "\n" << std::flush; }

    int stopped() {
        say("stopping (signal)");
        return 0;
    }

    // Pushes, then pulls if due; false when either failed (already recorded).
    bool exchange() {
        const LogLine log = [this](const std::string& line) {
            say(line);
        };
        auto client = connect(session_);
        if (!client) {
            record_failure(db_, client.error(), log);
            return false;
        }
        SyncEngine engine(db_, session_.terminal, *client, log);
        if (push_due_) {
            auto last = engine.last_outbox_seq();
            if (!last) {
                engine.record_error(last.error());
                return false;
            }
            if (!engine.push_pending())
                return false;
            seen_seq_ = *last;
            push_due_ = false;
        }
        if (pull_due_) {
            if (!engine.pull_changes())
                return false;
            pull_due_ = false;
            next_pull_ = Clock::now() + pull_interval_;
        }
        return true;
    }

    db::Connection& db_;
    const Session& session_;
    SignalWatch& signals_;
    std::chrono::seconds pull_interval_;
    std::ostream& log_;
    std::mt19937_64 random_;
    std::uniform_real_distribution<double> share_{0.0, 1.0};
    int attempt_ = 0;
    bool push_due_ = true; // at start: whatever waited while the daemon was down
    bool pull_due_ = true;
    std::int64_t seen_seq_ = -1;
    Clock::time_point next_pull_ = Clock::now();
};

} // namespace

std::string daemon_usage() {
    return "ocop-syncd — dịch vụ đồng bộ với văn phòng / the terminal's sync daemon\n\n"
           "Usage: ocop-syncd --db FILE [--hq URL] [--once] [--ca-file FILE]\n"
           "                  [--pinned-key sha256//BASE64] [--pull-interval SECONDS]\n\n"
           "  --db FILE            the terminal's database (shared with the terminal)\n"
           "  --hq URL             head office (default: setting sync.hq_url, set by ocop enroll)\n"
           "  --once               push and pull until nothing is left, print `pending N`, exit\n"
           "  --ca-file FILE       trust this PEM CA file (default: setting sync.ca_file, else "
           "the\n"
           "                       system's CAs)\n"
           "  --pinned-key KEY     also require head office's public key (setting "
           "sync.pinned_key)\n"
           "  --pull-interval S    pull head office's changes every S seconds (default 60);\n"
           "                       SIGUSR1 pulls at once, SIGTERM stops\n";
}

Result<DaemonOptions> parse_daemon_options(const std::vector<std::string>& arguments) {
    DaemonOptions options;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& word = arguments[i];
        if (word == "--help" || word == "-h") {
            options.help = true;
            continue;
        }
        if (word == "--once") {
            options.once = true;
            continue;
        }
        const bool takes_value = word == "--db" || word == "--hq" || word == "--ca-file" ||
                                 word == "--pinned-key" || word == "--pull-interval";
        if (!takes_value)
            return usage_error("unknown option " + word, "Không có tuỳ chọn " + word + ".");
        if (i + 1 >= arguments.size())
            return usage_error(word + " needs a value", "Tuỳ chọn " + word + " cần một giá trị.");
        const std::string& value = arguments[++i];
        if (word == "--db")
            options.database = value;
        else if (word == "--hq")
            options.overrides.hq_url = value;
        else if (word == "--ca-file")
            options.overrides.ca_file = value;
        else if (word == "--pinned-key")
            options.overrides.pinned_key = value;
        else if (auto seconds = parse_seconds(value); seconds)
            options.pull_interval = *seconds;
        else
            return fail(seconds.error());
    }
    if (!options.help && options.database.empty())
        return usage_error("--db FILE is required", "Cần chỉ ra cơ sở dữ liệu của quầy: --db TỆP.");
    return options;
}

int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
    auto options = parse_daemon_options(arguments);
    if (!options) {
        print_error(err, options.error());
        err << daemon_usage();
        return 2;
    }
    if (options->help) {
        out << daemon_usage();
        return 0;
    }
    auto db = db::Connection::open(options->database);
    if (!db) {
        print_error(err, db.error());
        if (options->once)
            out << "pending ?\n";
        return 1;
    }
    auto session = open_session(*db, options->overrides);
    if (!session) {
        // Recorded where the terminal shows it, when the file is a till's.
        (void)db::record_sync_error(*db, session.error().code, session.error().message_vi,
                                    sync::vietnam_now());
        print_error(err, session.error());
        if (options->once) {
            auto terminal = read_terminal_identity(*db);
            auto status = terminal ? db::read_sync_status(*db, terminal->terminal)
                                   : Result<db::SyncStatus>(std::unexpected(terminal.error()));
            out << "pending " << (status ? std::to_string(status->pending_events) : "?") << "\n";
        }
        return 1;
    }
    if (options->once)
        return run_once(*db, *session, out, err);
    auto signals = SignalWatch::open();
    if (!signals) {
        print_error(err, signals.error());
        return 1;
    }
    err << "ocop-syncd: terminal " << session->terminal.terminal.code << " of "
        << session->terminal.store_code << ", head office " << session->config.hq_url
        << ", pull every " << options->pull_interval.count() << " s\n"
        << std::flush;
    ServiceLoop loop(*db, *session, *signals, options->pull_interval, err);
    return loop.run();
}

} // namespace ocop::syncd
