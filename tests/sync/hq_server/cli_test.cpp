// The `ocop-hq` command line in the forms scripts depend on.

#include "head_office_fixture.h"
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
          "export sales", "stock", "certs due", "settlement", "transfers"})
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

TEST_CASE("transfers lists those in transit, overdue after the hours given") {
    HeadOfficeFixture office;
    TerminalChain sender("TV01-01", "TV01");
    const auto token = office.enrol("TV01-01", "TV01");
    // As pos::transfer_out writes it: quantities leaving the store are negative.
    const nlohmann::json payload{{"kind", "transfer_out"},
                                 {"store", "TV01"},
                                 {"note", nullptr},
                                 {"lines",
                                  {{{"product_id", 1},
                                    {"sku", "TV-MHD-250"},
                                    {"quantity_milli", -2000},
                                    {"lot", nullptr},
                                    {"expiry", nullptr}}}},
                                 {"transfer_id", "TV01-01-CK000001"},
                                 {"from_store", "TV01"},
                                 {"to_store", "TV02"}};
    sender.add_event("stock", payload.dump(), "2026-11-29T09:00:00+07:00");
    REQUIRE(office.post("/v1/events", sender.push_body(1, 1), token).status == 200);

    const std::map<std::string, std::string> later{{"OCOP_NOW", "2026-12-03T09:00:00+07:00"}};
    const auto json = run_hq(office.db, {"transfers", "--in-transit", "--json"}, later);
    REQUIRE(json.exit_code == 0);
    const auto list = nlohmann::json::parse(json.out);
    REQUIRE(list.size() == 1);
    CHECK(list[0]["id"] == "TV01-01-CK000001");
    CHECK(list[0]["status"] == "in_transit");
    CHECK(list[0]["hours_in_transit"] == 96);
    CHECK(list[0]["overdue"] == true);
    CHECK(list[0]["lines"][0]["sent_milli"] == 2000);

    const auto text = run_hq(office.db, {"transfers", "--in-transit"}, later);
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("TV01-01-CK000001  TV01 → TV02") != std::string::npos);
    CHECK(text.out.find("QUÁ HẠN / OVERDUE") != std::string::npos);
    const auto patient =
        run_hq(office.db, {"transfers", "--store", "TV02", "--overdue-hours", "100"}, later);
    REQUIRE(patient.exit_code == 0);
    CHECK(patient.out.find("TV01-01-CK000001") != std::string::npos);
    CHECK(patient.out.find("OVERDUE") == std::string::npos);

    const auto csv_file = office.dir.file("transfers.csv");
    REQUIRE(run_hq(office.db, {"transfers", "--csv", csv_file.string()}, later).exit_code == 0);
    std::ifstream csv(csv_file);
    std::string header;
    std::getline(csv, header);
    CHECK(header.starts_with("id,status,from_store,to_store,sent_at"));

    const auto bad = run_hq(office.db, {"transfers", "--overdue-hours", "soon"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("hq.bad_number") != std::string::npos);

    // The office API gives the same records.
    const auto answer =
        office.get("/v1/office/transfers?status=in_transit&overdue_hours=1", office.office_token());
    REQUIRE(answer.status == 200);
    REQUIRE(answer.body["transfers"].size() == 1);
    CHECK(answer.body["transfers"][0]["id"] == "TV01-01-CK000001");
    CHECK(office.get("/v1/office/transfers?status=lost", office.office_token()).status == 400);
}

namespace {

// A consigned receipt at 15% commission (pos/delivery_note.cpp's fields),
// then two sales of one jar (TerminalChain::add_sale, 95.000 đ on 2026-11-29).
std::string consigned_sales(HeadOfficeFixture& office) {
    TerminalChain till("TV01-01", "TV01");
    const auto token = office.enrol("TV01-01", "TV01");
    const nlohmann::json receipt{{"kind", "receipt"},
                                 {"store", "TV01"},
                                 {"note", nullptr},
                                 {"lines",
                                  {{{"product_id", 1},
                                    {"sku", "TV-MHD-250"},
                                    {"quantity_milli", 10000},
                                    {"lot", nullptr},
                                    {"expiry", nullptr}}}},
                                 {"document", "TV01-01-PN000001"},
                                 {"producer", "SOKFARM"},
                                 {"consigned", true},
                                 {"commission_bp", 1500},
                                 {"unit_costs", {nullptr}},
                                 {"manager", "quanly"}};
    till.add_event("stock", receipt.dump(), "2026-11-02T08:00:00+07:00");
    till.add_sale();
    till.add_sale();
    const auto pushed = office.post("/v1/events", till.push_body(1, 3), token);
    REQUIRE(pushed.status == 200);
    return token;
}

} // namespace

TEST_CASE("settlement writes the CSV and the statement, pay freezes it, list shows it") {
    HeadOfficeFixture office;
    consigned_sales(office);
    const std::vector<std::string> november{"--producer", "SOKFARM", "--from",
                                            "2026-11-01", "--to",    "2026-11-30"};
    const auto with = [&](std::vector<std::string> words) {
        words.insert(words.end(), november.begin(), november.end());
        return words;
    };

    const auto csv_file = office.dir.file("sokfarm.csv");
    const auto html_file = office.dir.file("sokfarm.html");
    const auto written = run_hq(
        office.db, with({"settlement", "--csv", csv_file.string(), "--html", html_file.string()}));
    INFO(written.err);
    REQUIRE(written.exit_code == 0);
    std::ifstream csv(csv_file, std::ios::binary);
    const std::string csv_text((std::istreambuf_iterator<char>(csv)), {});
    CHECK(csv_text.starts_with("producer,from,to,sku,name,received_milli,"));
    // 2 jars for 190.000 đ, 85% of it owed, 8 left.
    CHECK(csv_text.find("SOKFARM,2026-11-01,2026-11-30,TV-MHD-250,Mật hoa dừa Sokfarm 250 ml,"
                        "10000,2000,190000,0,0,0,0,190000,0,0,0,0,161500,8000,draft\r\n") !=
          std::string::npos);
    std::ifstream html(html_file, std::ios::binary);
    const std::string html_text((std::istreambuf_iterator<char>(html)), {});
    CHECK(html_text.find("Bảng kê thanh toán hàng ký gửi") != std::string::npos);
    CHECK(html_text.find("161.500 ₫") != std::string::npos);

    const auto refused = run_hq(office.db, with({"settlement", "pay"}));
    CHECK(refused.exit_code == 2); // --reference is required
    const std::map<std::string, std::string> paid_at{{"OCOP_NOW", "2026-12-02T09:00:00+07:00"}};
    const auto paid =
        run_hq(office.db, with({"settlement", "pay", "--reference", "UNC-001", "--by", "ketoan"}),
               paid_at);
    INFO(paid.err);
    REQUIRE(paid.exit_code == 0);
    CHECK(paid.out.find("161.500 ₫") != std::string::npos);

    const auto again = run_hq(office.db, {"settlement", "pay", "--producer", "SOKFARM", "--from",
                                          "2026-11-20", "--to", "2026-12-10", "--reference", "X"});
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("hq.settlement_overlaps") != std::string::npos);

    const auto list = run_hq(office.db, {"settlement", "list", "--producer", "SOKFARM"});
    REQUIRE(list.exit_code == 0);
    const auto settlements = nlohmann::json::parse(list.out);
    REQUIRE(settlements.size() == 1);
    CHECK(settlements[0]["reference"] == "UNC-001");
    CHECK(settlements[0]["owed_amount"] == 161500);
    CHECK(settlements[0]["paid_at"] == "2026-12-02T09:00:00+07:00");

    // Read again (the old form, producer as the argument): the frozen figures.
    const auto frozen = run_hq(office.db, {"settlement", "SOKFARM", "--from", "2026-11-01", "--to",
                                           "2026-11-30", "--json"});
    REQUIRE(frozen.exit_code == 0);
    const auto json = nlohmann::json::parse(frozen.out);
    CHECK(json["status"] == "paid");
    CHECK(json["owed_amount"] == 161500);
    CHECK(json["paid"]["reference"] == "UNC-001");
}
