#include "sync/hq/catalogue_csv.h"

#include "db/csv.h"
#include "sync/hq/catalogue_store.h"
#include "sync/hq/database.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace ocop::hq {

namespace {

constexpr std::array<std::string_view, 13> kColumns = {
    "sku",   "name_vi",   "name_en", "category",  "ocop_group", "producer_code", "unit",
    "price", "vat_class", "weighed", "consigned", "active",     "barcodes"};
constexpr std::array<std::string_view, 4> kCategories = {"ocop", "dac_san", "thu_cong", "khac"};
constexpr std::array<std::string_view, 6> kOcopGroups = {
    "thuc_pham", "do_uong", "duoc_lieu", "thu_cong_my_nghe", "sinh_vat_canh", "du_lich"};
constexpr std::array<std::string_view, 4> kVatClasses = {"standard_reducible", "standard",
                                                         "reduced", "exempt"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& set, std::string_view value) {
    return std::find(set.begin(), set.end(), value) != set.end();
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Whole đồng: 125000, 125.000, 125,000 (groups of three) or 125k.
std::optional<std::int64_t> read_price(std::string text) {
    std::int64_t scale = 1;
    if (!text.empty() && (text.back() == 'k' || text.back() == 'K')) {
        scale = 1000;
        text.pop_back();
    }
    if (text.empty() || text.size() > 15)
        return std::nullopt;
    std::int64_t value = 0;
    std::size_t digits_since_separator = 0;
    bool separated = false;
    for (char c : text) {
        if (c == '.' || c == ',') {
            if (scale != 1 || (separated && digits_since_separator != 3) ||
                (!separated && digits_since_separator == 0))
                return std::nullopt;
            separated = true;
            digits_since_separator = 0;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
        ++digits_since_separator;
    }
    if (separated && digits_since_separator != 3)
        return std::nullopt;
    return value * scale;
}

std::optional<bool> read_yes_no(const std::string& text) {
    const std::string value = lower(text);
    if (value == "1" || value == "yes" || value == "true" || value == "có" || value == "co" ||
        value == "CÓ" || value == "Có")
        return true;
    if (value == "0" || value == "no" || value == "false" || value == "không" || value == "khong" ||
        value == "KHÔNG" || value == "Không")
        return false;
    return std::nullopt;
}

bool valid_barcode(const std::string& code) {
    if (code.empty() ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    if (code.size() <= 7)
        return true; // an in-store code (PLU)
    if (code.size() != 8 && code.size() != 12 && code.size() != 13 && code.size() != 14)
        return false;
    int sum = 0;
    for (std::size_t i = 0; i + 1 < code.size(); ++i) {
        const int digit = code[code.size() - 2 - i] - '0';
        sum += i % 2 == 0 ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10 == code.back() - '0';
}

std::vector<std::string> split_barcodes(const std::string& cell) {
    std::vector<std::string> codes;
    std::string current;
    for (char c : cell + " ") {
        if (c == '|' || c == ' ') {
            if (!current.empty())
                codes.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    return codes;
}

struct Problems {
    std::string en, vi;
    int count = 0;
    void add(int line, std::string_view column, const std::string& message_en,
             const std::string& message_vi) {
        ++count;
        const std::string where_en = "line " + std::to_string(line) +
                                     (column.empty() ? "" : ", column " + std::string(column));
        const std::string where_vi =
            "Dòng " + std::to_string(line) + (column.empty() ? "" : ", cột " + std::string(column));
        en += (en.empty() ? "" : "; ") + where_en + ": " + message_en;
        vi += (vi.empty() ? "" : "\n") + where_vi + ": " + message_vi;
    }
};

class Importer {
public:
    Importer(Database& database) : database_(database) {}

    Result<std::int64_t> run(std::string_view csv_text, std::string_view now) {
        auto records = db::parse_csv(csv_text);
        if (!records)
            return std::unexpected(records.error());
        if (records->empty()) {
            return fail("hq.import_rejected", "the file is empty", "Tệp trống.");
        }
        read_header(records->front());
        if (problems_.count == 0) {
            for (std::size_t i = 1; i < records->size(); ++i) {
                if (auto checked = check_row((*records)[i]); !checked)
                    return std::unexpected(checked.error());
            }
        }
        if (problems_.count > 0)
            return fail("hq.import_rejected", problems_.en, problems_.vi);
        for (const auto& product : products_) {
            if (auto written = write_product(database_, product, now); !written)
                return std::unexpected(written.error());
        }
        return static_cast<std::int64_t>(products_.size());
    }

private:
    void read_header(const db::CsvRecord& header) {
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            const std::string name = lower(trimmed(header.fields[i]));
            if (name.empty())
                continue;
            if (!one_of(kColumns, name)) {
                problems_.add(header.line, name, "unknown column",
                              "cột không có trong mẫu (sku, name_vi, unit, price, ...)");
            } else if (!columns_.emplace(name, i).second) {
                problems_.add(header.line, name, "the column appears twice", "cột bị lặp lại");
            }
        }
        for (const char* required : {"sku", "name_vi", "unit", "price"}) {
            if (!columns_.contains(required))
                problems_.add(header.line, required, "required column missing",
                              "thiếu cột bắt buộc");
        }
        width_ = header.fields.size();
    }

    std::optional<std::string> cell(const db::CsvRecord& record, std::string_view column) const {
        const auto found = columns_.find(std::string(column));
        if (found == columns_.end())
            return std::nullopt;
        return trimmed(record.fields[found->second]);
    }

    Result<bool> exists(std::string_view sql, const std::string& value) {
        auto row = database_.first_row(sql, value);
        if (!row)
            return std::unexpected(row.error());
        return row->has_value();
    }

    Result<void> check_row(const db::CsvRecord& record) {
        if (std::all_of(record.fields.begin(), record.fields.end(),
                        [](const std::string& field) { return trimmed(field).empty(); }))
            return {};
        const int line = record.line;
        if (record.fields.size() != width_) {
            problems_.add(line, "", "the row has another number of cells than the header",
                          "số ô khác với dòng tiêu đề (kiểm tra dấu phân cách, dấu ngoặc kép)");
            return {};
        }
        const std::string sku = *cell(record, "sku");
        if (sku.empty()) {
            problems_.add(line, "sku", "empty", "không được để trống");
            return {};
        }
        if (!skus_.insert(lower(sku)).second) {
            problems_.add(line, "sku", "the same sku twice in the file",
                          "mã hàng bị lặp trong tệp");
            return {};
        }
        auto existing = read_product(database_, sku);
        if (!existing)
            return std::unexpected(existing.error());
        ProductRecord product = existing->value_or(ProductRecord{});
        product.sku = existing->has_value() ? product.sku : sku;
        const bool adding = !existing->has_value();
        for (const char* column : {"name_vi", "unit"}) {
            const auto value = cell(record, column);
            if (value->empty())
                problems_.add(line, column, "empty", "không được để trống");
            (std::string_view(column) == "name_vi" ? product.name_vi : product.unit) = *value;
        }
        if (auto value = cell(record, "name_en"))
            product.name_en = value->empty() ? std::nullopt : std::optional(*value);
        if (auto price = read_price(*cell(record, "price")))
            product.price = *price;
        else
            problems_.add(line, "price", "not a whole amount of đồng",
                          "giá không hợp lệ; nhập số đồng, ví dụ 125000 hoặc 125.000");
        check_choice(record, line, "category", kCategories, product.category, adding);
        check_choice(record, line, "vat_class", kVatClasses, product.vat_class, adding);
        if (auto group = cell(record, "ocop_group")) {
            if (!group->empty() && !one_of(kOcopGroups, *group))
                problems_.add(line, "ocop_group", "unknown group", "nhóm OCOP không có");
            product.ocop_group = group->empty() ? std::nullopt : std::optional(*group);
        }
        if (auto producer = cell(record, "producer_code")) {
            if (!producer->empty()) {
                auto known = exists("SELECT 1 FROM producers WHERE code = ?", *producer);
                if (!known)
                    return std::unexpected(known.error());
                if (!*known)
                    problems_.add(line, "producer_code", "unknown producer",
                                  "không có nhà sản xuất mã này");
            }
            product.producer = producer->empty() ? std::nullopt : std::optional(*producer);
        }
        check_flag(record, line, "weighed", product.weighed, false, adding);
        check_flag(record, line, "consigned", product.consigned, false, adding);
        check_flag(record, line, "active", product.active, true, adding);
        if (auto cell_text = cell(record, "barcodes")) {
            if (auto checked = check_barcodes(line, sku, *cell_text, product); !checked)
                return checked;
        }
        products_.push_back(std::move(product));
        return {};
    }

    template <std::size_t N>
    void check_choice(const db::CsvRecord& record, int line, const char* column,
                      const std::array<std::string_view, N>& choices, std::string& target,
                      bool adding) {
        const auto value = cell(record, column);
        if (!value) {
            if (adding)
                problems_.add(line, column, "a new product needs this column",
                              "sản phẩm mới cần có cột này");
            return;
        }
        if (value->empty())
            problems_.add(line, column, "empty", "không được để trống");
        else if (!one_of(choices, *value))
            problems_.add(line, column, "unknown value \"" + *value + "\"",
                          "giá trị không có: \"" + *value + "\"");
        target = *value;
    }

    void check_flag(const db::CsvRecord& record, int line, const char* column, bool& target,
                    bool default_value, bool adding) {
        const auto value = cell(record, column);
        if (!value || value->empty()) {
            if (adding || value)
                target = default_value;
            return;
        }
        if (auto flag = read_yes_no(*value))
            target = *flag;
        else
            problems_.add(line, column, "not yes/no", "cần có/không (1/0)");
    }

    Result<void> check_barcodes(int line, const std::string& sku, const std::string& text,
                                ProductRecord& product) {
        std::vector<BarcodeRecord> barcodes;
        for (const auto& code : split_barcodes(text)) {
            if (!valid_barcode(code)) {
                problems_.add(line, "barcodes", "\"" + code + "\" is not a valid barcode",
                              "mã vạch \"" + code + "\" không hợp lệ");
                continue;
            }
            if (!barcodes_.insert(code).second) {
                problems_.add(line, "barcodes", "\"" + code + "\" twice in the file",
                              "mã vạch \"" + code + "\" bị lặp trong tệp");
                continue;
            }
            auto owner = database_.first_row("SELECT sku FROM barcodes WHERE code = ?", code);
            if (!owner)
                return std::unexpected(owner.error());
            if (*owner && lower((*owner)->text(0)) != lower(sku)) {
                problems_.add(line, "barcodes",
                              "\"" + code + "\" belongs to product " + (*owner)->text(0),
                              "mã vạch \"" + code + "\" đang thuộc sản phẩm " + (*owner)->text(0));
                continue;
            }
            // A code the product keeps keeps its units per scan.
            std::int64_t units = 1;
            for (const auto& kept : product.barcodes)
                if (kept.code == code)
                    units = kept.units;
            barcodes.push_back({code, units});
        }
        product.barcodes = std::move(barcodes);
        return {};
    }

    Database& database_;
    std::map<std::string, std::size_t> columns_;
    std::size_t width_ = 0;
    std::set<std::string> skus_, barcodes_;
    std::vector<ProductRecord> products_;
    Problems problems_;
};

} // namespace

Result<std::int64_t> import_catalogue(Database& database, std::string_view csv_text,
                                      std::string_view now) {
    return Importer(database).run(csv_text, now);
}

} // namespace ocop::hq
