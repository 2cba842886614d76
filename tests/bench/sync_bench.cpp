// Head office and the sync daemon, as real processes on loopback
// (docs/performance.md, "Sync"):
//   backlog  a terminal that sold 10,000 times offline pushes everything with
//            `ocop-syncd --once`, beside PouchDB replicating the same events
//            as documents to express-pouchdb (pouchdb_anchor/replicate.js,
//            when node and the modules tests/bench/run.sh installs are
//            there; never in --smoke), and beside the same events' rows
//            inserted by a bare `sqlite3` / `psql` transaction into a table
//            of the same shape
//   fleet    50 terminals pushing each sale as it is made, at once: sales per
//            second and the p50/p99 of one push
//   report   a sales report (settlement of a producer over a month) over
//            1,000,000 sale lines, beside the hand-written SQL run by
//            `sqlite3` / `psql`
// each on head office's SQLite file and on a private PostgreSQL cluster.
//
//   ocop_bench_sync [--smoke|--quick] [--only backlog|fleet|report] [--backend sqlite|postgres]
//                   [--pouchdb DIR]   (DIR holds the anchor's node_modules;
//                                      default build/<preset>/pouchdb-anchor)

#include "bench/bench.h"
#include "db/connection.h"
#include "db/outbox.h"
#include "pos/cart.h"
#include "pos/catalogue.h"
#include "pos/clock.h"
#include "pos/journal.h"
#include "pos/setup.h"
#include "pos/shift.h"
#include "pos/till.h"
#include "pos/users.h"
#include "support/child_process.h"
#include "support/private_postgres.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "sync/hq/head_office.h"
#include "sync/protocol/messages.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <curl/curl.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace ocop;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

template <class T>
T need(Result<T> result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "bench failed at %s: %s\n", what, result.error().log_line().c_str());
        std::exit(1);
    }
    return std::move(*result);
}

test::ProcessResult need_run(const std::string& program, const std::vector<std::string>& arguments,
                             const char* what,
                             const std::map<std::string, std::string>& environment = {}) {
    auto result = test::run_process(program, arguments, environment);
    if (result.exit_code != 0) {
        std::fprintf(stderr, "bench failed at %s (exit %d): %s%s\n", what, result.exit_code,
                     result.out.c_str(), result.err.c_str());
        std::exit(1);
    }
    return result;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

// Where head office keeps its data in this run: the storage option of every
// `ocop-hq` command, and the same store for the anchors' command-line tools.
struct Backend {
    std::string name;                // "SQLite" or "PostgreSQL"
    std::vector<std::string> option; // {"--db", FILE} or {"--pg", URL}
    hq::StorageLocation location;
};

// `ocop-hq serve` on a free loopback port, until the object goes.
class HeadOfficeServer {
public:
    HeadOfficeServer(const Backend& backend, const std::filesystem::path& log) {
        std::vector<std::string> arguments = backend.option;
        for (const char* word : {"serve", "--listen", "127.0.0.1:0", "--threads", "8"})
            arguments.emplace_back(word);
        process_ = std::make_unique<test::ChildProcess>(OCOP_HQ_BINARY, arguments, log);
        const auto deadline = Clock::now() + 30s;
        while (url_.empty()) {
            const std::string output = process_->output();
            const auto at = output.find("listening on ");
            if (at != std::string::npos && output.find('\n', at) != std::string::npos)
                url_ = trimmed(output.substr(at + 13, output.find('\n', at) - at - 13));
            else if (Clock::now() > deadline || !process_->running()) {
                std::fprintf(stderr, "bench failed: ocop-hq did not start: %s\n", output.c_str());
                std::exit(1);
            } else
                std::this_thread::sleep_for(20ms);
        }
    }
    const std::string& url() const { return url_; }

private:
    std::unique_ptr<test::ChildProcess> process_;
    std::string url_;
};

std::vector<std::string> hq_args(const Backend& backend, std::vector<std::string> words) {
    std::vector<std::string> arguments = backend.option;
    arguments.insert(arguments.end(), words.begin(), words.end());
    return arguments;
}

// A terminal of the Trà Vinh sample that has made `count` sales of three
// lines, none of them sent yet.
std::filesystem::path make_backlog_terminal(const test::TempDir& dir, int count) {
    const auto path = dir.file("terminal.db");
    auto db = need(db::Connection::open(path, db::OpenMode::CreateIfMissing), "open terminal");
    pos::SystemClock clock;
    pos::InitOptions options;
    options.sample = "travinh";
    options.terminal_code = "TV01-01";
    need(pos::initialize_database(db, clock, options), "sample");
    auto till = need(pos::open_till(db, clock), "till");
    const auto cashier = need(pos::authenticate(db, "thungan", "1111"), "cashier");
    need(pos::open_shift(till, cashier, pos::Money{1'000'000}), "shift");
    const auto policy = need(pos::cart_policy(db), "policy");
    const auto honey = need(pos::find_by_code(db, "8936010100114"), "honey");
    const auto second = need(pos::find_by_code(db, "TV-DSS-200"), "second product");
    for (int i = 0; i < count; ++i) {
        pos::Cart cart(policy);
        need(cart.add(honey, pos::Quantity::units(2)), "add");
        need(cart.add(second, pos::Quantity::units(1)), "add");
        need(cart.add(honey, pos::Quantity::units(1)), "add");
        need(pos::complete_sale(till, cart, cashier,
                                {{pos::PaymentMethod::Cash, cart.totals().total(), {}, {}}}),
             "sale");
    }
    return path;
}

// SQL that stores the same events as plain rows in one transaction: what
// any server would have to write at the least.
std::string bare_insert_sql(db::Connection& terminal) {
    auto rows = need(terminal.prepare("SELECT seq, type, created_at, payload, prev_hash, hash "
                                      "FROM outbox ORDER BY seq"),
                     "read outbox");
    const auto quoted = [](const std::string& text) {
        std::string out = "'";
        for (const char c : text) {
            out += c;
            if (c == '\'')
                out += '\'';
        }
        return out + "'";
    };
    std::string sql = "CREATE TABLE events (terminal TEXT, seq BIGINT, type TEXT, created_at TEXT, "
                      "payload TEXT, prev_hash TEXT, hash TEXT, PRIMARY KEY (terminal, seq));\n"
                      "BEGIN;\n";
    while (need(rows.step(), "step")) {
        sql += "INSERT INTO events VALUES ('TV01-01', " + std::to_string(rows.int64(0)) + ", " +
               quoted(rows.text(1)) + ", " + quoted(rows.text(2)) + ", " + quoted(rows.text(3)) +
               ", " + quoted(rows.text(4)) + ", " + quoted(rows.text(5)) + ");\n";
    }
    return sql + "COMMIT;\n";
}

// Seconds the anchor tool takes to run `sql` on a fresh store of the backend.
double run_anchor_sql(const Backend& backend, const test::TempDir& dir, const std::string& sql,
                      const std::string& database) {
    const auto file = dir.file(database + ".sql");
    std::ofstream(file) << sql;
    const auto start = Clock::now();
    if (backend.name == "SQLite") {
        need_run(test::find_program("sqlite3"),
                 {"-cmd", "PRAGMA journal_mode=WAL", "-cmd", "PRAGMA synchronous=FULL",
                  dir.file(database + ".sqlite").string(), ".read " + file.string()},
                 "sqlite3 anchor");
    } else {
        need_run(test::find_program("psql"),
                 {"-q", "-v", "ON_ERROR_STOP=1", backend.option[1], "-f", file.string()},
                 "psql anchor");
    }
    return seconds_since(start);
}

// The PouchDB anchor: where its node modules are, and its figure once
// measured (it does not depend on head office's backend).
struct PouchAnchor {
    std::filesystem::path modules; // the folder holding node_modules; empty: skipped
    std::optional<double> docs_per_second;
};

// The terminal's outbox as PouchDB documents: every event, its payload as
// JSON, keyed by terminal and sequence as head office keys them.
void write_documents(db::Connection& terminal, const std::filesystem::path& file) {
    auto rows = need(terminal.prepare("SELECT seq, type, created_at, payload, prev_hash, hash "
                                      "FROM outbox ORDER BY seq"),
                     "read outbox");
    nlohmann::json documents = nlohmann::json::array();
    while (need(rows.step(), "step")) {
        char id[40];
        std::snprintf(id, sizeof id, "TV01-01:%010lld", static_cast<long long>(rows.int64(0)));
        documents.push_back({{"_id", id},
                             {"seq", rows.int64(0)},
                             {"type", rows.text(1)},
                             {"created_at", rows.text(2)},
                             {"payload", nlohmann::json::parse(rows.text(3))},
                             {"prev_hash", rows.text(4)},
                             {"hash", rows.text(5)}});
    }
    std::ofstream(file) << documents.dump();
}

// PouchDB's documents per second replicating the terminal's events to
// express-pouchdb, or nothing (and why, on stderr) when it cannot run here.
std::optional<double> pouchdb_rate(db::Connection& terminal, const test::TempDir& dir,
                                   const std::filesystem::path& modules) {
    const std::string node = test::find_program("node");
    if (node.empty() || !std::filesystem::exists(modules / "node_modules" / "express-pouchdb")) {
        std::fprintf(stderr,
                     "note: PouchDB anchor skipped (needs node and %s/node_modules; "
                     "tests/bench/run.sh installs them)\n",
                     modules.c_str());
        return std::nullopt;
    }
    std::fprintf(stderr, "backlog: PouchDB replication of the same events...\n");
    const auto documents = dir.file("documents.json");
    write_documents(terminal, documents);
    const auto result =
        need_run(node,
                 {OCOP_SOURCE_DIR "/tests/bench/pouchdb_anchor/replicate.js", documents.string(),
                  dir.file("pouchdb").string()},
                 "PouchDB anchor", {{"NODE_PATH", (modules / "node_modules").string()}});
    return nlohmann::json::parse(result.out)["docs_per_second"].get<double>();
}

void bench_backlog(const Backend& backend, test::PrivatePostgres* postgres, int sales,
                   PouchAnchor& pouch, std::vector<bench::Row>& rows) {
    test::TempDir dir;
    std::fprintf(stderr, "backlog (%s): making %d sales offline...\n", backend.name.c_str(), sales);
    const auto terminal_path = make_backlog_terminal(dir, sales);
    auto terminal = need(db::Connection::open(terminal_path, db::OpenMode::ExistingOnly), "open");
    const std::int64_t events =
        need(terminal.query_int64("SELECT count(*) FROM outbox"), "count").value_or(0);

    HeadOfficeServer server(backend, dir.file("hq.log"));
    const std::string code = trimmed(
        need_run(OCOP_HQ_BINARY, hq_args(backend, {"terminal", "enroll-code", "TV01"}), "code")
            .out);
    need_run(OCOP_BINARY, {"--db", terminal_path.string(), "enroll", server.url(), code}, "enroll");

    const auto start = Clock::now();
    need_run(OCOP_SYNCD_BINARY, {"--db", terminal_path.string(), "--once"}, "ocop-syncd --once");
    const double pushed = seconds_since(start);

    // The anchor writes into a database of its own next to head office's.
    Backend anchor_backend = backend;
    if (postgres != nullptr)
        anchor_backend.option[1] = postgres->fresh_database();
    const double bare =
        run_anchor_sql(anchor_backend, dir, bare_insert_sql(terminal), "anchor_backlog");

    if (!pouch.docs_per_second && !pouch.modules.empty())
        pouch.docs_per_second = pouchdb_rate(terminal, dir, pouch.modules);
    const std::string what =
        std::to_string(sales) + "-sale backlog → head office (" + backend.name + "), events/s";
    if (pouch.docs_per_second) {
        rows.push_back({what, "events/s", static_cast<double>(events) / pushed,
                        "PouchDB → express-pouchdb, same events as documents",
                        *pouch.docs_per_second, "≥ 5×"});
    }
    rows.push_back({what, "events/s", static_cast<double>(events) / pushed,
                    "same rows, one bare transaction", static_cast<double>(events) / bare, ""});
    rows.push_back({"  the same, sales/s (" + std::to_string(events) + " events in " +
                        std::to_string(pushed).substr(0, 5) + " s)",
                    "sales/s", sales / pushed, "", 0, ""});
}

size_t collect_body(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

// One POST with libcurl; the HTTP status, the body in `answer`.
long post_json(CURL* curl, const std::string& url, const std::string& body,
               const std::string& token, std::string& answer) {
    answer.clear();
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    // As ocop-syncd does: no 100-continue round trip before the body.
    headers = curl_slist_append(headers, "Expect:");
    const std::string authorization = "Authorization: Bearer " + token;
    if (!token.empty())
        headers = curl_slist_append(headers, authorization.c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    long status = 0;
    if (curl_easy_perform(curl) == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    return status;
}

// A sale event's payload as terminal `code` would have written it: a real
// sale from the sample terminal with the ids that must be unique changed.
std::string sale_payload(const nlohmann::json& model, const std::string& code, int number) {
    nlohmann::json sale = model;
    char id[64];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%04d%08d", std::atoi(code.c_str() + 1),
                  number);
    sale["id"] = id;
    sale["terminal"] = code;
    sale["number"] = number;
    sale["receipt_no"] = code + "-" + std::to_string(number);
    return sale.dump();
}

void bench_fleet(const Backend& backend, int terminals, int sales_each,
                 std::vector<bench::Row>& rows) {
    test::TempDir dir;
    const auto model_terminal = make_backlog_terminal(dir, 1);
    auto model_db = need(db::Connection::open(model_terminal, db::OpenMode::ExistingOnly), "open");
    const auto model = nlohmann::json::parse(
        need(model_db.first_row("SELECT payload FROM outbox WHERE type = 'sale'"), "model")
            ->text(0));

    HeadOfficeServer server(backend, dir.file("hq.log"));
    std::vector<std::string> codes;
    for (int i = 0; i < terminals; ++i) {
        codes.push_back(trimmed(
            need_run(OCOP_HQ_BINARY, hq_args(backend, {"terminal", "enroll-code", "TV01"}), "code")
                .out));
    }

    std::mutex merge;
    bench::Timings latencies;
    std::atomic<int> failures = 0;
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int t = 0; t < terminals; ++t) {
        threads.emplace_back([&, t] {
            char code[16];
            std::snprintf(code, sizeof code, "B%03d", t + 1);
            CURL* curl = curl_easy_init();
            std::string answer;
            const sync::EnrolRequest enrol{codes[static_cast<std::size_t>(t)], code, "Bench",
                                           "TV01"};
            if (post_json(curl, server.url() + "/v1/enroll", sync::to_json(enrol).dump(), "",
                          answer) != 200) {
                ++failures;
                curl_easy_cleanup(curl);
                return;
            }
            const std::string token = nlohmann::json::parse(answer)["token"];
            std::vector<double> mine;
            std::string prev_hash(db::kGenesisHash);
            for (int n = 1; n <= sales_each; ++n) {
                db::OutboxEvent event{
                    n,         "sale", "2026-11-29T09:00:00+07:00", sale_payload(model, code, n),
                    prev_hash, {}};
                event.hash = db::event_hash(event.prev_hash, code, event.seq, event.type,
                                            event.created_at, event.payload);
                prev_hash = event.hash;
                const std::string body = sync::to_json(sync::PushRequest{code, {event}}).dump();
                const auto sent = Clock::now();
                if (post_json(curl, server.url() + "/v1/events", body, token, answer) != 200)
                    ++failures;
                mine.push_back(
                    std::chrono::duration<double, std::micro>(Clock::now() - sent).count());
            }
            curl_easy_cleanup(curl);
            std::lock_guard lock(merge);
            latencies.micros.insert(latencies.micros.end(), mine.begin(), mine.end());
        });
    }
    for (auto& thread : threads)
        thread.join();
    const double elapsed = seconds_since(start);
    if (failures > 0) {
        std::fprintf(stderr, "bench failed: %d pushes refused\n", failures.load());
        std::exit(1);
    }
    const std::string what =
        std::to_string(terminals) + " terminals at once (" + backend.name + ")";
    rows.push_back({what + ", sales/s", "sales/s", terminals * sales_each / elapsed, "", 0, ""});
    rows.push_back({"  one push, p50", "ms", latencies.median() / 1000, "", 0, ""});
    rows.push_back({"  one push, p99", "ms", latencies.percentile(99) / 1000, "", 0, ""});
}

void bench_report(const Backend& backend, int lines, std::vector<bench::Row>& rows);

} // namespace

int main(int argc, char** argv) {
    bool smoke = false, quick = false;
    std::string only, backend_name;
    PouchAnchor pouch{OCOP_POUCHDB_DIR, std::nullopt};
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--smoke")
            smoke = true;
        else if (argument == "--quick") // a tenth of the sizes, the PouchDB anchor kept
            quick = true;
        else if (argument == "--only" && i + 1 < argc)
            only = argv[++i];
        else if (argument == "--backend" && i + 1 < argc)
            backend_name = argv[++i];
        else if (argument == "--pouchdb" && i + 1 < argc)
            pouch.modules = argv[++i];
    }
    if (smoke) {
        std::fprintf(stderr, "note: --smoke skips the PouchDB anchor\n");
        pouch.modules.clear();
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    test::TempDir dir;
    std::vector<bench::Row> rows;
    std::unique_ptr<test::PrivatePostgres> postgres;
    std::vector<Backend> backends;
    if (backend_name.empty() || backend_name == "sqlite") {
        const auto file = dir.file("hq.sqlite").string();
        backends.push_back({"SQLite", {"--db", file}, {hq::StorageLocation::Kind::sqlite, file}});
    }
    if (backend_name.empty() || backend_name == "postgres") {
        postgres = std::make_unique<test::PrivatePostgres>();
        const std::string url = postgres->fresh_database();
        backends.push_back(
            {"PostgreSQL", {"--pg", url}, {hq::StorageLocation::Kind::postgres, url}});
    }
    for (const auto& backend : backends) {
        need_run(OCOP_HQ_BINARY, hq_args(backend, {"init", "--sample", "travinh"}), "init");
        if (only.empty() || only == "backlog")
            bench_backlog(backend, postgres.get(),
                          smoke   ? 50
                          : quick ? 1'000
                                  : 10'000,
                          pouch, rows);
        if (only.empty() || only == "fleet")
            bench_fleet(backend, smoke ? 4 : 50, smoke ? 5 : quick ? 10 : 100, rows);
        if (only.empty() || only == "report")
            bench_report(backend, smoke ? 5'000 : quick ? 100'000 : 1'000'000, rows);
    }
    bench::print_table(rows);
    curl_global_cleanup();
    return 0;
}

namespace {

// A real five-line sale made at a sample terminal, and the producer of its
// first line: the model of every sale the report bench stores.
struct ModelSale {
    nlohmann::json payload;
    std::string producer;
};

ModelSale five_line_sale(const test::TempDir& dir) {
    const auto path = dir.file("model.db");
    auto db = need(db::Connection::open(path, db::OpenMode::CreateIfMissing), "open model");
    pos::SystemClock clock;
    pos::InitOptions options;
    options.sample = "travinh";
    need(pos::initialize_database(db, clock, options), "sample");
    auto till = need(pos::open_till(db, clock), "till");
    const auto cashier = need(pos::authenticate(db, "thungan", "1111"), "cashier");
    need(pos::open_shift(till, cashier, pos::Money{1'000'000}), "shift");
    pos::Cart cart(need(pos::cart_policy(db), "policy"));
    auto skus = need(db.prepare("SELECT sku FROM products WHERE active = 1 AND weighed = 0 "
                                "AND producer_id IS NOT NULL ORDER BY id"),
                     "skus");
    // Products the policy blocks (a suspended certification) are skipped.
    while (cart.lines().size() < 5 && need(skus.step(), "step")) {
        auto product = pos::find_by_code(db, skus.text(0));
        if (product)
            (void)cart.add(*product, pos::Quantity::units(1));
    }
    need(pos::complete_sale(till, cart, cashier,
                            {{pos::PaymentMethod::Cash, cart.totals().total(), {}, {}}}),
         "sale");
    ModelSale model;
    model.payload = nlohmann::json::parse(
        need(db.first_row("SELECT payload FROM outbox WHERE type = 'sale'"), "payload")->text(0));
    model.producer =
        need(db.first_row("SELECT pr.code FROM products p JOIN producers pr ON pr.id = "
                          "p.producer_id WHERE p.sku = ?",
                          model.payload["lines"][0]["sku"].get<std::string>()),
             "producer")
            ->text(0);
    return model;
}

// Fills head office, in-process, with `sales` copies of the model spread
// over November 2026, from one terminal, in batches of the protocol's size.
void store_sales(hq::HeadOffice& office, const Backend& backend, const ModelSale& model,
                 int sales) {
    const std::string code = trimmed(
        need_run(OCOP_HQ_BINARY, hq_args(backend, {"terminal", "enroll-code", "TV02"}), "code")
            .out);
    const auto enrolled =
        office.enrol({code, "R001", "Report", "TV02"}, "2026-11-01T08:00:00+07:00");
    if (!enrolled) {
        std::fprintf(stderr, "bench failed: enrol %s\n", enrolled.error().code.c_str());
        std::exit(1);
    }
    const auto who = need(office.authenticate(enrolled->token), "authenticate");
    std::string prev_hash(db::kGenesisHash);
    sync::PushRequest batch{"R001", {}};
    for (int n = 1; n <= sales; ++n) {
        nlohmann::json sale = model.payload;
        char id[64], at[32];
        std::snprintf(id, sizeof id, "00000000-0000-4000-9000-%012d", n);
        std::snprintf(at, sizeof at, "2026-11-%02dT%02d:%02d:00+07:00", 1 + n % 30, 8 + n % 12,
                      n % 60);
        sale["id"] = id;
        sale["terminal"] = "R001";
        sale["store"] = "TV02";
        sale["number"] = n;
        sale["receipt_no"] = "R001-" + std::to_string(n);
        sale["created_at"] = at;
        db::OutboxEvent event{n, "sale", at, sale.dump(), prev_hash, {}};
        event.hash = db::event_hash(prev_hash, "R001", n, "sale", at, event.payload);
        prev_hash = event.hash;
        batch.events.push_back(std::move(event));
        if (batch.events.size() == sync::kMaxBatchEvents || n == sales) {
            const auto stored = office.receive_events(*who, batch, "2026-11-30T22:00:00+07:00");
            if (!stored) {
                std::fprintf(stderr, "bench failed: push %s\n", stored.error().message.c_str());
                std::exit(1);
            }
            batch.events.clear();
        }
    }
}

// The settlement as one hand-written statement, for sqlite3 and psql alike.
std::string settlement_sql(const std::string& producer) {
    return "SELECT l.sku, sum(CASE WHEN s.kind = 'sale' THEN l.quantity_milli ELSE 0 END), "
           "sum(CASE WHEN s.kind = 'sale' THEN l.amount ELSE 0 END), "
           "sum(CASE WHEN s.kind = 'refund' THEN -l.quantity_milli ELSE 0 END), "
           "sum(CASE WHEN s.kind = 'refund' THEN -l.amount ELSE 0 END), sum(l.amount) "
           "FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.sku = l.sku "
           "WHERE p.producer = '" +
           producer +
           "' AND s.created_at >= '2026-11-01' AND s.created_at < '2026-12-01' "
           "GROUP BY l.sku ORDER BY l.sku;\n";
}

void bench_report(const Backend& backend, int lines, std::vector<bench::Row>& rows) {
    test::TempDir dir;
    const ModelSale model = five_line_sale(dir);
    const int per_sale = static_cast<int>(model.payload["lines"].size());
    const int sales = lines / per_sale;
    auto office = need(hq::HeadOffice::open(backend.location), "open head office");
    std::fprintf(stderr, "report (%s): storing %d sales of %d lines...\n", backend.name.c_str(),
                 sales, per_sale);
    store_sales(office, backend, model, sales);

    const int runs = 5;
    const auto report = bench::measure(
        runs,
        [&](int) { need(office.settlement(model.producer, "2026-11-01", "2026-11-30"), "report"); },
        1);
    const auto sql_file = dir.file("report.sql");
    std::ofstream(sql_file) << settlement_sql(model.producer);
    const auto anchor = bench::measure(
        runs,
        [&](int) {
            if (backend.name == "SQLite")
                need_run(test::find_program("sqlite3"),
                         {backend.option[1], ".read " + sql_file.string()}, "sqlite3");
            else
                need_run(test::find_program("psql"),
                         {"-q", backend.option[1], "-f", sql_file.string()}, "psql");
        },
        1);
    rows.push_back(
        {"settlement report over " + std::to_string(sales * per_sale) + " lines (" + backend.name +
             ")",
         "ms p50", report.median() / 1000,
         backend.name == "SQLite" ? "sqlite3, same SQL by hand" : "psql, same SQL by hand",
         anchor.median() / 1000, "≤ 1.5×"});
}

} // namespace
