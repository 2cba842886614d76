// The `ocop-hq` command line in the forms scripts depend on.

#include "hq_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace ocop::test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

} // namespace

TEST_CASE("ocop-hq --help lists every command, Vietnamese first") {
    const auto result = run_hq_raw({"--help"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.starts_with("ocop-hq — máy chủ"));
    for (const char* command :
         {"init", "store add", "terminal enroll-code", "token create", "serve", "catalog import",
          "price set", "cert add", "cert suspend", "cert revoke", "stamps issue", "stamps revoke",
          "export sales", "stock", "certs due", "settlement"})
        CHECK(result.out.find("  " + std::string(command)) != std::string::npos);
}

TEST_CASE("ocop-hq needs exactly one of --db and --pg, before the command") {
    TempDir dir;
    const auto none = run_hq_raw({"init"});
    CHECK(none.exit_code == 2);
    CHECK(none.err.find("hq.storage_option: ") != std::string::npos);
    const auto both = run_hq_raw(
        {"--db", dir.file("a.sqlite").string(), "--pg", "postgresql://localhost/x", "init"});
    CHECK(both.exit_code == 2);
    CHECK(both.err.find("hq.storage_option") != std::string::npos);
    const auto unknown = run_hq(dir.file("a.sqlite"), {"frobnicate"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("cli.unknown_command") != std::string::npos);
    const auto bad_option = run_hq(dir.file("a.sqlite"), {"store", "add", "X", "Y", "--colour"});
    CHECK(bad_option.exit_code == 2);
    CHECK(bad_option.err.find("cli.unknown_option") != std::string::npos);
}

TEST_CASE("init --sample, store add, enroll-code and token create print what scripts take") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    // init again changes nothing and succeeds.
    hq_output(db, {"init"});
    hq_output(db, {"store", "add", "TV09", "Điểm bán thử nghiệm"});

    const auto code = hq_output(db, {"terminal", "enroll-code", "TV09"});
    CHECK(lines_of(code).size() == 1);
    CHECK(code.size() >= 8);
    CHECK(code.find(' ') == std::string::npos);
    const auto other = hq_output(db, {"terminal", "enroll-code", "TV09"});
    CHECK(other != code);

    const auto token = hq_output(db, {"token", "create", "kế toán"});
    CHECK(lines_of(token).size() == 1);
    CHECK(token.size() >= 16);
    CHECK(token.find(' ') == std::string::npos);

    // Refused: Vietnamese first, then the code and English; exit 1.
    const auto refused = run_hq(db, {"terminal", "enroll-code", "NOPE"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.empty());
    const auto err = lines_of(refused.err);
    REQUIRE(err.size() >= 2);
    CHECK(err[0].starts_with("Lỗi: "));
    CHECK(err[1].find(": ") != std::string::npos);
}

TEST_CASE("price set takes whole đồng, grouped or not") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    CHECK(run_hq(db, {"price", "set", "TV-MHD-250", "95.000"}).exit_code == 0);
    CHECK(run_hq(db, {"price", "set", "TV-MHD-250", "99000"}).exit_code == 0);
    const auto fraction = run_hq(db, {"price", "set", "TV-MHD-250", "95,5"});
    CHECK(fraction.exit_code == 2);
    CHECK(fraction.err.find("hq.bad_price") != std::string::npos);
    const auto badly_grouped = run_hq(db, {"price", "set", "TV-MHD-250", "9.50"});
    CHECK(badly_grouped.exit_code == 2);
}

TEST_CASE("$OCOP_NOW must be a local time in +07:00") {
    TempDir dir;
    const auto result = run_hq(dir.file("hq.sqlite"), {"init"}, {{"OCOP_NOW", "yesterday"}});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("hq.bad_now") != std::string::npos);
    CHECK(run_hq(dir.file("hq.sqlite"), {"init"}, {{"OCOP_NOW", "2026-11-29T09:00:00+07:00"}})
              .exit_code == 0);
}

TEST_CASE("certs due and stock print JSON or CSV") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    const auto json = run_hq(db, {"certs", "due", "--within", "3650"},
                             {{"OCOP_NOW", "2026-11-29T09:00:00+07:00"}});
    REQUIRE(json.exit_code == 0);
    CHECK(nlohmann::json::parse(json.out).is_array());
    const auto csv = run_hq(db, {"stock", "--format", "csv"});
    REQUIRE(csv.exit_code == 0);
    CHECK(csv.out.starts_with("store,sku,name,quantity_milli,last_sync_at\r\n"));
    const auto bad = run_hq(db, {"stock", "--format", "xml"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("hq.bad_format") != std::string::npos);
}

TEST_CASE("cert, stamps and issuer-key commands record what head office distributes") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    const auto key = hq_output(db, {"cert", "add", "TV-MHD-250", "--decision", "999/QĐ-UBND",
                                    "--date", "2026-11-01", "--level", "province", "--stars", "4",
                                    "--from", "2026-11-01", "--to", "2029-10-31"});
    CHECK(key == "TV-MHD-250/999/QĐ-UBND");
    hq_output(db, {"stamps", "issue", key, "--from", "1", "--to", "500"});
    hq_output(db, {"cert", "suspend", key, "--note", "kiểm tra định kỳ"});
    hq_output(db, {"cert", "revoke", key, "--reason", "vi phạm"});
    hq_output(db, {"issuer-key", "add", "TEST-KEY", "--issuer", "Sở Nông nghiệp", "--level",
                   "province", "--public-key", std::string(64, 'a'), "--from", "2026-01-01"});
    hq_output(db, {"stamps", "revoke", "TEST-KEY", "1", "10", "--reason", "tem bị mất"});

    const auto no_reason = run_hq(db, {"cert", "revoke", key});
    CHECK(no_reason.exit_code == 2);
    CHECK(no_reason.err.find("cli.missing_option") != std::string::npos);
    const auto district_level = run_hq(
        db, {"cert", "add", "TV-MHD-250", "--decision", "1/QĐ", "--date", "2026-11-01", "--level",
             "district", "--stars", "4", "--from", "2026-11-01", "--to", "2029-10-31"});
    CHECK(district_level.exit_code == 2);
    CHECK(district_level.err.find("cli.bad_level") != std::string::npos);
    const auto two_stars = run_hq(db, {"cert", "add", "TV-MHD-250", "--decision", "1/QĐ", "--date",
                                       "2026-11-01", "--level", "province", "--stars", "2",
                                       "--from", "2026-11-01", "--to", "2029-10-31"});
    CHECK(two_stars.exit_code == 2);
    CHECK(two_stars.err.find("hq.bad_stars") != std::string::npos);
    const auto unknown = run_hq(db, {"cert", "suspend", "NO/SUCH"});
    CHECK(unknown.exit_code == 1);
}

TEST_CASE("catalog import of a file that cannot be read is refused") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    const auto result = run_hq(db, {"catalog", "import", dir.file("missing.csv").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("hq.read_failed") != std::string::npos);
}

TEST_CASE("catalog import adds and updates products all or nothing") {
    TempDir dir;
    const auto db = sample_head_office(dir);
    const auto good = dir.file("good.csv");
    std::ofstream(good)
        << "sku,name_vi,category,unit,price,vat_class,barcodes\n"
           "TV-NEW-01,Bánh pía sầu riêng,dac_san,hộp,85.000,standard_reducible,"
           "8936010100992\n"
           "TV-MHD-250,Mật ong hoa dừa 250 ml,ocop,chai,97000,standard_reducible,\n";
    const auto imported = run_hq(db, {"catalog", "import", good.string()});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    // The new product is head office's now: its price can be set.
    CHECK(run_hq(db, {"price", "set", "TV-NEW-01", "86000"}).exit_code == 0);

    // One bad row: nothing of the file is written, so its new product is unknown.
    const auto bad = dir.file("bad.csv");
    std::ofstream(bad) << "sku,name_vi,category,unit,price,vat_class\n"
                          "TV-NEW-02,Kẹo dừa,dac_san,gói,30000,standard_reducible\n"
                          "TV-NEW-03,Bánh tét,dac_san,đòn,12;5,standard_reducible\n";
    const auto refused = run_hq(db, {"catalog", "import", bad.string()});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("hq.import_rejected") != std::string::npos);
    const auto unknown = run_hq(db, {"price", "set", "TV-NEW-02", "31000"});
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.find("hq.unknown_product") != std::string::npos);
}
