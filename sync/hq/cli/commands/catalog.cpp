// Head office's catalogue: importing products and setting prices.

#include "sync/hq/cli/command.h"

#include <fstream>
#include <ostream>
#include <regex>
#include <sstream>

namespace ocop::hq::cli {

namespace {

// A price in đồng: "95000", or grouped by thousands the Vietnamese way,
// "95.000" (never a decimal point: there are no fractions of a đồng).
Result<std::int64_t> price_in_dong(std::string_view text) {
    static const std::regex thousands(R"(\d{1,3}(\.\d{3})+)");
    std::string digits(text);
    if (std::regex_match(digits, thousands))
        std::erase(digits, '.');
    auto price = whole_number(digits, "PRICE");
    if (!price) {
        return fail("hq.bad_price",
                    "a price is whole đồng, like 95000 or 95.000, not \"" + std::string(text) +
                        "\"",
                    "Giá phải là số đồng, ví dụ 95000 hoặc 95.000, không phải \"" +
                        std::string(text) + "\".");
    }
    return price;
}

int import_catalogue(Context& context, const Invocation& invocation) {
    const std::string& path = invocation.arguments[0];
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    if (!file || !(text << file.rdbuf())) {
        return report(context, Error{"hq.read_failed", "cannot read " + path,
                                     "Không đọc được tệp " + path + "."});
    }
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    auto imported = office->import_catalogue_csv(text.str(), context.clock.now());
    if (!imported)
        return report(context, imported.error());
    context.out << "Đã nhập " << *imported << " sản phẩm / imported " << *imported << " products\n";
    return kExitOk;
}

int set_price(Context& context, const Invocation& invocation) {
    const auto price = price_in_dong(invocation.arguments[1]);
    if (!price)
        return report(context, price.error(), kExitUsage);
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    const auto& sku = invocation.arguments[0];
    if (auto done = office->set_price(sku, *price, context.clock.now()); !done)
        return report(context, done.error());
    context.out << "Đã đặt giá / price set: " << sku << " " << *price << " đ\n";
    return kExitOk;
}

} // namespace

std::vector<Command> catalog_commands() {
    return {
        {{"catalog import",
          "FILE.csv",
          "nhập danh mục sản phẩm từ CSV (tất cả hoặc không) / import products from CSV (all or "
          "nothing)",
          "",
          {},
          1,
          1},
         import_catalogue},
        {{"price set",
          "SKU PRICE",
          "đặt giá bán (đồng; 95000 hoặc 95.000) / set a price (đồng)",
          "",
          {},
          2,
          2},
         set_price},
    };
}

} // namespace ocop::hq::cli
