#include "pos/catalogue.h"

#include "db/connection.h"
#include "db/text_fold.h"

#include <nlohmann/json.hpp>

namespace ocop::pos {

namespace {

// The columns read_product() expects, in order, from products p joined to
// producers r.
constexpr std::string_view kProductColumns =
    "p.id, p.sku, p.name_vi, coalesce(p.name_en, ''), p.category, coalesce(p.ocop_group, ''), "
    "coalesce(r.code, ''), coalesce(r.name, ''), p.unit, p.price, p.vat_class, p.weighed, "
    "p.consigned, p.active";

Product read_product(const db::Statement& row) {
    return Product{row.int64(0),       row.text(1),         row.text(2),  row.text(3),
                   row.text(4),        row.text(5),         row.text(6),  row.text(7),
                   row.text(8),        Money{row.int64(9)}, row.text(10), row.int64(11) != 0,
                   row.int64(12) != 0, row.int64(13) != 0};
}

// SELECT of the product columns (and any extra ones after them) with `tail`
// (joins, WHERE, ORDER BY) appended.
std::string product_query(std::string_view tail, std::string_view extra_columns = {}) {
    std::string sql = "SELECT " + std::string(kProductColumns);
    if (!extra_columns.empty())
        sql += ", " + std::string(extra_columns);
    return sql + " FROM products p LEFT JOIN producers r ON r.id = p.producer_id " +
           std::string(tail);
}

Error unknown_code(std::string_view code) {
    return Error{"catalog.unknown_code", "no product has the code '" + std::string(code) + "'",
                 "Không tìm thấy sản phẩm có mã \"" + std::string(code) +
                     "\". Kiểm tra lại mã hoặc tìm theo tên."};
}

// An FTS5 query in which every folded word must begin a word of the entry:
// "banh te" -> "banh"* "te"*.
std::string match_expression(const std::string& folded) {
    std::string expression;
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos)
            end = folded.size();
        std::string word = folded.substr(start, end - start);
        std::string quoted = "\"";
        for (char c : word) {
            quoted.push_back(c);
            if (c == '"')
                quoted.push_back('"');
        }
        if (!expression.empty())
            expression.push_back(' ');
        expression += quoted + "\"*";
        start = end + 1;
    }
    return expression;
}

} // namespace

Result<CodeMatch> find_by_code(db::Connection& db, std::string_view code) {
    // A barcode first (the common case at the till), then a store code.
    static const std::string by_barcode =
        product_query("JOIN barcodes b ON b.product_id = p.id WHERE b.code = ?", "b.units");
    static const std::string by_sku = product_query("WHERE p.sku = ? COLLATE NOCASE", "1");
    for (const std::string* sql : {&by_barcode, &by_sku}) {
        auto row = db.first_row(*sql, code);
        if (!row)
            return fail(row.error());
        if (!*row)
            continue;
        CodeMatch match{read_product(**row), std::string(code), (*row)->int64(14)};
        if (!match.product.active) {
            return fail("catalog.inactive", "product " + match.product.sku + " is no longer sold",
                        "Sản phẩm \"" + match.product.name_vi + "\" đã ngừng bán.");
        }
        return match;
    }
    return fail(unknown_code(code));
}

Result<std::vector<Product>> search_products(db::Connection& db, std::string_view text, int limit) {
    const std::string folded = db::fold_for_search(text);
    if (folded.empty() || limit <= 0)
        return std::vector<Product>{};
    // First the names that begin with what was typed, through the index on
    // search_key: that is what a cashier types nearly always, and it stays
    // fast on one or two letters, where a word search matches thousands.
    // (Folded text has no GLOB wildcards: they fold to spaces.)
    auto starting = db.prepare(product_query(
        "WHERE p.search_key GLOB ?1 AND p.active = 1 ORDER BY p.search_key LIMIT ?2"));
    if (!starting)
        return fail(starting.error());
    starting->bind(1, folded + "*").bind(2, limit);
    auto products = db::collect_rows(*starting, read_product);
    if (!products || products->size() >= static_cast<std::size_t>(limit))
        return products;

    // Then names, English names and store codes with words beginning with
    // each word typed, best first. On one or two letters such words are in
    // thousands of names and ranking them all costs more than a keystroke is
    // worth: take the first ones found, the next keystroke narrows them.
    static constexpr std::size_t kShortestRanked = 3;
    const std::string order = folded.size() < kShortestRanked
                                  ? ""
                                  : "ORDER BY bm25(product_search, 10.0, 3.0, 5.0), p.name_vi ";
    auto words = db.prepare(product_query(
        "JOIN product_search s ON s.rowid = p.id "
        "WHERE product_search MATCH ?1 AND p.active = 1 AND p.search_key NOT GLOB ?2 " +
        order + "LIMIT ?3"));
    if (!words)
        return fail(words.error());
    words->bind(1, match_expression(folded))
        .bind(2, folded + "*")
        .bind(3, limit - static_cast<int>(products->size()));
    auto more = db::collect_rows(*words, read_product);
    if (!more)
        return fail(more.error());
    products->insert(products->end(), more->begin(), more->end());
    return products;
}

Result<ProductDetail> product_detail(db::Connection& db, std::string_view code) {
    // Unlike find_by_code, a product no longer sold can still be looked at.
    auto row = db.first_row(
        product_query("WHERE p.id = (SELECT product_id FROM barcodes WHERE code = ?1) "
                      "OR p.sku = ?1 COLLATE NOCASE ORDER BY p.sku = ?1 COLLATE NOCASE LIMIT 1"),
        code);
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(unknown_code(code));
    return describe(db, read_product(**row));
}

Result<ProductDetail> describe(db::Connection& db, const Product& product) {
    ProductDetail detail{product, {}, {}};
    auto barcodes = db.prepare("SELECT code FROM barcodes WHERE product_id = ? ORDER BY code");
    if (!barcodes)
        return fail(barcodes.error());
    barcodes->bind_all(detail.product.id);
    auto codes =
        db::collect_rows(*barcodes, [](const db::Statement& barcode) { return barcode.text(0); });
    if (!codes)
        return fail(codes.error());
    detail.barcodes = std::move(*codes);

    auto certifications = certifications_of(db, detail.product.id);
    if (!certifications)
        return fail(certifications.error());
    detail.certifications = std::move(*certifications);
    return detail;
}

Result<std::vector<Certification>> certifications_of(db::Connection& db, std::int64_t product_id) {
    auto statement = db.prepare(
        "SELECT id, decision_no, decision_date, level, stars, valid_from, valid_to, status, "
        "coalesce(status_note, '') FROM certifications WHERE product_id = ? "
        "ORDER BY valid_from DESC");
    if (!statement)
        return fail(statement.error());
    statement->bind_all(product_id);
    return db::collect_rows(*statement, [](const db::Statement& c) {
        return Certification{
            c.int64(0), c.text(1), c.text(2), c.text(3), static_cast<int>(c.int64(4)),
            c.text(5),  c.text(6), c.text(7), c.text(8)};
    });
}

nlohmann::json to_json(const ProductDetail& detail) {
    const Product& p = detail.product;
    nlohmann::json certifications = nlohmann::json::array();
    for (const auto& c : detail.certifications) {
        certifications.push_back({{"decision_no", c.decision_no},
                                  {"decision_date", c.decision_date},
                                  {"level", c.level},
                                  {"stars", c.stars},
                                  {"valid_from", c.valid_from},
                                  {"valid_to", c.valid_to},
                                  {"status", c.status},
                                  {"status_note", c.status_note}});
    }
    return {{"id", p.id},
            {"sku", p.sku},
            {"name_vi", p.name_vi},
            {"name_en", p.name_en},
            {"category", p.category},
            {"ocop_group", p.ocop_group},
            {"producer_code", p.producer_code},
            {"producer_name", p.producer_name},
            {"unit", p.unit},
            {"price", p.price.dong},
            {"vat_class", p.vat_class},
            {"weighed", p.weighed},
            {"consigned", p.consigned},
            {"active", p.active},
            {"barcodes", detail.barcodes},
            {"certifications", certifications}};
}

Result<std::vector<Category>> list_categories(db::Connection& db) {
    auto query =
        db.prepare("SELECT c.code, c.name_vi, c.name_en, "
                   "(SELECT count(*) FROM products p WHERE p.category = c.code AND p.active = 1) "
                   "FROM categories c ORDER BY c.sort_order");
    if (!query)
        return fail(query.error());
    return db::collect_rows(*query, [](const db::Statement& row) {
        return Category{row.text(0), row.text(1), row.text(2), row.int64(3)};
    });
}

Result<std::vector<Product>> products_in_category(db::Connection& db, std::string_view category,
                                                  int limit) {
    auto query = db.prepare(
        product_query("WHERE p.category = ?1 AND p.active = 1 ORDER BY p.search_key LIMIT ?2"));
    if (!query)
        return fail(query.error());
    query->bind(1, category).bind(2, limit);
    return db::collect_rows(*query, read_product);
}

Result<std::string> category_name(db::Connection& db, std::string_view category) {
    auto row = db.first_row("SELECT name_vi FROM categories WHERE code = ?", category);
    if (!row)
        return fail(row.error());
    return *row ? (*row)->text(0) : std::string(category);
}

} // namespace ocop::pos
