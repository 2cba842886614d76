// The office API and `ocop-hq export sales` over sales pushed by terminals.

#include "head_office_fixture.h"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace ocop::test;

namespace {

std::vector<std::string> csv_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (auto end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    CHECK(start == text.size()); // every record ends with CRLF
    return lines;
}

std::set<std::string> ids_in(const nlohmann::json& sales) {
    std::set<std::string> ids;
    for (const auto& sale : sales)
        ids.insert(sale.at("id").get<std::string>());
    return ids;
}

// Two terminals of two stores push three and two sales.
struct PushedSales : HeadOfficeFixture {
    PushedSales() {
        for (auto* chain : {&first, &second}) {
            const auto store = chain->terminal().substr(0, 4);
            const auto token = enrol(chain->terminal(), store);
            const auto count = chain == &first ? 3 : 2;
            for (int i = 0; i < count; ++i)
                chain->add_sale();
            const auto reply = post("/v1/events", chain->push_body(1, count), token);
            INFO(reply.text);
            REQUIRE(reply.status == 200);
        }
        for (const auto& id : first.sale_ids())
            all_ids.insert(id);
        for (const auto& id : second.sale_ids())
            all_ids.insert(id);
    }
    TerminalChain first{"TV01-02", "TV01"};
    TerminalChain second{"TV02-01", "TV02"};
    std::set<std::string> all_ids;
};

} // namespace

TEST_CASE("export sales gives one record per sale with its id, in JSON and CSV") {
    PushedSales office;
    const auto json = run_hq(office.db, {"export", "sales", "--from", "2026-11-29", "--to",
                                         "2026-11-29", "--format", "json"});
    INFO(json.err);
    REQUIRE(json.exit_code == 0);
    const auto sales = nlohmann::json::parse(json.out);
    REQUIRE(sales.is_array());
    CHECK(sales.size() == 5);
    CHECK(ids_in(sales) == office.all_ids);
    for (const auto& sale : sales) {
        CHECK(sale.at("total") == 95000);
        CHECK(sale.at("kind") == "sale");
    }

    const auto csv = run_hq(office.db, {"export", "sales", "--from", "2026-11-29", "--to",
                                        "2026-11-29", "--format", "csv", "--store", "TV01"});
    REQUIRE(csv.exit_code == 0);
    const auto lines = csv_lines(csv.out);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].starts_with("id,kind,store,terminal,"));
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto id = lines[i].substr(0, lines[i].find(','));
        CHECK(std::find(office.first.sale_ids().begin(), office.first.sale_ids().end(), id) !=
              office.first.sale_ids().end());
    }

    const auto other_day =
        run_hq(office.db, {"export", "sales", "--from", "2026-11-30", "--to", "2026-12-31"});
    REQUIRE(other_day.exit_code == 0);
    CHECK(nlohmann::json::parse(other_day.out).empty());
}

TEST_CASE("the office API answers sales, stock, certifications and settlement in JSON and CSV") {
    PushedSales office;
    const auto token = office.office_token();

    const auto sales = office.get("/v1/office/sales?from=2026-11-29&to=2026-11-29", token);
    INFO(sales.text);
    REQUIRE(sales.status == 200);
    CHECK(sales.body.at("protocol") == 1);
    CHECK(ids_in(sales.body.at("sales")) == office.all_ids);

    const auto by_terminal = office.get("/v1/office/sales?terminal=TV02-01", token);
    REQUIRE(by_terminal.status == 200);
    CHECK(by_terminal.body.at("sales").size() == 2);
    const auto by_stars = office.get("/v1/office/sales?stars=5", token);
    REQUIRE(by_stars.status == 200);
    CHECK(by_stars.body.at("sales").empty()); // every line sold is a 4-star product

    const auto csv = office.get("/v1/office/sales?from=2026-11-29&to=2026-11-29&format=csv", token);
    REQUIRE(csv.status == 200);
    CHECK(csv.headers.find("Content-Type")->second.starts_with("text/csv"));
    const auto lines = csv_lines(csv.text);
    CHECK(lines.size() == 6);
    CHECK(lines[0] == "id,kind,store,terminal,seq,number,receipt_no,created_at,total,vat_total,"
                      "lines");

    const auto stock = office.get("/v1/office/stock?store=TV01", token);
    INFO(stock.text);
    REQUIRE(stock.status == 200);
    CHECK(stock.body.at("stock").is_array());
    const auto stock_csv = office.get("/v1/office/stock?format=csv", token);
    REQUIRE(stock_csv.status == 200);
    CHECK(stock_csv.text.starts_with("store,sku,name,quantity_milli,last_sync_at\r\n"));

    const auto certifications =
        office.get("/v1/office/certifications?today=2026-11-29&within_days=3650", token);
    INFO(certifications.text);
    REQUIRE(certifications.status == 200);
    CHECK_FALSE(certifications.body.at("certifications").empty());
    CHECK(office.get("/v1/office/certifications?format=csv", token).status == 200);

    const auto settlement =
        office.get("/v1/office/settlement?producer=SOKFARM&from=2026-11-01&to=2026-11-30", token);
    INFO(settlement.text);
    REQUIRE(settlement.status == 200);
    CHECK(settlement.body.at("settlement").at("producer") == "SOKFARM");
    // Five jars of TV-MHD-250 sold at 95,000 đ each.
    CHECK(settlement.body.at("settlement").at("net_amount") == 5 * 95000);
    const auto settlement_csv = office.get(
        "/v1/office/settlement?producer=SOKFARM&from=2026-11-01&to=2026-11-30&format=csv", token);
    REQUIRE(settlement_csv.status == 200);
    CHECK(settlement_csv.text.starts_with("producer,from,to,sku,name,"));

    const auto cli_settlement =
        run_hq(office.db, {"settlement", "SOKFARM", "--from", "2026-11-01", "--to", "2026-11-30"});
    REQUIRE(cli_settlement.exit_code == 0);
    CHECK(nlohmann::json::parse(cli_settlement.out).at("net_amount") == 5 * 95000);

    const auto producer_sku = office.get("/v1/office/sales?sku=TV-MHD-250", token);
    REQUIRE(producer_sku.status == 200);
    CHECK(producer_sku.body.at("sales").size() == 5);
}

TEST_CASE("the office API refuses what it cannot read") {
    PushedSales office;
    const auto token = office.office_token();
    CHECK(office.get("/v1/office/sales?from=29/11/2026", token).status == 400);
    CHECK(office.get("/v1/office/sales?stars=many", token).status == 400);
    CHECK(office.get("/v1/office/sales?format=xml", token).status == 400);
    CHECK(office.get("/v1/office/sales?colour=red", token).status == 400);
    CHECK(office.get("/v1/office/settlement?producer=X", token).status == 400);
}

TEST_CASE("the office API prints a settlement's statement and marks it paid") {
    PushedSales office;
    const auto token = office.office_token();
    const std::string november = "producer=SOKFARM&from=2026-11-01&to=2026-11-30";

    const auto html = office.get("/v1/office/settlement?" + november + "&format=html", token);
    REQUIRE(html.status == 200);
    CHECK(html.headers.find("Content-Type")->second.starts_with("text/html"));
    CHECK(html.text.find("Bảng kê thanh toán hàng ký gửi") != std::string::npos);
    // Five jars sold at 95.000 đ; never received on consignment, so not owed.
    CHECK(html.text.find("475.000 ₫") != std::string::npos);
    CHECK(office.get("/v1/office/sales?format=html", token).status == 400);

    const nlohmann::json pay{{"protocol", 1},      {"producer", "SOKFARM"},  {"from", "2026-11-01"},
                             {"to", "2026-11-30"}, {"reference", "UNC-001"}, {"paid_by", "ketoan"}};
    const auto paid = office.post("/v1/office/settlement/pay", pay.dump(), token);
    INFO(paid.text);
    REQUIRE(paid.status == 200);
    CHECK(paid.body["settlement"]["status"] == "paid");
    CHECK(paid.body["settlement"]["net_amount"] == 5 * 95000);
    CHECK(paid.body["settlement"]["paid"]["reference"] == "UNC-001");

    const auto overlapping = office.post("/v1/office/settlement/pay", pay.dump(), token);
    CHECK(overlapping.status == 409);
    CHECK(overlapping.body["error"]["code"] == "hq.settlement_overlaps");
    const auto terminal_token = office.enrol("TV01-09", "TV01");
    CHECK(office.post("/v1/office/settlement/pay", pay.dump(), terminal_token).status == 403);

    const auto list = office.get("/v1/office/settlements?producer=SOKFARM", token);
    REQUIRE(list.status == 200);
    REQUIRE(list.body["settlements"].size() == 1);
    CHECK(list.body["settlements"][0]["reference"] == "UNC-001");
    const auto read = office.get("/v1/office/settlement?" + november, token);
    CHECK(read.body["settlement"]["status"] == "paid");
}
