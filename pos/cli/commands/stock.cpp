// ocop stock
#include "pos/stock.h"

#include "pos/cli/command.h"
#include "pos/cli/format.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace ocop::cli {

namespace {

int stock(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    const pos::StockFilter filter{invocation.has("--low"),
                                  invocation.value("--search").value_or("")};
    auto levels = pos::stock_levels(*terminal->db, terminal->till.store_id, filter);
    if (!levels)
        return report(context, levels.error());
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& level : *levels) {
            list.push_back({{"product_id", level.product.id},
                            {"sku", level.product.sku},
                            {"name", level.product.name_vi},
                            {"unit", level.product.unit},
                            {"quantity_milli", level.on_hand.milli},
                            {"minimum_milli", level.minimum ? nlohmann::json(level.minimum->milli)
                                                            : nlohmann::json(nullptr)},
                            {"low", level.is_low()}});
        }
        print_json(context, list);
        return kExitOk;
    }
    context.out << "Tồn kho cửa hàng " << terminal->till.store_code
                << (filter.low_only ? " — các mặt hàng sắp hết" : "") << "\n"
                << stock_table(*levels);
    return kExitOk;
}

} // namespace

std::vector<Command> stock_commands() {
    return {
        {{"stock",
          "",
          "Tồn kho của cửa hàng / stock levels at this store",
          "Levels are the sum of every stock movement (opening stock, receipts, sales,\n"
          "refunds, adjustments). --low shows only products below their threshold.",
          {{"--low", "", "chỉ hàng sắp hết / only products below their threshold"},
           {"--search", "TEXT", "lọc theo tên / filter by name (accents ignored)"}},
          0,
          0},
         stock},
    };
}

} // namespace ocop::cli
