#include "bench/generated_catalogue.h"

#include "pos/gtin.h"

#include <cstdio>
#include <cstdlib>
#include <random>

namespace ocop::bench {

namespace {

const std::vector<std::string> kKinds = {
    "Mật hoa dừa",  "Đường hoa dừa", "Bánh tét", "Kẹo dừa",   "Chả giò",      "Lạp xưởng",
    "Trà mãng cầu", "Rượu đế",       "Cốm dẹp",  "Giấm dừa",  "Thảm xơ dừa",  "Nước khoáng",
    "Tôm khô",      "Mắm bò hóc",    "Bánh pía", "Dừa sáp",   "Khô cá lóc",   "Gạo thơm",
    "Mật ong",      "Bánh ú",        "Nem chua", "Chuối sấy", "Giỏ lục bình", "Gáo dừa khắc"};
const std::vector<std::string> kMakers = {"Sokfarm",    "Vicosap",    "Hai Lý",   "Trà Cuôn",
                                          "Xuân Thạnh", "Vạn Thành",  "Ba So",    "Cầu Kè",
                                          "Tiểu Cần",   "Trà Cú",     "Phú Quới", "Long Đức",
                                          "Hòa Tân",    "Nhị Trường", "Vinh Kim", "Đại An"};
const std::vector<std::string> kSizes = {"100 g",   "200 g",     "250 ml",      "500 ml", "1 kg",
                                         "hộp quà", "túi 300 g", "chai 330 ml", "loại 1", "loại 2"};

std::string product_name(std::mt19937& random, int id) {
    auto pick = [&](const std::vector<std::string>& words) {
        return words[std::uniform_int_distribution<std::size_t>(0, words.size() - 1)(random)];
    };
    return pick(kKinds) + " " + pick(kMakers) + " " + pick(kSizes) + " #" + std::to_string(id);
}

} // namespace

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "bench setup failed: %s\n", what);
        std::exit(1);
    }
}

std::string generated_barcode(int id) {
    char text[16];
    std::snprintf(text, sizeof text, "893%09d", id);
    return std::string(text) + std::to_string(pos::gs1_check_digit(text));
}

std::vector<std::string> fill_generated_catalogue(db::Connection& db, int first_id, int count) {
    std::vector<std::string> names;
    names.reserve(static_cast<std::size_t>(count));
    std::mt19937 random(42);
    auto transaction = db::Transaction::begin(db);
    require(transaction.has_value(), "begin");
    for (int id = first_id; id < first_id + count; ++id) {
        names.push_back(product_name(random, id));
        require(db.execute("INSERT INTO products (id, sku, name_vi, category, unit, price, "
                           "vat_class) VALUES (?, ?, ?, 'dac_san', 'cái', ?, "
                           "'standard_reducible')",
                           id, "SKU" + std::to_string(id), names.back(), 10000 + id % 500 * 1000)
                    .has_value(),
                "insert product");
        require(db.execute("INSERT INTO barcodes (code, product_id) VALUES (?, ?)",
                           generated_barcode(id), id)
                    .has_value(),
                "insert barcode");
        // A third of the catalogue is certified, as in a showcase store.
        if (id % 3 == 0) {
            require(db.execute("INSERT INTO certifications (product_id, decision_no, "
                               "decision_date, level, stars, valid_from, valid_to) VALUES "
                               "(?, '1693/QĐ-UBND', '2025-08-22', 'province', 4, '2025-08-22', "
                               "'2028-08-21')",
                               id)
                        .has_value(),
                    "insert certification");
        }
    }
    require(transaction->commit().has_value(), "commit");
    return names;
}

} // namespace ocop::bench
