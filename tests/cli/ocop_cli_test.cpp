// The `ocop` command as scripts and technicians use it: the real binary, run
// as a process, on real database files made with `ocop init --sample travinh`.
#include "cli/terminal.h"
#include "support/process.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

using ocop::test::ProcessResult;
using ocop::test::TempDir;
using ocop::test::Terminal;
using Json = nlohmann::json;

namespace {

std::string today() {
    const auto now = std::chrono::system_clock::now() + std::chrono::hours(7);
    const std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(now)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

} // namespace

TEST_CASE("ocop --help lists every command and each has its own help", "[cli]") {
    auto help = ocop::test::run_process(OCOP_BINARY, {"--help"});
    REQUIRE(help.exit_code == 0);
    for (const char* command : {"init",
                                "db migrate",
                                "db check",
                                "catalog search",
                                "catalog show",
                                "catalog import",
                                "sell",
                                "sales list",
                                "sales show",
                                "refund",
                                "stock",
                                "vietqr",
                                "shift open",
                                "shift close",
                                "shift show",
                                "user add",
                                "config set",
                                "sync status",
                                "enroll",
                                "stock receive",
                                "stock return",
                                "stock damage",
                                "stock transfer out",
                                "stock transfer in",
                                "stock transfers",
                                "stock count start",
                                "stock count scan",
                                "stock count report",
                                "stock count apply",
                                "stock threshold",
                                "stock slip"}) {
        INFO(command);
        CHECK(help.out.find("  " + std::string(command)) != std::string::npos);
        std::vector<std::string> words;
        std::string text(command);
        for (std::size_t start = 0; start <= text.size();) {
            auto end = std::min(text.find(' ', start), text.size());
            words.push_back(text.substr(start, end - start));
            start = end + 1;
        }
        words.push_back("--help");
        auto own = ocop::test::run_process(OCOP_BINARY, words);
        CHECK(own.exit_code == 0);
        CHECK(own.out.find("Usage: ocop") != std::string::npos);
    }
    auto sell = ocop::test::run_process(OCOP_BINARY, {"sell", "--help"});
    for (const char* option : {"--cashier", "--pin", "--scan", "--qty", "--pay", "--manager"})
        CHECK(sell.out.find(option) != std::string::npos);
}

TEST_CASE("a bad command line is refused with status 2 and a reason", "[cli]") {
    Terminal terminal;
    auto unknown = terminal.ocop({"frobnicate"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("cli.unknown_command") != std::string::npos);
    auto option = terminal.ocop({"stock", "--bogus"});
    CHECK(option.exit_code == 2);
    CHECK(option.err.find("--bogus") != std::string::npos);
    auto missing = terminal.ocop({"sales", "show"});
    CHECK(missing.exit_code == 2);
    auto json = terminal.ocop({"--json", "catalog", "show", "0000000000000"});
    CHECK(json.exit_code == 1);
    CHECK(Json::parse(json.err)["error"]["code"] == "catalog.unknown_code");
}

TEST_CASE("ocop init makes a sound database with the sample", "[cli]") {
    Terminal terminal;
    auto check = terminal.json({"db", "check"});
    CHECK(check["ok"] == true);
    CHECK(check["problems"].empty());
    auto again = terminal.ocop({"init", "--sample", "travinh"});
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("init.not_empty") != std::string::npos);
    auto migrate = terminal.ocop({"db", "migrate"});
    CHECK(migrate.exit_code == 0);
}

TEST_CASE("catalog search ignores accents and case; show gives barcodes", "[cli]") {
    Terminal terminal;
    auto plain = terminal.json({"catalog", "search", "mat hoa dua"});
    auto upper = terminal.json({"catalog", "search", "MẬT HOA DỪA"});
    REQUIRE(plain.size() >= 2);
    CHECK(plain == upper);
    CHECK(plain[0]["name_vi"].get<std::string>().starts_with("Mật hoa dừa"));
    CHECK(plain[0].contains("barcodes"));

    auto product = terminal.json({"catalog", "show", "8936010100114"});
    CHECK(product["sku"] == "TV-MHD-250");
    CHECK(product["price"] == 95000);
    CHECK(product["barcodes"].size() >= 1);
    CHECK_FALSE(product["certifications"].empty());

    auto text = terminal.ocop({"catalog", "show", "tv-mhd-250"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("95.000 ₫") != std::string::npos);
}

TEST_CASE("a headless sale goes through and shows in the sales list", "[cli]") {
    Terminal terminal;
    terminal.open_shift();
    auto sale = terminal.json({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                               "8936010100114", "--qty", "2", "--scan", "1001", "--qty", "1,25",
                               "--scan", "8936010600119", "--pay", "cash=600.000"});
    CHECK(sale["total"] == 585000);
    CHECK(sale["change_given"] == 15000);
    CHECK(sale["receipt_no"] == "TV01-01-000001");
    REQUIRE(sale["lines"].size() == 3);
    CHECK(sale["lines"][1]["quantity"] == "1.25");
    CHECK(sale["lines"][1]["amount"] == 350000);
    // Liquor stays at 10 %; the rest is 8 % until the end of 2026, then 10 %.
    const bool reduced = today() <= "2026-12-31";
    CHECK(sale["vat_total"] == 4091 + (reduced ? 40000 : 49091));

    auto list = terminal.json({"sales", "list"});
    REQUIRE(list.size() == 1);
    CHECK(list[0]["id"] == sale["id"]);
    auto shown = terminal.json({"sales", "show", sale["receipt_no"]});
    CHECK(shown == sale);

    auto stock = terminal.json({"stock", "--search", "lap xuong van thanh"});
    auto weighed = std::find_if(stock.begin(), stock.end(),
                                [](const Json& level) { return level["sku"] == "TV-LX-VT"; });
    REQUIRE(weighed != stock.end());
    CHECK((*weighed)["quantity_milli"] == 12500 - 1250);
    CHECK(terminal.json({"db", "check"})["ok"] == true);
}

TEST_CASE("a sale that cannot complete leaves nothing behind", "[cli]") {
    Terminal terminal;
    const std::vector<std::string> cashier{"sell", "--cashier", "thungan", "--pin", "1111"};
    auto no_shift = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                                   "8936010100114", "--pay", "cash=100000"});
    CHECK(no_shift.exit_code == 1);
    CHECK(no_shift.err.find("sale.no_open_shift") != std::string::npos);
    CHECK(no_shift.err.find("Chưa mở ca") != std::string::npos);

    terminal.open_shift();
    auto wrong_pin = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1112", "--scan",
                                    "8936010100114", "--pay", "cash=100000"});
    CHECK(wrong_pin.exit_code == 1);
    CHECK(wrong_pin.err.find("auth.wrong_pin") != std::string::npos);
    CHECK(wrong_pin.err.find("1112") == std::string::npos); // a PIN is never echoed

    auto unknown = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                                  "8930000000002", "--pay", "cash=100000"});
    CHECK(unknown.err.find("catalog.unknown_code") != std::string::npos);
    auto misread = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                                  "8930000000000", "--pay", "cash=100000"});
    CHECK(misread.err.find("code.bad_check_digit") != std::string::npos);
    auto unpaid = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                                 "8936010100114", "--pay", "cash=90000"});
    CHECK(unpaid.exit_code == 1);
    CHECK(unpaid.err.find("payment.unpaid") != std::string::npos);
    CHECK(unpaid.err.find("5.000 ₫") != std::string::npos); // what is still owed
    auto negative = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                                   "8936010100114", "--qty", "-1", "--pay", "cash=100000"});
    CHECK(negative.err.find("quantity.not_positive") != std::string::npos);
    auto qty_first = terminal.ocop(
        {"sell", "--cashier", "thungan", "--pin", "1111", "--qty", "2", "--pay", "cash=1"});
    CHECK(qty_first.err.find("cli.option_before_scan") != std::string::npos);

    CHECK(terminal.json({"sales", "list"}).empty());
    CHECK(terminal.json({"db", "check"})["ok"] == true);
}

TEST_CASE("a refund needs a manager and returns the goods", "[cli]") {
    Terminal terminal;
    terminal.open_shift();
    auto sale = terminal.json({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                               "8936010100114", "--qty", "3", "--pay", "card=285000:AB12CD"});
    const std::string id = sale["id"];

    auto alone = terminal.ocop({"refund", id, "--cashier", "thungan", "--pin", "1111"});
    CHECK(alone.exit_code == 1);
    CHECK(alone.err.find("refund.needs_manager") != std::string::npos);
    auto cashier_as_manager =
        terminal.ocop({"refund", id, "--cashier", "thungan", "--pin", "1111", "--manager",
                       "thungan", "--manager-pin", "1111", "--reason", "khách đổi ý"});
    CHECK(cashier_as_manager.err.find("auth.not_manager") != std::string::npos);

    auto refund =
        terminal.json({"refund", id, "--cashier", "thungan", "--pin", "1111", "--manager", "quanly",
                       "--manager-pin", "9999", "--reason", "hàng móp", "--line", "1:1"});
    CHECK(refund["kind"] == "refund");
    CHECK(refund["refund_of"] == id);
    CHECK(refund["total"] == -95000);
    CHECK(refund["approved_by"] == "quanly");
    auto too_much =
        terminal.ocop({"refund", id, "--cashier", "thungan", "--pin", "1111", "--manager", "quanly",
                       "--manager-pin", "9999", "--reason", "x", "--line", "1:3"});
    CHECK(too_much.err.find("refund.too_much") != std::string::npos);

    auto stock = terminal.json({"stock", "--search", "TV-MHD-250"});
    CHECK(stock[0]["quantity_milli"] == 4000 - 3000 + 1000);
    CHECK(terminal.json({"db", "check"})["ok"] == true);
}

TEST_CASE("a large discount needs a manager's PIN", "[cli]") {
    Terminal terminal;
    terminal.open_shift();
    auto refused = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                                  "8936010100114", "--discount", "20%", "--pay", "cash=100000"});
    CHECK(refused.err.find("cart.discount_needs_manager") != std::string::npos);
    auto approved =
        terminal.json({"sell", "--cashier", "thungan", "--pin", "1111", "--scan", "8936010100114",
                       "--discount", "20%", "--manager", "quanly", "--manager-pin", "9999",
                       "--reason", "khách quen", "--pay", "cash=100000"});
    CHECK(approved["total"] == 76000);
    CHECK(approved["approved_by"] == "quanly");
    CHECK(approved["approval_note"] == "khách quen");
}

TEST_CASE("shift close compares the count with the expected cash", "[cli]") {
    Terminal terminal;
    terminal.open_shift();
    terminal.json({"sell", "--cashier", "thungan", "--pin", "1111", "--scan", "8936010100114",
                   "--pay", "cash=100000"});
    auto closed = terminal.json(
        {"shift", "close", "--manager", "quanly", "--manager-pin", "9999", "--count", "1.090.000"});
    CHECK(closed["expected_cash"] == 1095000);
    CHECK(closed["variance"] == -5000);
    auto none = terminal.ocop({"shift", "show"});
    CHECK(none.err.find("shift.not_open") != std::string::npos);
}

TEST_CASE("ocop stock --low lists what is below its threshold", "[cli]") {
    Terminal terminal;
    auto low = terminal.json({"stock", "--low"});
    REQUIRE_FALSE(low.empty());
    for (const auto& level : low) {
        CHECK(level["low"] == true);
        CHECK(level["quantity_milli"].get<long>() < level["minimum_milli"].get<long>());
    }
    auto all = terminal.json({"stock"});
    CHECK(all.size() > low.size());
}

namespace {

long on_hand(const Terminal& terminal, const std::string& sku) {
    for (const auto& level : terminal.json({"stock", "--search", sku})) {
        if (level["sku"] == sku)
            return level["quantity_milli"].get<long>();
    }
    return 0;
}

} // namespace

TEST_CASE("ocop stock receive records a delivery note with a manager and draws its slip",
          "[cli][stock]") {
    Terminal terminal;
    const long before = on_hand(terminal, "TV-BT-BM");
    const auto slip = terminal.folder.file("slip.png");
    const std::vector<std::string> receive{
        "stock", "receive", "--producer", "HAILY",    "--scan",     "TV-BT-BM",     "--qty",
        "12",    "--lot",   "L1",         "--expiry", "2030-01-01", "--commission", "15"};
    // Without the manager's PIN nothing is written.
    auto refused = terminal.ocop(receive);
    CHECK(refused.exit_code == 1);
    auto wrong = receive;
    wrong.insert(wrong.end(), {"--manager", "quanly", "--manager-pin", "1234"});
    CHECK(terminal.ocop(wrong).exit_code == 1);
    CHECK(on_hand(terminal, "TV-BT-BM") == before);

    auto with_manager = receive;
    with_manager.insert(with_manager.end(),
                        {"--manager", "quanly", "--manager-pin", "9999", "--png", slip.string()});
    auto note = terminal.json(with_manager);
    CHECK(note["number"] == "TV01-01-PN000001");
    CHECK(std::filesystem::file_size(slip) > 0);
    CHECK(on_hand(terminal, "TV-BT-BM") == before + 12'000);

    auto damage = terminal.ocop({"stock", "damage", "--scan", "TV-BT-BM", "--qty", "2"});
    CHECK(damage.exit_code == 1);
    CHECK(damage.err.find("stock.reason_required") != std::string::npos);
    terminal.json({"stock", "damage", "--scan", "TV-BT-BM", "--qty", "2", "--reason", "Rách lá"});
    terminal.json({"stock", "return", "--producer", "HAILY", "--scan", "TV-BT-BM", "--qty", "1"});
    CHECK(on_hand(terminal, "TV-BT-BM") == before + 9'000);

    auto too_much = terminal.ocop(
        {"stock", "transfer", "out", "--to", "TV02", "--scan", "TV-BT-BM", "--qty", "100000"});
    CHECK(too_much.exit_code == 1);
    CHECK(too_much.err.find("stock.not_enough") != std::string::npos);
    auto sent = terminal.json(
        {"stock", "transfer", "out", "--to", "TV02", "--scan", "TV-BT-BM", "--qty", "3"});
    CHECK(sent["transfer_id"] == "TV01-01-CK000001");
    CHECK(on_hand(terminal, "TV-BT-BM") == before + 6'000);
    auto own = terminal.ocop(
        {"stock", "transfer", "in", "TV01-01-CK000001", "--scan", "TV-BT-BM", "--qty", "3"});
    CHECK(own.err.find("stock.own_transfer") != std::string::npos);

    auto expiring = terminal.json({"stock", "--expiring", "--days", "100000"});
    REQUIRE(expiring.size() >= 1);
    CHECK(expiring[0]["lot"] == "L1");
}

TEST_CASE("ocop stock transfer in confirms a transfer once", "[cli][stock]") {
    Terminal terminal;
    const long before = on_hand(terminal, "TV-BT-NG");
    const std::vector<std::string> confirm{"stock",  "transfer", "in",     "TV02-01-CK000007",
                                           "--from", "TV02",     "--scan", "TV-BT-NG",
                                           "--qty",  "2"};
    terminal.json(confirm);
    CHECK(on_hand(terminal, "TV-BT-NG") == before + 2'000);
    auto again = terminal.ocop(confirm);
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("stock.transfer_confirmed") != std::string::npos);
    CHECK(on_hand(terminal, "TV-BT-NG") == before + 2'000);
}

TEST_CASE("ocop stock count: a blind count, its variance and the manager's adjustment",
          "[cli][stock]") {
    Terminal terminal;
    terminal.json({"stock", "count", "start", "--category", "thu_cong"});
    auto scanned = terminal.json({"stock", "count", "scan", "TV-TXD-TB"});
    CHECK(scanned["counted_milli"] == 1000);
    CHECK_FALSE(scanned.contains("expected_milli")); // blind
    scanned = terminal.json({"stock", "count", "scan", "TV-TXD-TB", "--qty", "2"});
    CHECK(scanned["counted_milli"] == 3000);
    auto report = terminal.json({"stock", "count", "report"});
    bool found = false;
    for (const auto& line : report["lines"]) {
        if (line["sku"] == "TV-TXD-TB") {
            found = true;
            CHECK(line["counted_milli"] == 3000);
        }
    }
    CHECK(found);
    CHECK(terminal.ocop({"stock", "count", "apply"}).exit_code == 1);
    auto applied =
        terminal.json({"stock", "count", "apply", "--manager", "quanly", "--manager-pin", "9999"});
    CHECK(applied["adjusted"].get<long>() >= 1);
    CHECK(on_hand(terminal, "TV-TXD-TB") == 3000);
    auto closed = terminal.ocop({"stock", "count", "report"});
    CHECK(closed.err.find("stock.no_count_open") != std::string::npos);
}

TEST_CASE("ocop stock threshold sets what counts as low", "[cli][stock]") {
    Terminal terminal;
    const long level = on_hand(terminal, "TV-GAO-HNR");
    terminal.json({"stock", "threshold", "TV-GAO-HNR", std::to_string(level / 1000 + 1)});
    auto low = terminal.json({"stock", "--low"});
    CHECK(std::any_of(low.begin(), low.end(),
                      [](const Json& line) { return line["sku"] == "TV-GAO-HNR"; }));
    terminal.json({"stock", "threshold", "TV-GAO-HNR", "0"});
    low = terminal.json({"stock", "--low"});
    CHECK(std::none_of(low.begin(), low.end(),
                       [](const Json& line) { return line["sku"] == "TV-GAO-HNR"; }));
}

TEST_CASE("ocop vietqr writes the published example payload", "[cli]") {
    auto payload =
        ocop::test::run_process(OCOP_BINARY, {"vietqr", "--amount", "10000", "--ref", "Chuyen tien",
                                              "--bin", "970416", "--account", "257678859"});
    CHECK(payload.exit_code == 0);
    CHECK(payload.out == "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303"
                         "7045405100005802VN62150811Chuyen tien630453E6\n");
    Terminal terminal;
    auto store = terminal.json({"vietqr", "--amount", "250000", "--ref", "Đơn TV01-01-000007"});
    CHECK(store["bank_bin"] == "970405");
    CHECK(store["purpose"] == "Don TV01-01-000007");
}

TEST_CASE("a catalogue file with a bad row imports nothing", "[cli]") {
    Terminal terminal;
    const auto file = terminal.folder.file("hang.csv");
    std::ofstream(file) << "sku,name_vi,unit,price,category,vat_class,barcodes\n"
                           "TV-NEW-1,Bánh pía Trà Vinh,hộp,45000,dac_san,standard_reducible,\n"
                           "TV-NEW-2,Mắm bò hóc,hũ,giá?,dac_san,standard_reducible,\n";
    auto bad = terminal.ocop({"catalog", "import", file.string()});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("3") != std::string::npos); // the bad line's number
    CHECK(terminal.json({"catalog", "search", "banh pia"}).empty());

    std::ofstream(file) << "sku,name_vi,unit,price,category,vat_class,barcodes\n"
                           "TV-NEW-1,Bánh pía Trà Vinh,hộp,45000,dac_san,standard_reducible,\n";
    auto good = terminal.json({"catalog", "import", file.string()});
    CHECK(good["added"] == 1);
    CHECK(terminal.json({"catalog", "search", "banh pia"}).size() == 1);
}

TEST_CASE("a database from a newer program is refused", "[cli]") {
    Terminal terminal;
    auto newer = ocop::test::run_process("/usr/bin/sqlite3",
                                         {terminal.db.string(), "PRAGMA user_version = 999"});
    REQUIRE(newer.exit_code == 0);
    auto refused = terminal.ocop({"stock"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("db.schema_newer") != std::string::npos);
    auto missing = ocop::test::run_process(OCOP_BINARY, {"--db", "/nonexistent/x.db", "stock"});
    CHECK(missing.err.find("db.not_found") != std::string::npos);
}

TEST_CASE("ocop verify answers for products and stamps, and exits 1 on a block", "[cli]") {
    Terminal terminal;
    auto certified = terminal.json({"verify", "8936010100114", "--date", "2026-11-29"});
    CHECK(certified["outcome"] == "certified");
    CHECK(certified["certification"]["stars"] == 5);
    auto expiring = terminal.json({"verify", "8936011000116", "--date", "2026-11-29"});
    CHECK(expiring["outcome"] == "expiring");
    CHECK(expiring["action"] == "warn");
    auto revoked = terminal.ocop({"verify", "8936012200119"});
    CHECK(revoked.exit_code == 1);
    CHECK(revoked.out.find("THU HỒI") != std::string::npos);

    const auto key = terminal.folder.file("vl25.key");
    auto created = terminal.ocop({"keys", "create", "--id", "VL25", "--issuer",
                                  "Sở NN&MT Vĩnh Long", "--secret-file", key.string()});
    REQUIRE(created.exit_code == 0);
    auto issued =
        terminal.json({"stamps", "issue", "--secret-file", key.string(), "--product", "TV-MHD-250",
                       "--decision", "2164/QĐ-BNNMT", "--first", "41", "--count", "3", "--png",
                       terminal.folder.file("tem.png").string()});
    REQUIRE(issued["stamps"].size() == 3);
    CHECK(issued["sheets"].size() == 1);
    CHECK(std::filesystem::file_size(terminal.folder.file("tem.png")) > 10000);
    const std::string stamp = issued["stamps"][1];
    auto genuine = terminal.json({"verify", stamp, "--date", "2026-11-29"});
    CHECK(genuine["outcome"] == "certified");
    CHECK(genuine["stamp"]["serial"] == 42);

    auto revoke = terminal.ocop(
        {"stamps", "revoke", "--key", "VL25", "--serials", "42", "--reason", "Tem bị mất"});
    CHECK(revoke.exit_code == 0);
    auto withdrawn = terminal.ocop({"--json", "verify", stamp});
    CHECK(withdrawn.exit_code == 1);
    CHECK(Json::parse(withdrawn.out)["outcome"] == "stamp_revoked");

    // A stamp made with another key under the same name is forged.
    const auto other = terminal.folder.file("other.key");
    Terminal elsewhere;
    REQUIRE(elsewhere
                .ocop({"keys", "create", "--id", "VL25", "--issuer", "Giả mạo", "--secret-file",
                       other.string()})
                .exit_code == 0);
    auto fake = elsewhere.json({"stamps", "issue", "--secret-file", other.string(), "--product",
                                "TV-MHD-250", "--decision", "2164/QĐ-BNNMT", "--first", "77"});
    auto forged = terminal.ocop({"--json", "verify", fake["stamps"][0]});
    CHECK(forged.exit_code == 1);
    CHECK(Json::parse(forged.out)["outcome"] == "stamp_forged");
}

TEST_CASE("a blocked product is sold only with a manager's override", "[cli]") {
    Terminal terminal;
    terminal.open_shift();
    auto blocked = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                                  "8936012200119", "--pay", "cash=200000"});
    CHECK(blocked.exit_code == 1);
    CHECK(blocked.err.find("certification.blocked") != std::string::npos);
    CHECK(blocked.err.find("THU HỒI") != std::string::npos);
    auto sale = terminal.json({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                               "8936012200119", "--manager", "quanly", "--manager-pin", "9999",
                               "--reason", "Lô nhập trước khi thu hồi", "--pay", "cash=200000"});
    CHECK(sale["lines"][0]["certification"] == "revoked");
    CHECK(sale["lines"][0]["override_by"] == "quanly");
    auto scale = terminal.json({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                                "2101001012509", "--pay", "cash=350000"});
    CHECK(scale["lines"][0]["quantity"] == "1.25");
    CHECK(scale["total"] == 350000);
}

TEST_CASE("ocop sync status shows what waits for head office and what went wrong", "[cli][sync]") {
    Terminal terminal;
    terminal.open_shift();
    terminal.sell_one();
    const auto sqlite = [&](const std::string& sql) {
        auto result = ocop::test::run_process("/usr/bin/sqlite3", {terminal.db.string(), sql});
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        return result.out;
    };
    const int events = std::stoi(sqlite("SELECT count(*) FROM outbox"));
    REQUIRE(events >= 2); // the shift's opening and the sale

    auto fresh = terminal.json({"sync", "status"});
    CHECK(fresh["pending_events"] == events);
    CHECK(fresh["acked_seq"] == 0);
    CHECK(fresh["last_success_at"].is_null());
    CHECK(fresh["last_error_code"] == "");
    CHECK(terminal.ocop({"sync", "status"}).out.find("chưa lần nào") != std::string::npos);

    // What the sync service leaves after one answer and then a failed attempt.
    sqlite("UPDATE sync_status SET acked_seq = 1, last_success_at = '2026-11-29T09:30:00+07:00', "
           "last_attempt_at = '2026-11-29T10:00:00+07:00', last_error_code = 'sync.unreachable', "
           "last_error = 'Không kết nối được văn phòng chính.'");
    auto status = terminal.json({"sync", "status"});
    CHECK(status["pending_events"] == events - 1);
    CHECK(status["acked_seq"] == 1);
    CHECK(status["last_success_at"] == "2026-11-29T09:30:00+07:00");
    CHECK(status["last_error_code"] == "sync.unreachable");
    auto text = terminal.ocop({"sync", "status"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("Sự kiện chờ gửi") != std::string::npos);
    CHECK(text.out.find("Không kết nối được văn phòng chính. [sync.unreachable]") !=
          std::string::npos);
    CHECK(terminal.json({"db", "check"})["ok"] == true);
}
