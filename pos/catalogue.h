#pragma once

#include "common/error.h"
#include "pos/money.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

struct Product {
    std::int64_t id = 0;
    std::string sku; // the store's own code
    std::string name_vi;
    std::string name_en;
    std::string category;   // categories.code: ocop, dac_san, thu_cong, khac
    std::string ocop_group; // ocop_groups.code, empty when none
    std::string producer_code;
    std::string producer_name;
    std::string unit;
    Money price;           // VAT included; per kg when weighed
    std::string vat_class; // vat_classes.code
    bool weighed = false;
    bool consigned = false;
    bool active = true;
};

// What a scanned or typed code stands for: the product, and how many selling
// units one scan of this code is (a case GTIN may stand for 12 jars).
struct CodeMatch {
    Product product;
    std::string code;
    std::int64_t units_per_scan = 1;
};

// Looks a code up among barcodes, then among store codes (sku, any case).
// catalog.unknown_code when nothing matches; catalog.inactive for a product
// that is no longer sold.
Result<CodeMatch> find_by_code(db::Connection& db, std::string_view code);

// Products whose Vietnamese or English name or store code contain words
// starting with each word typed, ignoring accents and case: "banh tet",
// "BANH TET" and "bánh tét" find the same. Names that begin with the text come
// first, then by relevance. Only active products.
Result<std::vector<Product>> search_products(db::Connection& db, std::string_view text,
                                             int limit = 20);

struct Certification {
    std::int64_t id = 0;
    std::string decision_no;
    std::string decision_date;
    std::string level; // province, central
    int stars = 0;
    std::string valid_from;
    std::string valid_to;
    std::string status; // active, suspended, revoked, expired (as recorded)
    std::string status_note;
};

struct ProductDetail {
    Product product;
    std::vector<std::string> barcodes;
    std::vector<Certification> certifications; // newest first
};

// A product's certifications, newest first.
Result<std::vector<Certification>> certifications_of(db::Connection& db, std::int64_t product_id);

// The product a code names, active or not, with its barcodes and certifications.
Result<ProductDetail> product_detail(db::Connection& db, std::string_view code);

// A product already found, with its barcodes and certifications.
Result<ProductDetail> describe(db::Connection& db, const Product& product);

// The JSON form of `ocop catalog ... --json`: snake_case keys, price in đồng,
// the product's `barcodes` and `certifications`.
nlohmann::json to_json(const ProductDetail& detail);

struct Category {
    std::string code; // ocop, dac_san, thu_cong, khac
    std::string name_vi;
    std::string name_en;
    std::int64_t products = 0; // active products in it
};

// The categories in the store's order, for the till's tiles.
Result<std::vector<Category>> list_categories(db::Connection& db);

// The active products of a category by name, for browsing without a barcode.
Result<std::vector<Product>> products_in_category(db::Connection& db, std::string_view category,
                                                  int limit = 60);

// The category's name in Vietnamese ("Sản phẩm OCOP").
Result<std::string> category_name(db::Connection& db, std::string_view category);

} // namespace ocop::pos
