#include "db/connection.h"
#include "db/migrations.h"
#include "pos/catalogue.h"
#include "pos/catalogue_import.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ocop;
using namespace ocop::pos;

namespace {

db::Connection open_store(const test::TempDir& dir) {
    auto db = db::Connection::open(dir.file("pos.db"), db::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(db::migrate(*db));
    REQUIRE(db->execute("INSERT INTO producers (code, name, kind, province) "
                        "VALUES ('HTX-DUA', 'HTX Dừa sáp Cầu Kè', 'cooperative', 'Vĩnh Long')"));
    return std::move(*db);
}

// A real SQLite file with the schema and one producer.
struct Store {
    test::TempDir dir;
    db::Connection db = open_store(dir);
};

// Everything an import could change, as one text: any write shows up in it.
std::string fingerprint(db::Connection& db) {
    auto statement = db.prepare(
        "SELECT (SELECT count(*) FROM products) || '#' || (SELECT count(*) FROM barcodes) || '#' "
        "|| coalesce((SELECT group_concat(sku || '|' || name_vi || '|' || price || '|' || "
        "category || '|' || vat_class || '|' || active, ';') FROM "
        "(SELECT * FROM products ORDER BY id)), '') || '#' || "
        "coalesce((SELECT group_concat(code || '>' || product_id, ';') FROM "
        "(SELECT * FROM barcodes ORDER BY code)), '')");
    REQUIRE(statement);
    REQUIRE(statement->step().value());
    return statement->text(0);
}

std::int64_t count(db::Connection& db, const std::string& table) {
    return db.query_int64("SELECT count(*) FROM " + table).value().value();
}

const std::string kHeader(kCatalogueCsvHeader);

// Three products: one with a producer and a GTIN-13, one with a GTIN and a
// store PLU code (quoted price with a dot, có/không), one weighed by sku only.
const std::string kGoodFile =
    kHeader + "\n" +
    "DUA-01,Dừa sáp Cầu Kè,Cau Ke wax coconut,ocop,thuc_pham,HTX-DUA,trái,125000,reduced,0,1,1,"
    "8934567000017\n"
    "BT-01,Bánh tét Trà Cuôn,Tra Cuon sticky rice cake,dac_san,,,cái,\"85.000\","
    "standard_reducible,không,có,,8934567000024|1001\n"
    "TOM-01,Tôm khô,,khac,,,kg,450000,standard_reducible,yes,no,true,\n";

// The same columns as kGoodFile, and the good row DUA-02 on line 2, so a
// refused file would have had something to write.
const std::string kShortHeader = "sku,name_vi,category,unit,price,vat_class,barcodes\n";
const std::string kGoodRow = "DUA-02,Dừa sáp sấy,ocop,gói,60000,reduced,8934567000048\n";

ImportReport import_ok(db::Connection& db, const std::string& csv) {
    auto report = import_catalogue_csv(db, csv);
    REQUIRE(report);
    INFO((report->problems.empty() ? "" : report->problems.front().message_en));
    REQUIRE(report->accepted());
    return *report;
}

// Imports a file that must be refused, checks that nothing at all changed,
// and returns the problems.
std::vector<ImportProblem> refused(db::Connection& db, const std::string& csv) {
    const std::string before = fingerprint(db);
    auto report = import_catalogue_csv(db, csv);
    REQUIRE(report);
    CHECK_FALSE(report->accepted());
    CHECK(report->added == 0);
    CHECK(report->updated == 0);
    CHECK(fingerprint(db) == before);
    return report->problems;
}

// The single problem of a refused file, which must be at line/column.
ImportProblem only_problem(db::Connection& db, const std::string& csv, int line,
                           const std::string& column) {
    const auto problems = refused(db, csv);
    REQUIRE(problems.size() == 1);
    INFO(problems[0].message_en);
    CHECK(problems[0].line == line);
    CHECK(problems[0].column == column);
    CHECK(problems[0].message_vi.starts_with("Dòng " + std::to_string(line)));
    return problems[0];
}

} // namespace

TEST_CASE("a good file adds products found by barcode, code and name", "[import]") {
    Store store;
    const auto report = import_ok(store.db, kGoodFile);
    CHECK(report.added == 3);
    CHECK(report.updated == 0);
    CHECK(count(store.db, "products") == 3);
    CHECK(count(store.db, "barcodes") == 3);

    auto coconut = find_by_code(store.db, "8934567000017");
    REQUIRE(coconut);
    const Product& dua = coconut->product;
    CHECK(dua.sku == "DUA-01");
    CHECK(dua.name_vi == "Dừa sáp Cầu Kè");
    CHECK(dua.name_en == "Cau Ke wax coconut");
    CHECK(dua.category == "ocop");
    CHECK(dua.ocop_group == "thuc_pham");
    CHECK(dua.producer_code == "HTX-DUA");
    CHECK(dua.unit == "trái");
    CHECK(dua.price == 125000_vnd);
    CHECK(dua.vat_class == "reduced");
    CHECK_FALSE(dua.weighed);
    CHECK(dua.consigned);
    CHECK(dua.active);
    CHECK(coconut->units_per_scan == 1);

    auto plu = find_by_code(store.db, "1001");
    REQUIRE(plu);
    CHECK(plu->product.sku == "BT-01");
    CHECK(plu->product.price == 85000_vnd);
    CHECK(plu->product.ocop_group.empty());
    CHECK(plu->product.producer_code.empty());
    CHECK_FALSE(plu->product.weighed);
    CHECK(plu->product.consigned);
    CHECK(plu->product.active); // empty active means 1

    auto shrimp = find_by_code(store.db, "TOM-01");
    REQUIRE(shrimp);
    CHECK(shrimp->product.weighed);
    CHECK_FALSE(shrimp->product.consigned);
    CHECK(shrimp->product.name_en.empty());
    CHECK(shrimp->product.price == 450000_vnd);

    auto found = search_products(store.db, "banh tet");
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().sku == "BT-01");
    auto by_english = search_products(store.db, "WAX coco");
    REQUIRE(by_english);
    REQUIRE(by_english->size() == 1);
    CHECK(by_english->front().sku == "DUA-01");
}

TEST_CASE("re-importing updates the product and replaces its barcodes", "[import]") {
    Store store;
    import_ok(store.db, kGoodFile);
    const auto id = find_by_code(store.db, "BT-01").value().product.id;

    // Only the required columns and barcodes: the others must stay as they are.
    const auto report = import_ok(store.db, "sku,name_vi,unit,price,barcodes\n"
                                            "BT-01,Bánh tét nhân mỡ,cái,90.000,8934567000031\n");
    CHECK(report.added == 0);
    CHECK(report.updated == 1);
    CHECK(count(store.db, "products") == 3);

    auto updated = find_by_code(store.db, "8934567000031");
    REQUIRE(updated);
    CHECK(updated->product.id == id);
    CHECK(updated->product.price == 90000_vnd);
    CHECK(updated->product.name_vi == "Bánh tét nhân mỡ");
    CHECK(updated->product.category == "dac_san");
    CHECK(updated->product.vat_class == "standard_reducible");
    CHECK(updated->product.consigned);
    CHECK(find_by_code(store.db, "8934567000024").error().code == "catalog.unknown_code");
    CHECK(find_by_code(store.db, "1001").error().code == "catalog.unknown_code");
    CHECK(product_detail(store.db, "BT-01").value().barcodes ==
          std::vector<std::string>{"8934567000031"});

    // The search index follows the new name (schema triggers).
    auto found = search_products(store.db, "nhan mo");
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().sku == "BT-01");

    // Without a barcodes column, barcodes are left alone; active=0 is written.
    import_ok(store.db, "sku,name_vi,unit,price,active\nBT-01,Bánh tét nhân mỡ,cái,95000,0\n");
    CHECK(find_by_code(store.db, "8934567000031").error().code == "catalog.inactive");
    CHECK(product_detail(store.db, "BT-01").value().product.price == 95000_vnd);
}

TEST_CASE("a barcode kept on re-import keeps its units per scan", "[import]") {
    Store store;
    import_ok(store.db, kGoodFile);
    REQUIRE(store.db.execute("UPDATE barcodes SET units = 12 WHERE code = '8934567000017'"));
    import_ok(store.db, "sku,name_vi,unit,price,barcodes\n"
                        "DUA-01,Dừa sáp Cầu Kè,trái,125000,8934567000017 96385074\n");
    CHECK(find_by_code(store.db, "8934567000017").value().units_per_scan == 12);
    CHECK(find_by_code(store.db, "96385074").value().product.sku == "DUA-01");
}

TEST_CASE("Excel's semicolon file with BOM and CRLF is imported", "[import]") {
    Store store;
    const std::string excel = "\xEF\xBB\xBF"
                              "sku;name_vi;category;unit;price;vat_class;consigned;barcodes\r\n"
                              "KD-01;Kẹo dừa, sầu riêng;ocop;hộp;35.000;standard_reducible;Có;"
                              "036000291452\r\n"
                              ";;;;;;;\r\n" // a row Excel leaves after its cells were cleared
                              "NM-01;Nước mắm;khac;chai;1.250.000;standard;KHÔNG;4006381333931\r\n";
    const auto report = import_ok(store.db, excel);
    CHECK(report.added == 2);
    auto candy = find_by_code(store.db, "036000291452");
    REQUIRE(candy);
    CHECK(candy->product.sku == "KD-01");
    CHECK(candy->product.name_vi == "Kẹo dừa, sầu riêng");
    CHECK(candy->product.price == 35000_vnd);
    CHECK(candy->product.consigned);
    auto sauce = find_by_code(store.db, "4006381333931");
    REQUIRE(sauce);
    CHECK(sauce->product.price == 1250000_vnd);
    CHECK_FALSE(sauce->product.consigned);
}

TEST_CASE("quoted names keep their commas, quotes and order of columns is free", "[import]") {
    Store store;
    const auto report =
        import_ok(store.db, "price,unit,vat_class,category,name_vi,sku,NAME_EN\n"
                            "\"150,000\",hộp,standard_reducible,thu_cong,"
                            "\"Giỏ \"\"lục bình\"\", loại lớn\",GIO-01,\"Basket, large\"\n");
    CHECK(report.added == 1);
    auto basket = find_by_code(store.db, "GIO-01");
    REQUIRE(basket);
    CHECK(basket->product.name_vi == "Giỏ \"lục bình\", loại lớn");
    CHECK(basket->product.name_en == "Basket, large");
    CHECK(basket->product.price == 150000_vnd);
    CHECK(basket->product.category == "thu_cong");
}

TEST_CASE("a header with no rows is accepted and adds nothing", "[import]") {
    Store store;
    const auto report = import_ok(store.db, kHeader + "\n");
    CHECK(report.added == 0);
    CHECK(report.updated == 0);
    CHECK(count(store.db, "products") == 0);
}

TEST_CASE("header problems are reported on the header line", "[import]") {
    Store store;
    import_ok(store.db, kGoodFile);

    SECTION("missing required column") {
        const auto p = only_problem(store.db,
                                    "sku,name_vi,category,unit,vat_class\n"
                                    "DUA-02,Dừa sáp sấy,ocop,gói,reduced\n",
                                    1, "price");
        CHECK(p.message_vi.find("thiếu cột bắt buộc \"price\"") != std::string::npos);
    }
    SECTION("unknown column, named") {
        const auto p = only_problem(store.db, "sku,name_vi,unit,price,gia_ban\nX,Y,cái,1000,5\n", 1,
                                    "gia_ban");
        CHECK(p.message_vi.starts_with("Dòng 1, cột gia_ban: không có cột tên \"gia_ban\""));
        CHECK(p.message_en.find("gia_ban") != std::string::npos);
    }
    SECTION("column twice") {
        only_problem(store.db, "sku,name_vi,unit,price,price\nX,Y,cái,1000,5\n", 1, "price");
    }
    SECTION("empty file") {
        only_problem(store.db, "", 1, "");
    }
    SECTION("several at once are all listed") {
        const auto problems = refused(store.db, "sku,ten,gia\nX,Y,1\n");
        std::vector<std::string> columns;
        for (const auto& p : problems)
            columns.push_back(p.column);
        CHECK(columns == std::vector<std::string>{"ten", "gia", "name_vi", "unit", "price"});
    }
}

TEST_CASE("bad cells are reported with their line and nothing is written", "[import]") {
    Store store;
    import_ok(store.db, kGoodFile);
    const std::string head = kShortHeader + kGoodRow; // line 2 is good

    SECTION("bad price") {
        const auto p =
            only_problem(store.db, head + "X-1,Bánh pía,ocop,cái,\"12,5\",reduced,\n", 3, "price");
        CHECK(p.message_vi.starts_with("Dòng 3, cột price: giá \"12,5\" không hợp lệ."));
    }
    SECTION("empty price") {
        only_problem(store.db, head + "X-1,Bánh pía,ocop,cái,,reduced,\n", 3, "price");
    }
    SECTION("missing name") {
        only_problem(store.db, head + "X-1,,ocop,cái,1000,reduced,\n", 3, "name_vi");
    }
    SECTION("unknown category") {
        const auto p =
            only_problem(store.db, head + "X-1,Bánh pía,banh,cái,1000,reduced,\n", 3, "category");
        CHECK(p.message_vi.find("\"banh\"") != std::string::npos);
        CHECK(p.message_vi.find("dac_san") != std::string::npos);
    }
    SECTION("unknown vat class") {
        only_problem(store.db, head + "X-1,Bánh pía,ocop,cái,1000,8%,\n", 3, "vat_class");
    }
    SECTION("empty vat class") {
        only_problem(store.db, head + "X-1,Bánh pía,ocop,cái,1000,,\n", 3, "vat_class");
    }
    SECTION("unknown producer") {
        only_problem(store.db,
                     "sku,name_vi,category,unit,price,vat_class,producer_code\n"
                     "X-1,Bánh pía,ocop,cái,1000,reduced,HTX-DUA\n"
                     "X-2,Bánh pía,ocop,cái,1000,reduced,HTX-XYZ\n",
                     3, "producer_code");
    }
    SECTION("unknown OCOP group") {
        only_problem(store.db,
                     "sku,name_vi,category,unit,price,vat_class,ocop_group\n"
                     "X-1,Bánh pía,ocop,cái,1000,reduced,do_an\n",
                     2, "ocop_group");
    }
    SECTION("bad yes/no") {
        only_problem(store.db,
                     "sku,name_vi,category,unit,price,vat_class,weighed\n"
                     "X-1,Bánh pía,ocop,cái,1000,reduced,maybe\n",
                     2, "weighed");
    }
    SECTION("new product without a category column") {
        only_problem(store.db, "sku,name_vi,unit,price,vat_class\nNEW-1,Mới,cái,1000,reduced\n", 2,
                     "category");
    }
    SECTION("bad check digit") {
        const auto p = only_problem(
            store.db, head + "X-1,Bánh pía,ocop,cái,1000,reduced,8934567000056\n", 3, "barcodes");
        CHECK(p.message_vi.find("chữ số cuối phải là 5") != std::string::npos);
    }
    SECTION("GTIN-14, -12 and -8 check digits are checked too") {
        only_problem(store.db, head + "X-1,B,ocop,cái,1000,reduced,18934567000015\n", 3,
                     "barcodes");
        only_problem(store.db, head + "X-1,B,ocop,cái,1000,reduced,036000291453\n", 3, "barcodes");
        only_problem(store.db, head + "X-1,B,ocop,cái,1000,reduced,96385075\n", 3, "barcodes");
    }
    SECTION("barcode of an odd length") {
        only_problem(store.db, head + "X-1,B,ocop,cái,1000,reduced,89345670000\n", 3, "barcodes");
        only_problem(store.db, head + "X-1,B,ocop,cái,1000,reduced,1234567890\n", 3, "barcodes");
    }
    SECTION("barcode that Excel turned into a number with an exponent") {
        const auto p = only_problem(store.db, head + "X-1,B,ocop,cái,1000,reduced,8.93457E+12\n", 3,
                                    "barcodes");
        CHECK(p.message_vi.find("Văn bản (Text)") != std::string::npos);
    }
    SECTION("barcode owned by another product is never moved") {
        const auto p =
            only_problem(store.db, head + "X-1,B,ocop,cái,1000,reduced,1001\n", 3, "barcodes");
        CHECK(p.message_vi.find("\"BT-01\"") != std::string::npos);
        CHECK(find_by_code(store.db, "1001").value().product.sku == "BT-01");
    }
    SECTION("existing product taking another product's barcode") {
        only_problem(store.db,
                     "sku,name_vi,unit,price,barcodes\nDUA-01,Dừa,trái,1000,8934567000024\n", 2,
                     "barcodes");
    }
    SECTION("the same sku twice in the file") {
        const auto p =
            only_problem(store.db, head + "dua-02,Dừa sáp,ocop,gói,60000,reduced,\n", 3, "sku");
        CHECK(p.message_vi.find("dòng 2") != std::string::npos);
    }
    SECTION("the same barcode twice in the file") {
        const auto p = only_problem(
            store.db, head + "X-1,B,ocop,cái,1000,reduced,1002|8934567000048\n", 3, "barcodes");
        CHECK(p.message_vi.find("dòng 2") != std::string::npos);
    }
    SECTION("the same barcode twice in one row") {
        only_problem(store.db, head + "X-1,B,ocop,cái,1000,reduced,1002 1002\n", 3, "barcodes");
    }
    SECTION("a row with too few cells") {
        only_problem(store.db, head + "X-1,B,ocop,cái,1000\n", 3, "");
    }
}

TEST_CASE("every bad row is listed, in file order", "[import]") {
    Store store;
    const auto problems = refused(store.db, kShortHeader + kGoodRow +
                                                "X-1,Bánh pía,ocop,cái,abc,reduced,\n" // line 3
                                                "X-2,Bánh ít,ocop,cái,2000,reduced,\n" // good
                                                "X-3,,nope,cái,1000,reduced,12345678\n");
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].column == "price");
    CHECK(problems[1].line == 5);
    CHECK(problems[1].column == "name_vi");
    CHECK(problems[2].line == 5);
    CHECK(problems[2].column == "category");
    CHECK(problems[3].line == 5);
    CHECK(problems[3].column == "barcodes");
    CHECK(count(store.db, "products") == 0);
}

TEST_CASE("lines count the header and quoted line breaks", "[import]") {
    Store store;
    const auto problems = refused(store.db, "\n" + kShortHeader + // header on line 2
                                                "X-1,\"Bánh\ntét\",ocop,cái,1000,reduced,\n"
                                                "X-2,B,ocop,cái,1.0,reduced,\n"); // line 5
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 5);
    CHECK(problems[0].column == "price");
}

TEST_CASE("an unterminated quote refuses the file and names the line", "[import]") {
    Store store;
    import_ok(store.db, kGoodFile);
    const std::string before = fingerprint(store.db);
    auto report = import_catalogue_csv(
        store.db, kShortHeader + kGoodRow + "X-1,\"Bánh pía,ocop,cái,1000,reduced,\nX-2,B,ocop\n");
    REQUIRE_FALSE(report);
    CHECK(report.error().code == "csv.unterminated_quote");
    CHECK(report.error().message_vi.starts_with("Dòng 3:"));
    CHECK(fingerprint(store.db) == before);
}

TEST_CASE("a failure while writing leaves nothing half-imported", "[import]") {
    Store store;
    import_ok(store.db, kGoodFile);
    // Stands in for a full disk: the third write fails after two succeeded.
    REQUIRE(store.db.exec("CREATE TEMP TRIGGER fail_late BEFORE INSERT ON main.products "
                          "WHEN new.sku = 'X-3' BEGIN SELECT raise(ABORT, 'disk is full'); END"));
    const std::string before = fingerprint(store.db);
    auto report = import_catalogue_csv(store.db, kShortHeader + kGoodRow +
                                                     "BT-01,Bánh tét mới,dac_san,cái,99000,"
                                                     "standard_reducible,\n"
                                                     "X-3,Bánh ít,ocop,cái,2000,reduced,1002\n");
    REQUIRE_FALSE(report);
    CHECK(report.error().code.starts_with("db."));
    CHECK(fingerprint(store.db) == before);
    CHECK(find_by_code(store.db, "BT-01").value().product.price == 85000_vnd);
    // The connection is usable again afterwards.
    REQUIRE(store.db.exec("DROP TRIGGER temp.fail_late"));
    CHECK(import_ok(store.db, kShortHeader + kGoodRow).added == 1);
}
