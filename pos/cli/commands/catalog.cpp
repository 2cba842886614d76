// ocop catalog search | show | import
#include "pos/catalogue.h"
#include "pos/catalogue_import.h"
#include "pos/cli/command.h"
#include "pos/cli/format.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <fstream>
#include <ostream>
#include <sstream>

namespace ocop::cli {

namespace {

int search(Context& context, const Invocation& invocation) {
    int limit = 20;
    if (const auto text = invocation.value("--limit")) {
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), limit);
        if (ec != std::errc{} || end != text->data() + text->size() || limit < 1) {
            return report(context,
                          Error{"cli.bad_limit", "--limit takes a positive whole number",
                                "--limit phải là số nguyên dương."},
                          kExitUsage);
        }
    }
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto products = pos::search_products(*connection, invocation.arguments.front(), limit);
    if (!products)
        return report(context, products.error());
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& product : *products) {
            auto detail = pos::describe(*connection, product);
            if (!detail)
                return report(context, detail.error());
            list.push_back(pos::to_json(*detail));
        }
        print_json(context, list);
        return kExitOk;
    }
    if (products->empty())
        context.out << "Không tìm thấy sản phẩm nào cho \"" << invocation.arguments.front()
                    << "\".\n";
    for (const auto& product : *products)
        context.out << product_line(product) << "\n";
    return kExitOk;
}

int show(Context& context, const Invocation& invocation) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto detail = pos::product_detail(*connection, invocation.arguments.front());
    if (!detail)
        return report(context, detail.error());
    if (context.json)
        print_json(context, pos::to_json(*detail));
    else
        context.out << product_card(*detail);
    return kExitOk;
}

int import(Context& context, const Invocation& invocation) {
    const std::string& file = invocation.arguments.front();
    std::ifstream input(file, std::ios::binary);
    if (!input) {
        return report(context, Error{"catalog.import_unreadable", "cannot read " + file,
                                     "Không đọc được tệp " + file + "."});
    }
    std::ostringstream text;
    text << input.rdbuf();
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto imported = pos::import_catalogue_csv(*connection, text.str());
    if (!imported)
        return report(context, imported.error());
    if (context.json) {
        nlohmann::json problems = nlohmann::json::array();
        for (const auto& problem : imported->problems) {
            problems.push_back({{"line", problem.line},
                                {"column", problem.column},
                                {"message", problem.message_en},
                                {"message_vi", problem.message_vi}});
        }
        print_json(context, {{"accepted", imported->accepted()},
                             {"added", imported->added},
                             {"updated", imported->updated},
                             {"problems", problems}});
    } else if (imported->accepted()) {
        context.out << "Đã nhập " << imported->added << " sản phẩm mới, cập nhật "
                    << imported->updated << " sản phẩm.\n";
    } else {
        context.err << "Không nhập gì cả: tệp có " << imported->problems.size()
                    << " dòng lỗi. Sửa các dòng sau rồi nhập lại:\n";
        for (const auto& problem : imported->problems)
            context.err << "  " << problem.message_vi << "\n    [line " << problem.line << "] "
                        << problem.message_en << "\n";
    }
    return imported->accepted() ? kExitOk : kExitFailed;
}

} // namespace

std::vector<Command> catalog_commands() {
    return {
        {{"catalog search",
          "TEXT",
          "Tìm sản phẩm theo tên hoặc mã / search products by name or code",
          "Accents and case are ignored: \"banh tet\", \"BANH TET\" and \"bánh tét\" find the\n"
          "same products; đ matches d. Each word must begin a word of the name.",
          {{"--limit", "N", "số kết quả tối đa / at most N results (20)"}},
          1,
          1},
         search},
        {{"catalog show",
          "CODE",
          "Xem sản phẩm / show a product by barcode or store code",
          "Shows the product, its barcodes and its OCOP certifications.",
          {},
          1,
          1},
         show},
        {{"catalog import",
          "FILE.csv",
          "Nhập danh mục từ CSV / import products from a CSV file",
          "Adds new products and updates existing ones (by sku). Every row is checked\n"
          "first; if any row is bad, nothing is imported and every bad row is listed by\n"
          "line. The format is described in docs/catalogue-import.md.",
          {},
          1,
          1},
         import},
    };
}

} // namespace ocop::cli
