#include "db/connection.h"
#include "pos/catalogue.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

std::vector<std::string> skus(const std::vector<Product>& products) {
    std::vector<std::string> out;
    for (const auto& product : products)
        out.push_back(product.sku);
    return out;
}

std::vector<std::string> search(db::Connection& db, std::string_view text, int limit = 20) {
    return skus(must(search_products(db, text, limit)));
}

} // namespace

TEST_CASE("a product is found by its EAN-13", "[catalogue]") {
    test::SampleDb sample;
    const auto match = must(find_by_code(sample.db, "8936010100213"));
    const Product& p = match.product;
    CHECK(p.sku == "TV-MHD-500");
    CHECK(p.name_vi == "Mật hoa dừa Sokfarm 500 ml");
    CHECK(p.name_en == "Sokfarm coconut nectar 500 ml");
    CHECK(p.category == "ocop");
    CHECK(p.ocop_group == "thuc_pham");
    CHECK(p.producer_code == "SOKFARM");
    CHECK(p.unit == "chai");
    CHECK(p.price == Money{165'000});
    CHECK(p.vat_class == "standard_reducible");
    CHECK_FALSE(p.weighed);
    CHECK_FALSE(p.consigned);
    CHECK(p.active);
    CHECK(match.code == "8936010100213");
    CHECK(match.units_per_scan == 1);
}

TEST_CASE("other codes: old labels, EAN-8, cartons and in-store PLUs", "[catalogue]") {
    test::SampleDb sample;
    CHECK(must(find_by_code(sample.db, "8936010100190")).product.sku == "TV-MHD-250"); // old label
    CHECK(must(find_by_code(sample.db, "8936010100114")).product.sku == "TV-MHD-250");
    CHECK(must(find_by_code(sample.db, "89345122")).product.sku == "TV-DSSG-50"); // EAN-8

    const auto carton = must(find_by_code(sample.db, "18936011200117"));
    CHECK(carton.product.sku == "TV-NK-SB05");
    CHECK(carton.units_per_scan == 24);
    CHECK(must(find_by_code(sample.db, "18936011200216")).units_per_scan == 12);

    const auto plu = must(find_by_code(sample.db, "1004"));
    CHECK(plu.product.sku == "TV-TK-TH1");
    CHECK(plu.product.weighed);
    CHECK(plu.product.unit == "kg");
    CHECK(plu.product.price == Money{1'150'000});
    CHECK(plu.product.vat_class == "reduced");
}

TEST_CASE("a product is found by its store code in any case", "[catalogue]") {
    test::SampleDb sample;
    for (const char* code : {"TV-BT-BM", "tv-bt-bm", "Tv-Bt-Bm"}) {
        INFO(code);
        const auto match = must(find_by_code(sample.db, code));
        CHECK(match.product.sku == "TV-BT-BM");
        CHECK(match.product.name_vi == "Bánh tét ba màu Hai Lý (Trà Cuôn) 1 kg");
        CHECK(match.units_per_scan == 1);
    }
}

TEST_CASE("an unknown code is refused with the code in the message", "[catalogue][failure]") {
    test::SampleDb sample;
    for (const char* code :
         {"8930000000000", "", "TV-BT", "TV-BT-BM ", "8936010100213x", "%", "' OR 1=1 --"}) {
        INFO("'" << code << "'");
        auto match = find_by_code(sample.db, code);
        CHECK(error_code(match) == "catalog.unknown_code");
        if (!match)
            CHECK(match.error().message_vi.find(code) != std::string::npos);
    }
}

TEST_CASE("a product no longer sold is refused by barcode and by store code",
          "[catalogue][failure]") {
    test::SampleDb sample;
    for (const char* code : {"8936010100312", "TV-MHD-180", "tv-tra-tt", "8936011000512"}) {
        INFO(code);
        auto match = find_by_code(sample.db, code);
        CHECK(error_code(match) == "catalog.inactive");
    }
    auto old = find_by_code(sample.db, "TV-MHD-180");
    REQUIRE_FALSE(old);
    CHECK(old.error().message_vi.find("Mật hoa dừa Sokfarm 180 ml (mẫu cũ)") != std::string::npos);
    // It can still be looked at.
    const auto detail = must(product_detail(sample.db, "TV-MHD-180"));
    CHECK_FALSE(detail.product.active);
    CHECK(detail.barcodes == std::vector<std::string>{"8936010100312"});
}

TEST_CASE("product detail lists codes and certifications, newest first", "[catalogue]") {
    test::SampleDb sample;
    const auto detail = must(product_detail(sample.db, "8936010100114"));
    CHECK(detail.product.sku == "TV-MHD-250");
    CHECK(detail.barcodes == std::vector<std::string>{"8936010100114", "8936010100190"});
    REQUIRE(detail.certifications.size() == 2);
    CHECK(detail.certifications[0].decision_no == "2164/QĐ-BNNMT");
    CHECK(detail.certifications[0].stars == 5);
    CHECK(detail.certifications[0].level == "central");
    CHECK(detail.certifications[0].status == "active");
    CHECK(detail.certifications[0].valid_to == "2029-06-04");
    CHECK(detail.certifications[1].status == "expired");

    const auto revoked = must(product_detail(sample.db, "tv-cg-bl"));
    REQUIRE(revoked.certifications.size() == 1);
    CHECK(revoked.certifications[0].status == "revoked");
    CHECK(revoked.certifications[0].status_note.starts_with("Thu hồi giấy chứng nhận OCOP"));

    CHECK(error_code(product_detail(sample.db, "nope")) == "catalog.unknown_code");
    CHECK(must(category_name(sample.db, "thu_cong")) == "Thủ công mỹ nghệ");
    CHECK(must(category_name(sample.db, "unknown")) == "unknown");
}

TEST_CASE("search ignores accents and case", "[catalogue][search]") {
    test::SampleDb sample;
    const auto plain = search(sample.db, "banh tet");
    CHECK(plain.size() == 3);
    CHECK(
        std::is_permutation(plain.begin(), plain.end(),
                            std::vector<std::string>{"TV-BT-BM", "TV-BT-NG", "TV-BT-TQ"}.begin()));
    CHECK(search(sample.db, "BANH TET") == plain);
    CHECK(search(sample.db, "bánh tét") == plain);
    CHECK(search(sample.db, "BÁNH TÉT") == plain);
    CHECK(search(sample.db, "Ba\u0301nh te\u0301t") == plain); // typed with combining accents
    CHECK(search(sample.db, "  bánh,   tét!! ") == plain);
}

TEST_CASE("đ and d are the same letter to the search", "[catalogue][search]") {
    test::SampleDb sample;
    const auto with_stroke = search(sample.db, "đuong");
    const std::vector<std::string> sugar{"TV-DHD-250", "TV-DHD-500"};
    CHECK(std::is_permutation(with_stroke.begin(), with_stroke.end(), sugar.begin(), sugar.end()));
    CHECK(search(sample.db, "duong") == with_stroke);
    CHECK(search(sample.db, "đường") == with_stroke);
    CHECK(search(sample.db, "ĐƯỜNG HOA DỪA") == with_stroke);
}

TEST_CASE("each word typed may be the start of a word", "[catalogue][search]") {
    test::SampleDb sample;
    CHECK(search(sample.db, "ban te") == search(sample.db, "banh tet"));
    CHECK(search(sample.db, "tom kh") == std::vector<std::string>{"TV-TK-TH100", "TV-TK-TH1"});
    // ...but not the middle of one.
    CHECK(search(sample.db, "anh tet").empty());
    // English names and store codes are searched too.
    CHECK(search(sample.db, "bird's nest").size() == 2);
    CHECK(search(sample.db, "tv-rxt").size() == 5);
    CHECK(search(sample.db, "TV-RXT-HOP") == std::vector<std::string>{"TV-RXT-HOP"});
}

TEST_CASE("names that begin with the text come first", "[catalogue][search]") {
    test::SampleDb sample;
    const auto found = must(search_products(sample.db, "dua sap"));
    REQUIRE(found.size() >= 10);
    // Five names begin with "Dừa sáp"; many others contain it later on.
    std::size_t leading = 0;
    while (leading < found.size() && found[leading].name_vi.starts_with("Dừa sáp"))
        ++leading;
    CHECK(leading == 5);
    for (std::size_t i = leading; i < found.size(); ++i) {
        INFO(found[i].name_vi);
        CHECK_FALSE(found[i].name_vi.starts_with("Dừa sáp"));
    }
    // And the lookup is the same however it is typed.
    CHECK(skus(found) == search(sample.db, "DỪA SÁP"));
}

TEST_CASE("search shows only products on sale, up to the limit", "[catalogue][search]") {
    test::SampleDb sample;
    // Trà tía tô is inactive, Trà sâm đinh lăng is not.
    CHECK(search(sample.db, "tia to").empty());
    CHECK(search(sample.db, "dinh lang") == std::vector<std::string>{"TV-TRA-DL"});
    const auto mhd = search(sample.db, "mat hoa dua");
    CHECK(std::find(mhd.begin(), mhd.end(), "TV-MHD-180") == mhd.end());
    CHECK(mhd.size() == 5);

    CHECK(search(sample.db, "tv", 7).size() == 7);
    CHECK(search(sample.db, "tv", 100).size() == 66); // 68 products, 2 inactive
    CHECK(search(sample.db, "").empty());
    CHECK(search(sample.db, " ... ").empty());
    CHECK(search(sample.db, "không có sản phẩm này").empty());
}

TEST_CASE("search text cannot inject FTS5 query syntax", "[catalogue][search][failure]") {
    test::SampleDb sample;
    for (const char* text : {"\"", "banh\"", "*", "NEAR(banh tet)", "banh OR tet", "AND", "^banh",
                             "banh:tet", "name:banh", "(", "\"\"\"", "茶"}) {
        INFO(text);
        CHECK(search_products(sample.db, text).has_value());
    }
    // Words that are FTS5 operators are searched for as words.
    CHECK(search(sample.db, "banh OR").empty());
}

TEST_CASE("a product renamed by head office is found by its new name only", "[catalogue][search]") {
    test::SampleDb sample;
    must(sample.db.execute("UPDATE products SET name_vi = ? WHERE sku = 'TV-BT-TQ'",
                           "Bánh ú lá tre Trà Cuôn"));
    CHECK(search(sample.db, "banh u") == std::vector<std::string>{"TV-BT-TQ"});
    CHECK(search(sample.db, "tu quy").empty());
    // A new product is searchable at once; a deleted one is gone.
    must(sample.db.exec("INSERT INTO products (sku, name_vi, category, unit, price, vat_class) "
                        "VALUES ('TV-NEW', 'Bánh pía sầu riêng', 'dac_san', 'hộp', 60000, "
                        "'standard_reducible')"));
    CHECK(search(sample.db, "banh pia") == std::vector<std::string>{"TV-NEW"});
    must(sample.db.exec("DELETE FROM products WHERE sku = 'TV-NEW'"));
    CHECK(search(sample.db, "banh pia").empty());
}
