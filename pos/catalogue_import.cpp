#include "pos/catalogue_import.h"

#include "db/connection.h"
#include "db/csv.h"
#include "db/text_fold.h"
#include "pos/gtin.h"
#include "pos/money.h"
#include "pos/text.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace ocop::pos {

using db::CsvRecord;
using db::parse_csv;

namespace {

enum class Column : std::size_t {
    Sku,
    NameVi,
    NameEn,
    Category,
    OcopGroup,
    ProducerCode,
    Unit,
    Price,
    VatClass,
    Weighed,
    Consigned,
    Active,
    Barcodes,
};

// A column: its name in the header, whether the header must have it, and how
// an UPDATE writes it (the ?N are the parameters bind_product() binds).
struct ColumnSpec {
    std::string_view name;
    bool required;
    std::string_view assignment;
};

constexpr std::array<ColumnSpec, 13> kColumns{{
    {"sku", true, "sku = ?1"},
    {"name_vi", true, "name_vi = ?2"},
    {"name_en", false, "name_en = ?3"},
    {"category", false, "category = ?4"},
    {"ocop_group", false, "ocop_group = ?5"},
    {"producer_code", false, "producer_id = ?6"},
    {"unit", true, "unit = ?7"},
    {"price", true, "price = ?8"},
    {"vat_class", false, "vat_class = ?9"},
    {"weighed", false, "weighed = ?10"},
    {"consigned", false, "consigned = ?11"},
    {"active", false, "active = ?12"},
    {"barcodes", false, ""}, // written to the barcodes table, not products
}};

constexpr std::size_t index_of(Column column) {
    return static_cast<std::size_t>(column);
}

constexpr std::string_view name_of(Column column) {
    return kColumns[index_of(column)].name;
}

template <class Container>
std::string join(const Container& items) {
    std::string joined;
    for (const auto& item : items) {
        if (!joined.empty())
            joined += ", ";
        joined += item;
    }
    return joined;
}

std::string all_column_names() {
    std::vector<std::string_view> names;
    for (const auto& spec : kColumns)
        names.push_back(spec.name);
    return join(names);
}

std::string in_quotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

// Every message starts with where the problem is, so a list of them reads on
// its own: "Dòng 7, cột price: giá "12,5" không hợp lệ."
ImportProblem problem(int line, std::string_view column, const std::string& en,
                      const std::string& vi) {
    const std::string n = std::to_string(line);
    const std::string c(column);
    if (column.empty())
        return {line, c, "line " + n + ": " + en, "Dòng " + n + ": " + vi};
    return {line, c, "line " + n + ", column " + c + ": " + en,
            "Dòng " + n + ", cột " + c + ": " + vi};
}

// Where each known column is in the file.
struct Layout {
    int line = 1;
    std::size_t width = 0;
    std::array<std::optional<std::size_t>, kColumns.size()> position{};
    std::vector<std::size_t> unnamed; // header cells left empty

    bool has(Column column) const { return position[index_of(column)].has_value(); }
};

std::optional<Column> column_named(std::string_view name) {
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (kColumns[i].name == name)
            return static_cast<Column>(i);
    }
    return std::nullopt;
}

void place_column(Layout& layout, std::size_t position, std::string_view raw,
                  std::vector<ImportProblem>& problems) {
    const std::string name = lower_ascii(trimmed(raw));
    if (name.empty()) {
        layout.unnamed.push_back(position);
        return;
    }
    const auto column = column_named(name);
    if (!column) {
        problems.push_back(problem(
            layout.line, name,
            "unknown column " + in_quotes(name) + "; known columns: " + all_column_names(),
            "không có cột tên " + in_quotes(name) + ". Các cột dùng được: " + all_column_names() +
                ". Sửa tên cột hoặc xoá cột này."));
        return;
    }
    auto& slot = layout.position[index_of(*column)];
    if (slot) {
        problems.push_back(problem(layout.line, name, "the column appears twice in the header",
                                   "cột " + in_quotes(name) + " có hai lần trong dòng tiêu đề."));
        return;
    }
    slot = position;
}

Layout read_header(const CsvRecord& header, std::vector<ImportProblem>& problems) {
    Layout layout;
    layout.line = header.line;
    layout.width = header.fields.size();
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        place_column(layout, i, header.fields[i], problems);
    for (const auto& spec : kColumns) {
        if (spec.required && !layout.position[index_of(*column_named(spec.name))]) {
            problems.push_back(problem(layout.line, spec.name,
                                       "required column " + in_quotes(spec.name) + " is missing",
                                       "thiếu cột bắt buộc " + in_quotes(spec.name) +
                                           ". Dòng tiêu đề phải có: sku, name_vi, unit, price."));
        }
    }
    return layout;
}

// The codes other tables define, read once per import.
struct Reference {
    std::set<std::string> categories;
    std::set<std::string> ocop_groups;
    std::set<std::string> vat_classes;
    std::map<std::string, std::int64_t> producers; // code -> id
};

Result<std::set<std::string>> load_codes(db::Connection& db, std::string_view table) {
    auto statement = db.prepare("SELECT code FROM " + std::string(table));
    if (!statement)
        return fail(statement.error());
    auto codes = db::collect_rows(*statement, [](const db::Statement& row) { return row.text(0); });
    if (!codes)
        return fail(codes.error());
    return std::set<std::string>(codes->begin(), codes->end());
}

Result<std::map<std::string, std::int64_t>> load_producers(db::Connection& db) {
    auto statement = db.prepare("SELECT code, id FROM producers");
    if (!statement)
        return fail(statement.error());
    auto rows = db::collect_rows(*statement, [](const db::Statement& row) {
        return std::pair{row.text(0), row.int64(1)};
    });
    if (!rows)
        return fail(rows.error());
    return std::map<std::string, std::int64_t>(rows->begin(), rows->end());
}

Result<Reference> load_reference(db::Connection& db) {
    Reference reference;
    for (auto [table, codes] : {std::pair{"categories", &reference.categories},
                                std::pair{"ocop_groups", &reference.ocop_groups},
                                std::pair{"vat_classes", &reference.vat_classes}}) {
        auto loaded = load_codes(db, table);
        if (!loaded)
            return fail(loaded.error());
        *codes = std::move(*loaded);
    }
    auto producers = load_producers(db);
    if (!producers)
        return fail(producers.error());
    reference.producers = std::move(*producers);
    return reference;
}

// One row that passed every check, ready to write. Columns the file does not
// have hold their default for a new product (and are not written over an
// existing one).
struct ProductRow {
    int line = 0;
    std::optional<std::int64_t> existing_id;
    std::string sku;
    std::string name_vi;
    std::string name_en;
    std::string category;
    std::string ocop_group;
    std::optional<std::int64_t> producer_id;
    std::string unit;
    Money price;
    std::string vat_class;
    bool weighed = false;
    bool consigned = false;
    bool active = true;
    std::vector<std::string> barcodes;
};

// The cells of one record and the problems found in them.
class RowCheck {
public:
    RowCheck(const CsvRecord& record, const Layout& layout, std::vector<ImportProblem>& problems)
        : record_(record), layout_(layout), problems_(problems), first_(problems.size()) {}

    int line() const { return record_.line; }
    bool has(Column column) const { return layout_.has(column); }
    bool failed() const { return problems_.size() > first_; }

    // The trimmed cell, empty when the file has no such column.
    std::string_view cell(Column column) const {
        const auto& position = layout_.position[index_of(column)];
        return position ? trimmed(record_.fields[*position]) : std::string_view{};
    }

    void report(Column column, const std::string& en, const std::string& vi) {
        problems_.push_back(problem(line(), name_of(column), en, vi));
    }

    void report_row(const std::string& en, const std::string& vi) {
        problems_.push_back(problem(line(), {}, en, vi));
    }

private:
    const CsvRecord& record_;
    const Layout& layout_;
    std::vector<ImportProblem>& problems_;
    std::size_t first_;
};

bool all_empty(const CsvRecord& record) {
    for (const auto& field : record.fields) {
        if (!trimmed(field).empty())
            return false;
    }
    return true;
}

// A row split into a different number of cells than the header would put
// every value under the wrong column, so nothing else in it is checked.
bool check_shape(RowCheck& row, const CsvRecord& record, const Layout& layout) {
    if (record.fields.size() != layout.width) {
        const std::string got = std::to_string(record.fields.size());
        const std::string want = std::to_string(layout.width);
        row.report_row("the row has " + got + " cells but the header has " + want + " columns",
                       "dòng có " + got + " ô nhưng dòng tiêu đề có " + want +
                           " cột. Kiểm tra dấu phân cách (, hoặc ;) và dấu ngoặc kép.");
        return false;
    }
    for (const std::size_t position : layout.unnamed) {
        const auto value = trimmed(record.fields[position]);
        if (!value.empty()) {
            const std::string n = std::to_string(position + 1);
            row.report_row("value " + in_quotes(value) + " in column " + n + ", which has no name",
                           "có giá trị " + in_quotes(value) + " ở cột thứ " + n +
                               " nhưng cột này không có tên trong dòng tiêu đề.");
        }
    }
    return true;
}

std::string required_text(RowCheck& row, Column column) {
    const auto value = row.cell(column);
    if (value.empty())
        row.report(column, "this cell must not be empty", "ô này không được để trống.");
    return std::string(value);
}

Money check_price(RowCheck& row) {
    const auto value = row.cell(Column::Price);
    if (value.empty()) {
        row.report(Column::Price, "the price is missing",
                   "chưa có giá. Nhập số đồng, ví dụ 125000 hoặc 125.000.");
        return {};
    }
    auto price = parse_money(value);
    if (!price) {
        row.report(Column::Price, "price " + in_quotes(value) + " is not a whole amount of dong",
                   "giá " + in_quotes(value) +
                       " không hợp lệ. Nhập số đồng, ví dụ 125000 hoặc 125.000.");
        return {};
    }
    return *price;
}

// A code that must be one of `known`. For category and vat_class (which every
// product has) an empty cell is refused, and a new product needs the column.
std::string check_code(RowCheck& row, Column column, const std::set<std::string>& known,
                       std::string_view what_vi, bool needed, bool new_product) {
    const std::string name(name_of(column));
    if (!row.has(column)) {
        if (needed && new_product) {
            row.report(column, "a new product needs the column " + in_quotes(name),
                       "sản phẩm mới cần có " + std::string(what_vi) + ": thêm cột " +
                           in_quotes(name) + " vào tệp.");
        }
        return {};
    }
    const std::string value(row.cell(column));
    const std::string choices = join(known);
    if (value.empty()) {
        if (needed) {
            row.report(column, "this cell must not be empty; use one of: " + choices,
                       "chưa có " + std::string(what_vi) + ". Dùng một trong: " + choices + ".");
        }
        return {};
    }
    if (!known.contains(value)) {
        row.report(column, "unknown " + name + " " + in_quotes(value) + "; use one of: " + choices,
                   std::string(what_vi) + " " + in_quotes(value) + " không có. Dùng một trong: " +
                       choices + (needed ? "." : ", hoặc để trống."));
    }
    return value;
}

std::optional<std::int64_t> check_producer(RowCheck& row, const Reference& reference) {
    const std::string code(row.cell(Column::ProducerCode));
    if (code.empty())
        return std::nullopt;
    const auto found = reference.producers.find(code);
    if (found == reference.producers.end()) {
        row.report(Column::ProducerCode, "no producer has the code " + in_quotes(code),
                   "không có nhà sản xuất mã " + in_quotes(code) +
                       ". Thêm nhà sản xuất trước, sửa mã, hoặc để trống ô này.");
        return std::nullopt;
    }
    return found->second;
}

// 0/1, có/không (with or without accents), yes/no, true/false; empty is the
// column's default.
bool check_flag(RowCheck& row, Column column, bool empty_means) {
    const auto value = row.cell(column);
    if (value.empty())
        return empty_means;
    const std::string folded = db::fold_for_search(value);
    for (std::string_view yes : {"1", "co", "yes", "true"}) {
        if (folded == yes)
            return true;
    }
    for (std::string_view no : {"0", "khong", "no", "false"}) {
        if (folded == no)
            return false;
    }
    row.report(column,
               in_quotes(value) + " is not a yes/no value (1/0, co/khong, yes/no, true/false)",
               "giá trị " + in_quotes(value) + " không hợp lệ; ghi 1 hoặc 0 (có/không).");
    return empty_means;
}

bool all_digits(std::string_view text) {
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.empty();
}

void report_not_digits(RowCheck& row, const std::string& code) {
    // A long number typed into Excel comes back as 8,93457E+12: say so.
    const bool exponent = code.find("E+") != std::string::npos;
    row.report(Column::Barcodes, "barcode " + in_quotes(code) + " must be digits only",
               "mã vạch " + in_quotes(code) + " chỉ được gồm chữ số." +
                   (exponent ? " Excel đã đổi mã thành dạng số mũ: định dạng cột barcodes là "
                               "Văn bản (Text) rồi nhập lại mã."
                             : ""));
}

// GTIN-8, -12, -13 and -14 carry a check digit; up to 7 digits is an
// in-store code (PLU). Other lengths are most likely a GTIN with a digit
// lost or added, so they are refused rather than stored.
bool check_barcode_format(RowCheck& row, const std::string& code) {
    if (!all_digits(code)) {
        report_not_digits(row, code);
        return false;
    }
    const std::size_t length = code.size();
    if (length <= 7)
        return true;
    if (length != 8 && length != 12 && length != 13 && length != 14) {
        const std::string n = std::to_string(length);
        row.report(Column::Barcodes,
                   "barcode " + in_quotes(code) + " has " + n +
                       " digits; a GTIN has 8, 12, 13 or 14, a store code at most 7",
                   "mã vạch " + in_quotes(code) + " có " + n +
                       " chữ số; mã vạch GS1 có 8, 12, 13 hoặc 14 chữ số, mã nội bộ tối đa 7 "
                       "chữ số.");
        return false;
    }
    const int expected = gs1_check_digit(std::string_view(code).substr(0, length - 1));
    if (code.back() - '0' != expected) {
        const std::string digit = std::to_string(expected);
        row.report(Column::Barcodes,
                   "barcode " + in_quotes(code) + " has a wrong check digit (expected " + digit +
                       ")",
                   "mã vạch " + in_quotes(code) + " sai chữ số kiểm tra (chữ số cuối phải là " +
                       digit + "). Kiểm tra lại mã in trên bao bì.");
        return false;
    }
    return true;
}

// Codes separated by '|' or spaces.
std::vector<std::string> split_barcodes(std::string_view cell) {
    std::vector<std::string> codes;
    std::string current;
    for (const char c : cell) {
        if (c == '|' || c == ' ' || c == '\t') {
            if (!current.empty())
                codes.push_back(std::exchange(current, {}));
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        codes.push_back(current);
    return codes;
}

struct BarcodeOwner {
    std::int64_t product_id = 0;
    std::string sku;
    std::string name_vi;
};

// Checks each row against the file so far and against the database, and
// keeps the rows that pass.
class CatalogueImport {
public:
    CatalogueImport(db::Connection& db, const Layout& layout, Reference reference)
        : db_(db), layout_(layout), reference_(std::move(reference)) {}

    Result<void> check(const CsvRecord& record) {
        if (all_empty(record))
            return {}; // Excel leaves ";;;;" for a row whose cells were cleared
        RowCheck row(record, layout_, problems_);
        if (!check_shape(row, record, layout_))
            return {};
        ProductRow product;
        product.line = record.line;
        product.sku = check_sku(row);
        auto existing = find_product(product.sku);
        if (!existing)
            return fail(existing.error());
        product.existing_id = *existing;
        if (auto filled = fill(row, product); !filled)
            return fail(filled.error());
        if (!row.failed())
            rows_.push_back(std::move(product));
        return {};
    }

    std::vector<ImportProblem> take_problems() { return std::move(problems_); }

    Result<ImportReport> apply() {
        const std::string update_sql = update_statement();
        ImportReport report;
        for (const auto& row : rows_) {
            auto written = write(row, update_sql);
            if (!written)
                return fail(written.error());
            ++(row.existing_id ? report.updated : report.added);
        }
        return report;
    }

private:
    std::string check_sku(RowCheck& row) {
        std::string sku = required_text(row, Column::Sku);
        if (sku.empty())
            return sku;
        const auto [seen, first] = skus_.try_emplace(lower_ascii(sku), row.line());
        if (!first) {
            const std::string other = std::to_string(seen->second);
            row.report(Column::Sku, "sku " + in_quotes(sku) + " already appears on line " + other,
                       "mã sku " + in_quotes(sku) + " đã có ở dòng " + other +
                           "; mỗi sản phẩm chỉ được ghi một dòng.");
        }
        return sku;
    }

    // The product this sku already names. Store codes are matched without
    // regard to case at the till (find_by_code), so here too.
    Result<std::optional<std::int64_t>> find_product(const std::string& sku) {
        if (sku.empty())
            return std::optional<std::int64_t>{};
        return db_.query_int64("SELECT id FROM products WHERE sku = ?1 COLLATE NOCASE "
                               "ORDER BY sku = ?1 DESC LIMIT 1",
                               sku);
    }

    Result<void> fill(RowCheck& row, ProductRow& product) {
        const bool is_new = !product.existing_id;
        product.name_vi = required_text(row, Column::NameVi);
        product.name_en = std::string(row.cell(Column::NameEn));
        product.category =
            check_code(row, Column::Category, reference_.categories, "loại sản phẩm", true, is_new);
        product.ocop_group = check_code(row, Column::OcopGroup, reference_.ocop_groups,
                                        "nhóm sản phẩm OCOP", false, is_new);
        product.producer_id = check_producer(row, reference_);
        product.unit = required_text(row, Column::Unit);
        product.price = check_price(row);
        product.vat_class = check_code(row, Column::VatClass, reference_.vat_classes,
                                       "loại thuế GTGT", true, is_new);
        product.weighed = check_flag(row, Column::Weighed, false);
        product.consigned = check_flag(row, Column::Consigned, false);
        product.active = check_flag(row, Column::Active, true);
        auto barcodes = check_barcodes(row, product.existing_id);
        if (!barcodes)
            return fail(barcodes.error());
        product.barcodes = std::move(*barcodes);
        return {};
    }

    Result<std::vector<std::string>> check_barcodes(RowCheck& row,
                                                    std::optional<std::int64_t> product_id) {
        std::vector<std::string> accepted;
        for (const auto& code : split_barcodes(row.cell(Column::Barcodes))) {
            if (!check_barcode_format(row, code) || !claim_in_file(row, code))
                continue;
            auto owned = owned_elsewhere(row, code, product_id);
            if (!owned)
                return fail(owned.error());
            if (!*owned)
                accepted.push_back(code);
        }
        return accepted;
    }

    // A barcode names one product: the second row (or second mention in a
    // row) that lists it is wrong.
    bool claim_in_file(RowCheck& row, const std::string& code) {
        const auto [seen, first] = barcodes_.try_emplace(code, row.line());
        if (first)
            return true;
        const bool same_line = seen->second == row.line();
        const std::string other = std::to_string(seen->second);
        row.report(Column::Barcodes,
                   "barcode " + in_quotes(code) +
                       (same_line ? " is listed twice" : " is already listed on line " + other),
                   "mã vạch " + in_quotes(code) +
                       (same_line ? " được ghi hai lần trên dòng này."
                                  : " đã được ghi ở dòng " + other +
                                        "; một mã vạch chỉ thuộc một sản phẩm."));
        return false;
    }

    // True (and reported) when the barcode belongs to a product other than
    // this row's: moving a barcode silently would make scans sell the wrong
    // product, so the manager must take it off the other product first.
    Result<bool> owned_elsewhere(RowCheck& row, const std::string& code,
                                 std::optional<std::int64_t> product_id) {
        auto owner = find_owner(code);
        if (!owner)
            return fail(owner.error());
        if (!*owner || (product_id && (*owner)->product_id == *product_id))
            return false;
        const auto& other = **owner;
        row.report(Column::Barcodes,
                   "barcode " + in_quotes(code) + " already belongs to product " +
                       in_quotes(other.sku),
                   "mã vạch " + in_quotes(code) + " đang thuộc sản phẩm " + in_quotes(other.sku) +
                       " (" + other.name_vi +
                       "). Gỡ mã khỏi sản phẩm đó trước; việc nhập không tự chuyển mã vạch.");
        return true;
    }

    Result<std::optional<BarcodeOwner>> find_owner(const std::string& code) {
        auto statement = db_.prepare("SELECT p.id, p.sku, p.name_vi FROM barcodes b "
                                     "JOIN products p ON p.id = b.product_id WHERE b.code = ?");
        if (!statement)
            return fail(statement.error());
        statement->bind_all(code);
        auto found = statement->step();
        if (!found)
            return fail(found.error());
        if (!*found)
            return std::optional<BarcodeOwner>{};
        return BarcodeOwner{statement->int64(0), statement->text(1), statement->text(2)};
    }

    // Only the columns the file has are written over an existing product, so
    // a file of just sku,name_vi,unit,price changes prices and leaves the rest.
    std::string update_statement() const {
        std::string sql = "UPDATE products SET ";
        bool first = true;
        for (std::size_t i = 0; i < kColumns.size(); ++i) {
            if (kColumns[i].assignment.empty() || !layout_.position[i])
                continue;
            sql += (first ? "" : ", ") + std::string(kColumns[i].assignment);
            first = false;
        }
        return sql + " WHERE id = ?13";
    }

    static std::optional<std::string> or_null(const std::string& text) {
        return text.empty() ? std::nullopt : std::optional<std::string>(text);
    }

    // Binds ?1..?12 in the order of kColumns' assignments.
    static void bind_product(db::Statement& statement, const ProductRow& row) {
        statement.bind_all(row.sku, row.name_vi, or_null(row.name_en), row.category,
                           or_null(row.ocop_group), row.producer_id, row.unit, row.price.dong,
                           row.vat_class, int{row.weighed}, int{row.consigned}, int{row.active});
    }

    Result<std::int64_t> write_product(const ProductRow& row, const std::string& update_sql) {
        auto statement =
            row.existing_id
                ? db_.prepare(update_sql)
                : db_.prepare("INSERT INTO products (sku, name_vi, name_en, category, ocop_group, "
                              "producer_id, unit, price, vat_class, weighed, consigned, active) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        if (!statement)
            return fail(statement.error());
        bind_product(*statement, row);
        if (row.existing_id)
            statement->bind(13, *row.existing_id);
        if (auto ran = statement->run(); !ran)
            return fail(ran.error());
        return row.existing_id ? *row.existing_id : db_.last_insert_rowid();
    }

    // The listed codes become the product's codes. Codes it keeps keep their
    // row (and so their units per scan, set for case GTINs elsewhere).
    Result<void> replace_barcodes(std::int64_t product_id, const std::vector<std::string>& codes) {
        auto current = db_.prepare("SELECT code FROM barcodes WHERE product_id = ?");
        if (!current)
            return fail(current.error());
        current->bind_all(product_id);
        auto old_codes =
            db::collect_rows(*current, [](const db::Statement& r) { return r.text(0); });
        if (!old_codes)
            return fail(old_codes.error());
        const std::set<std::string> wanted(codes.begin(), codes.end());
        for (const auto& code : *old_codes) {
            if (wanted.contains(code))
                continue;
            if (auto removed = db_.execute("DELETE FROM barcodes WHERE code = ?", code); !removed)
                return fail(removed.error());
        }
        for (const auto& code : codes) {
            auto added = db_.execute("INSERT INTO barcodes (code, product_id) VALUES (?, ?) "
                                     "ON CONFLICT (code) DO NOTHING",
                                     code, product_id);
            if (!added)
                return fail(added.error());
        }
        return {};
    }

    Result<void> write(const ProductRow& row, const std::string& update_sql) {
        auto id = write_product(row, update_sql);
        if (!id)
            return fail(id.error());
        if (!layout_.has(Column::Barcodes))
            return {};
        return replace_barcodes(*id, row.barcodes);
    }

    db::Connection& db_;
    const Layout& layout_;
    Reference reference_;
    std::vector<ImportProblem> problems_;
    std::vector<ProductRow> rows_;
    std::map<std::string, int> skus_;     // lower-case sku -> line
    std::map<std::string, int> barcodes_; // code -> line
};

} // namespace

Result<ImportReport> import_catalogue_csv(db::Connection& db, std::string_view csv_text) {
    auto records = parse_csv(csv_text);
    if (!records)
        return fail(records.error());
    ImportReport refused;
    if (records->empty()) {
        refused.problems.push_back(
            problem(1, {}, "the file is empty; a header row is required",
                    "tệp trống. Dòng đầu tiên phải là dòng tiêu đề, ví dụ: " +
                        std::string(kCatalogueCsvHeader)));
        return refused;
    }
    const Layout layout = read_header(records->front(), refused.problems);
    if (!refused.accepted())
        return refused; // with columns unknown or missing, the rows cannot be read

    // The write lock is taken before checking, so nothing can change between
    // the checks and the writes; on a refusal it is released with no writes.
    auto transaction = db::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    auto reference = load_reference(db);
    if (!reference)
        return fail(reference.error());
    CatalogueImport import(db, layout, std::move(*reference));
    for (std::size_t i = 1; i < records->size(); ++i) {
        if (auto checked = import.check((*records)[i]); !checked)
            return fail(checked.error());
    }
    refused.problems = import.take_problems();
    if (!refused.accepted())
        return refused;
    auto report = import.apply();
    if (!report)
        return fail(report.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return report;
}

} // namespace ocop::pos
