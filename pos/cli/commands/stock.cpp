// ocop stock | stock receive | stock return | stock damage | stock transfer out|in |
// stock count start|scan|report|apply | stock threshold | stock slip
#include "pos/stock.h"

#include "drivers/printer/receipt_printer.h"
#include "pos/catalogue.h"
#include "pos/cli/command.h"
#include "pos/cli/format.h"
#include "pos/cli/offscreen_gui.h"
#include "pos/delivery_note.h"
#include "pos/expiry.h"
#include "pos/printing.h"
#include "pos/receipt.h"
#include "pos/settings.h"
#include "pos/stock_transfer.h"
#include "pos/stocktake.h"
#include "pos/write_off.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <ostream>

namespace ocop::cli {

namespace {

constexpr std::string_view kExpiryDaysSetting = "stock.expiry_warning_days";

// One --scan and the options that follow it, before the next --scan.
struct GoodsLine {
    pos::CodeMatch match;
    pos::Quantity quantity;
    std::optional<std::string> lot;
    std::optional<std::string> expiry;
};

// Reads --scan CODE [--qty N] [--lot L] [--expiry D] ... in the order given.
// Without --qty a scan is one unit (or the units a case code stands for).
Result<std::vector<GoodsLine>> goods_lines(db::Connection& db, const Invocation& invocation) {
    std::vector<GoodsLine> lines;
    for (const auto& [option, value] : invocation.options) {
        if (option == "--scan") {
            auto match = pos::find_by_code(db, value);
            if (!match)
                return fail(match.error());
            const auto units = pos::Quantity::units(match->units_per_scan);
            lines.push_back(GoodsLine{*match, units, {}, {}});
            continue;
        }
        if (option != "--qty" && option != "--lot" && option != "--expiry")
            continue;
        if (lines.empty())
            return fail(option_before_scan(option));
        GoodsLine& line = lines.back();
        if (option == "--qty") {
            auto quantity = pos::parse_quantity(value);
            if (!quantity)
                return fail(quantity.error());
            line.quantity = pos::Quantity{quantity->milli * line.match.units_per_scan};
        } else if (option == "--lot") {
            line.lot = value;
        } else {
            auto date = pos::parse_date(value);
            if (!date)
                return fail(date.error());
            line.expiry = *date;
        }
    }
    return lines;
}

std::vector<pos::MovementLine> movement_lines(const std::vector<GoodsLine>& lines) {
    std::vector<pos::MovementLine> out;
    for (const auto& line : lines)
        out.push_back({line.match.product.id, line.quantity, line.lot, line.expiry});
    return out;
}

Result<pos::DeliveryNote> delivery_note(db::Connection& db, const Invocation& invocation) {
    pos::DeliveryNote note;
    note.producer_code = invocation.value("--producer").value_or("");
    if (note.producer_code.empty()) {
        return fail("cli.missing_option", "give --producer CODE",
                    "Cần chọn nhà sản xuất (--producer MÃ).");
    }
    auto lines = goods_lines(db, invocation);
    if (!lines)
        return fail(lines.error());
    for (const auto& line : *lines) {
        note.lines.push_back(
            {line.match.product.id, line.quantity, line.lot, line.expiry, std::nullopt});
    }
    note.terms.consigned = !invocation.has("--bought");
    if (const auto commission = invocation.value("--commission")) {
        auto basis_points = pos::parse_commission_percent(*commission);
        if (!basis_points)
            return fail(basis_points.error());
        note.terms.commission_bp = *basis_points;
    }
    if (const auto cost = invocation.value("--cost")) {
        auto money = pos::parse_money(*cost);
        if (!money)
            return fail(money.error());
        note.terms.unit_cost = *money;
    }
    note.note = invocation.value("--note").value_or("");
    return note;
}

// Draws a document to --png, on the store's printer profile.
Result<void> write_png(db::Connection& db, const drivers::Document& document,
                       const std::string& path) {
    OffscreenGui gui;
    auto printer = pos::printer_settings(db);
    auto profile = drivers::printer_profile(printer ? printer->profile.name : "80mm");
    if (!profile)
        return fail(profile.error());
    return drivers::write_paper_png(document, *profile, path);
}

int note_result(Context& context, db::Connection& db, const Invocation& invocation,
                const pos::RecordedNote& recorded, std::string_view what) {
    if (const auto png = invocation.value("--png")) {
        auto slip = pos::delivery_slip(db, recorded.number);
        if (!slip)
            return report(context, slip.error());
        if (auto written = write_png(db, *slip, *png); !written)
            return report(context, written.error());
    }
    if (context.json) {
        print_json(context, {{"number", recorded.number},
                             {"seq", recorded.seq},
                             {"created_at", recorded.created_at}});
    } else {
        context.out << what << " " << recorded.number << ".\n";
    }
    return kExitOk;
}

int receive(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    if (invocation.has("--consigned") && invocation.has("--bought")) {
        return report(context,
                      Error{"cli.conflicting_options", "--consigned or --bought, not both",
                            "Chỉ chọn một: --consigned (ký gửi) hoặc --bought (mua đứt)."},
                      kExitUsage);
    }
    auto note = delivery_note(*terminal->db, invocation);
    if (!note)
        return report(context, note.error());
    auto approval = manager_approval(*terminal->db, invocation, "Nhận hàng");
    if (!approval)
        return report(context, approval.error());
    auto recorded = pos::receive_goods(terminal->till, *note, *approval);
    if (!recorded)
        return report(context, recorded.error());
    return note_result(context, *terminal->db, invocation, *recorded, "Đã nhập hàng, phiếu");
}

int give_back(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto note = delivery_note(*terminal->db, invocation);
    if (!note)
        return report(context, note.error());
    auto recorded = pos::return_to_producer(terminal->till, *note);
    if (!recorded)
        return report(context, recorded.error());
    return note_result(context, *terminal->db, invocation, *recorded,
                       "Đã trả hàng cho nhà sản xuất, phiếu");
}

int slip(Context& context, const Invocation& invocation) {
    const auto png = invocation.value("--png");
    if (!png) {
        return report(context,
                      Error{"cli.missing_option", "give --png FILE", "Cần chọn --png TỆP."},
                      kExitUsage);
    }
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto document = pos::delivery_slip(*connection, invocation.arguments.at(0));
    if (!document)
        return report(context, document.error());
    if (auto written = write_png(*connection, *document, *png); !written)
        return report(context, written.error());
    if (context.json)
        print_json(context, {{"png", *png}});
    return kExitOk;
}

int damage(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto lines = goods_lines(*terminal->db, invocation);
    if (!lines)
        return report(context, lines.error());
    auto seq = pos::write_off(terminal->till, movement_lines(*lines),
                              invocation.value("--reason").value_or(""));
    if (!seq)
        return report(context, seq.error());
    if (context.json)
        print_json(context, {{"seq", *seq}});
    else
        context.out << "Đã ghi huỷ hàng (sự kiện " << *seq << ").\n";
    return kExitOk;
}

int transfer_out(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    const auto to = invocation.value("--to");
    if (!to) {
        return report(context,
                      Error{"cli.missing_option", "give --to STORE",
                            "Cần chọn cửa hàng nhận (--to MÃ-CỬA-HÀNG)."},
                      kExitUsage);
    }
    auto lines = goods_lines(*terminal->db, invocation);
    if (!lines)
        return report(context, lines.error());
    auto sent = pos::transfer_out(terminal->till, *to, movement_lines(*lines),
                                  invocation.value("--note").value_or(""));
    if (!sent)
        return report(context, sent.error());
    if (context.json) {
        print_json(context, {{"transfer_id", sent->id}, {"seq", sent->seq}});
    } else {
        context.out << "Đã chuyển hàng đi, phiếu chuyển kho " << sent->id
                    << ". Hàng đang trên đường cho đến khi cửa hàng " << *to
                    << " xác nhận nhận hàng.\n";
    }
    return kExitOk;
}

int transfer_in(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto lines = goods_lines(*terminal->db, invocation);
    if (!lines)
        return report(context, lines.error());
    const std::string& id = invocation.arguments.at(0);
    auto seq = pos::transfer_in(terminal->till, id, invocation.value("--from"),
                                movement_lines(*lines), invocation.value("--note").value_or(""));
    if (!seq)
        return report(context, seq.error());
    if (context.json)
        print_json(context, {{"transfer_id", id}, {"seq", *seq}});
    else
        context.out << "Đã nhận hàng chuyển kho " << id << ".\n";
    return kExitOk;
}

// ocop stock transfers --incoming: what head office carried here and no till
// of this store has confirmed yet.
int transfers(Context& context, const Invocation& invocation) {
    if (!invocation.has("--incoming")) {
        return report(context,
                      Error{"cli.missing_option", "give --incoming",
                            "Cần --incoming (hàng đang chuyển đến cửa hàng này)."},
                      kExitUsage);
    }
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto incoming = pos::incoming_transfers(terminal->till);
    if (!incoming)
        return report(context, incoming.error());
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& transfer : *incoming) {
            nlohmann::json lines = nlohmann::json::array();
            for (const auto& line : transfer.lines) {
                lines.push_back(
                    {{"product_id", line.product_id},
                     {"sku", line.sku},
                     {"name", line.name},
                     {"quantity_milli", line.quantity.milli},
                     {"lot", line.lot ? nlohmann::json(*line.lot) : nlohmann::json(nullptr)},
                     {"expiry",
                      line.expiry ? nlohmann::json(*line.expiry) : nlohmann::json(nullptr)}});
            }
            list.push_back({{"transfer_id", transfer.id},
                            {"from_store", transfer.from_store},
                            {"sent_at", transfer.sent_at},
                            {"lines", std::move(lines)}});
        }
        print_json(context, list);
        return kExitOk;
    }
    context.out << "Hàng đang chuyển đến cửa hàng " << terminal->till.store_code << ":\n";
    if (incoming->empty())
        context.out << "  (không có)\n";
    for (const auto& transfer : *incoming) {
        context.out << "  " << transfer.id << " từ " << transfer.from_store << ", gửi "
                    << transfer.sent_at << "\n";
        for (const auto& line : transfer.lines) {
            context.out << "    " << line.sku << " " << line.name << ": "
                        << pos::format_quantity(line.quantity) << " " << line.unit;
            if (line.lot)
                context.out << " — lô " << *line.lot;
            if (line.expiry)
                context.out << ", HSD " << *line.expiry;
            context.out << "\n";
        }
    }
    if (!incoming->empty())
        context.out << "Xác nhận đủ hàng: ocop stock transfer in MÃ-PHIẾU\n";
    return kExitOk;
}

int count_start(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto take = pos::start_stocktake(terminal->till, invocation.value("--category"));
    if (!take)
        return report(context, take.error());
    if (context.json) {
        print_json(context, {{"stocktake", take->id},
                             {"category", take->category ? nlohmann::json(*take->category)
                                                         : nlohmann::json(nullptr)},
                             {"started_at", take->started_at},
                             {"start_seq", take->start_seq}});
    } else {
        context.out << "Bắt đầu kiểm kê số " << take->id
                    << (take->category ? " (nhóm " + *take->category + ")" : " (cả cửa hàng)")
                    << ". Quét từng sản phẩm: ocop stock count scan MÃ.\n";
    }
    return kExitOk;
}

int count_scan(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    std::optional<pos::Quantity> quantity;
    if (const auto text = invocation.value("--qty")) {
        auto parsed = pos::parse_quantity(*text);
        if (!parsed)
            return report(context, parsed.error());
        quantity = *parsed;
    }
    auto counted = pos::count_scan(terminal->till, invocation.arguments.at(0), quantity);
    if (!counted)
        return report(context, counted.error());
    // Blind: only what was counted, never what the journal expects.
    if (context.json) {
        print_json(context, {{"sku", counted->product.sku},
                             {"name", counted->product.name_vi},
                             {"counted_milli", counted->counted.milli}});
    } else {
        context.out << counted->product.sku << " " << counted->product.name_vi << ": đã đếm "
                    << pos::format_quantity(counted->counted) << " " << counted->product.unit
                    << "\n";
    }
    return kExitOk;
}

nlohmann::json variance_json(const pos::StocktakeLine& line) {
    return {{"product_id", line.product.id},
            {"sku", line.product.sku},
            {"name", line.product.name_vi},
            {"unit", line.product.unit},
            {"expected_milli", line.variance.expected.milli},
            {"counted_milli", line.variance.counted.milli},
            {"difference_milli", line.variance.difference().milli},
            {"moved_during_count_milli", line.moved_since_start.milli},
            {"unit_price", line.variance.unit_value.dong},
            {"value", line.variance.value().dong}};
}

int count_report(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto lines = pos::stocktake_report(*terminal->db, terminal->till.store_id);
    if (!lines)
        return report(context, lines.error());
    const bool differences_only = !invocation.has("--all");
    std::vector<pos::VarianceLine> shown;
    nlohmann::json list = nlohmann::json::array();
    pos::Money total;
    for (const auto& line : *lines) {
        if (differences_only && line.variance.difference() == pos::Quantity{0})
            continue;
        shown.push_back(line.variance);
        list.push_back(variance_json(line));
        total += line.variance.value();
    }
    if (const auto png = invocation.value("--png")) {
        auto store = pos::store_header(*terminal->db, terminal->till.store_code);
        if (!store)
            return report(context, store.error());
        const auto document =
            pos::stocktake_variance(shown, *store, "Cửa hàng " + terminal->till.store_code,
                                    pos::local_timestamp(context.clock.now()));
        if (auto written = write_png(*terminal->db, document, *png); !written)
            return report(context, written.error());
    }
    if (context.json) {
        print_json(context, {{"lines", list}, {"value", total.dong}});
        return kExitOk;
    }
    context.out << "Chênh lệch kiểm kê (đếm − sổ sách):\n";
    for (const auto& line : shown) {
        context.out << "  " << line.sku << " " << line.name << ": sổ "
                    << pos::format_quantity(line.expected) << ", đếm "
                    << pos::format_quantity(line.counted) << ", lệch "
                    << pos::format_quantity(line.difference()) << " " << line.unit << " = "
                    << pos::format_money(line.value()) << "\n";
    }
    context.out << "Tổng giá trị chênh lệch: " << pos::format_money(total) << "\n";
    return kExitOk;
}

int count_apply(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto approval = manager_approval(*terminal->db, invocation, "Kiểm kê");
    if (!approval)
        return report(context, approval.error());
    auto applied = pos::apply_stocktake(terminal->till, *approval);
    if (!applied)
        return report(context, applied.error());
    if (context.json) {
        print_json(context,
                   {{"stocktake", applied->id},
                    {"seq", applied->seq ? nlohmann::json(*applied->seq) : nlohmann::json(nullptr)},
                    {"adjusted", applied->adjusted},
                    {"value", applied->value.dong}});
    } else {
        context.out << "Đã điều chỉnh tồn kho theo kiểm kê số " << applied->id << ": "
                    << applied->adjusted << " sản phẩm, giá trị chênh lệch "
                    << pos::format_money(applied->value) << ".\n";
    }
    return kExitOk;
}

int threshold(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto match = pos::find_by_code(*terminal->db, invocation.arguments.at(0));
    if (!match)
        return report(context, match.error());
    std::optional<pos::Quantity> minimum;
    if (invocation.arguments.at(1) != "0") {
        auto parsed = pos::parse_quantity(invocation.arguments.at(1));
        if (!parsed)
            return report(context, parsed.error());
        minimum = *parsed;
    }
    if (auto set =
            pos::set_threshold(*terminal->db, terminal->till.store_id, match->product.id, minimum);
        !set)
        return report(context, set.error());
    if (context.json) {
        print_json(context, {{"sku", match->product.sku},
                             {"minimum_milli",
                              minimum ? nlohmann::json(minimum->milli) : nlohmann::json(nullptr)}});
    } else if (minimum) {
        context.out << "Ngưỡng sắp hết của " << match->product.sku << ": "
                    << pos::format_quantity(*minimum) << " " << match->product.unit << ".\n";
    } else {
        context.out << "Đã bỏ ngưỡng sắp hết của " << match->product.sku << ".\n";
    }
    return kExitOk;
}

int expiring(Context& context, const Invocation& invocation, OpenTill& terminal) {
    std::int64_t days = 30;
    if (const auto text = invocation.value("--days")) {
        const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), days);
        if (error != std::errc{} || end != text->data() + text->size() || days < 0) {
            return report(context,
                          Error{"cli.bad_number", "--days takes a whole number of days",
                                "--days cần một số ngày (số nguyên không âm)."},
                          kExitUsage);
        }
    } else {
        auto configured = pos::get_integer_setting(*terminal.db, kExpiryDaysSetting, 30);
        if (!configured)
            return report(context, configured.error());
        days = *configured;
    }
    const std::string today = pos::local_date(context.clock.now());
    auto lots = pos::expiring_lots(*terminal.db, terminal.till.store_id, today, days);
    if (!lots)
        return report(context, lots.error());
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& lot : *lots) {
            list.push_back({{"product_id", lot.product.id},
                            {"sku", lot.product.sku},
                            {"name", lot.product.name_vi},
                            {"lot", lot.lot},
                            {"expiry", lot.expiry},
                            {"days_left", lot.days_left},
                            {"quantity_milli", lot.remaining.milli}});
        }
        print_json(context, list);
        return kExitOk;
    }
    context.out << "Lô hàng hết hạn trong " << days << " ngày tới (tính từ " << today << "):\n";
    if (lots->empty())
        context.out << "  (không có)\n";
    for (const auto& lot : *lots) {
        context.out << "  " << lot.expiry << "  " << lot.product.sku << " " << lot.product.name_vi
                    << " — lô " << lot.lot << ": " << pos::format_quantity(lot.remaining) << " "
                    << lot.product.unit
                    << (lot.days_left < 0 ? " (ĐÃ HẾT HẠN)"
                                          : " (còn " + std::to_string(lot.days_left) + " ngày)")
                    << "\n";
    }
    return kExitOk;
}

int stock(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    if (invocation.has("--expiring"))
        return expiring(context, invocation, *terminal);
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

const OptionSpec kScan{"--scan", "CODE", "mã vạch hoặc mã cửa hàng / barcode or store code"};
const OptionSpec kQty{"--qty", "N", "số lượng của dòng (1,25 cho hàng cân) / the line's quantity"};
const OptionSpec kLot{"--lot", "LOT", "số lô của dòng / the line's lot"};
const OptionSpec kExpiry{"--expiry", "YYYY-MM-DD", "hạn sử dụng của dòng / the line's expiry"};
const OptionSpec kNote{"--note", "TEXT", "ghi chú / a note"};
const OptionSpec kManager{"--manager", "USER", "quản lý duyệt / approving manager"};
const OptionSpec kManagerPin{"--manager-pin", "PIN", "mã PIN của quản lý / the manager's PIN"};
const OptionSpec kReason{"--reason", "TEXT", "lý do / the reason"};
const OptionSpec kPng{"--png", "FILE", "ảnh phiếu in / a picture of the slip"};

} // namespace

std::vector<Command> stock_commands() {
    return {
        {{"stock",
          "",
          "Tồn kho của cửa hàng / stock levels at this store",
          "Levels are the sum of every stock movement (opening stock, receipts, sales,\n"
          "refunds, returns, write-offs, transfers, stocktake adjustments). --low shows\n"
          "only products below their threshold; --expiring lists the lots that expire\n"
          "within --days days (default: setting stock.expiry_warning_days, else 30).",
          {{"--low", "", "chỉ hàng sắp hết / only products below their threshold"},
           {"--search", "TEXT", "lọc theo tên / filter by name (accents ignored)"},
           {"--expiring", "", "lô sắp hết hạn / lots about to expire"},
           {"--days", "N", "số ngày cảnh báo hạn dùng / days ahead for --expiring"}},
          0,
          0},
         stock},
        {{"stock receive",
          "",
          "Nhập hàng từ nhà sản xuất / receive goods from a producer",
          "Records a delivery note: the producer's goods, consigned (default) or bought,\n"
          "with the agreed terms: --commission PCT (the store's share of the price) or\n"
          "--cost PRICE (per unit). Options after a --scan apply to that line. A\n"
          "manager approves with their PIN. --png draws the slip for the producer.\n"
          "Example:\n"
          "  ocop stock receive --producer HTX-CAUNGANG --scan 8936010100016 --qty 20 \\\n"
          "       --lot L1129 --expiry 2026-12-10 --commission 15 \\\n"
          "       --manager quanly --manager-pin 9999 --png phieu.png",
          {{"--producer", "CODE", "mã nhà sản xuất / the producer's code"},
           kScan,
           kQty,
           kLot,
           kExpiry,
           {"--consigned", "", "hàng ký gửi (mặc định) / consigned (the default)"},
           {"--bought", "", "hàng mua đứt / bought outright"},
           {"--commission", "PCT", "hoa hồng ký gửi, % / consignment commission"},
           {"--cost", "PRICE", "giá trả mỗi đơn vị / agreed price per unit"},
           kNote,
           kManager,
           kManagerPin,
           kReason,
           kPng},
          0,
          0},
         receive},
        {{"stock return",
          "",
          "Trả hàng cho nhà sản xuất / return goods to their producer",
          "Records a return note taking the goods out of stock. --png draws the slip.",
          {{"--producer", "CODE", "mã nhà sản xuất / the producer's code"},
           kScan,
           kQty,
           kLot,
           kExpiry,
           kNote,
           kPng},
          0,
          0},
         give_back},
        {{"stock slip",
          "NUMBER",
          "In lại phiếu nhập/trả hàng / draw a delivery note's slip again",
          "",
          {{"--png", "FILE", "ảnh phiếu in / a picture of the slip"}},
          1,
          1},
         slip},
        {{"stock damage",
          "",
          "Huỷ hàng hỏng, hết hạn / write off damaged or expired goods",
          "The reason is required and kept with the movement.",
          {kScan, kQty, kLot, kExpiry, kReason},
          0,
          0},
         damage},
        {{"stock transfer out",
          "",
          "Chuyển hàng sang cửa hàng khác / send goods to another store",
          "The goods leave this store now and are in transit until the other store\n"
          "confirms with `ocop stock transfer in ID`. Prints the transfer's id.",
          {{"--to", "STORE", "cửa hàng nhận / the receiving store"},
           kScan,
           kQty,
           kLot,
           kExpiry,
           kNote},
          0,
          0},
         transfer_out},
        {{"stock transfer in",
          "TRANSFER_ID",
          "Xác nhận nhận hàng chuyển đến / confirm goods transferred in",
          "Without --scan, confirms exactly the lines head office brought here (see\n"
          "`ocop stock transfers --incoming`); with --scan lines, those are what arrived\n"
          "(a shortage shows at head office as sent against received). A transfer is\n"
          "confirmed once.",
          {{"--from", "STORE", "cửa hàng gửi / the sending store"},
           kScan,
           kQty,
           kLot,
           kExpiry,
           kNote},
          1,
          1},
         transfer_in},
        {{"stock transfers",
          "",
          "Hàng đang chuyển đến / transfers on their way to this store",
          "Transfers head office brought here that no till of this store has confirmed,\n"
          "with the sending store, the date and the lines.",
          {{"--incoming", "", "hàng chuyển đến cửa hàng này / those coming to this store"}},
          0,
          0},
         transfers},
        {{"stock count start",
          "",
          "Bắt đầu kiểm kê / start a stocktake",
          "Counts the whole store, or one category with --category. Sales may go on:\n"
          "what is expected is the level at the start plus every movement since.",
          {{"--category", "CODE", "chỉ một nhóm hàng / only one category"}},
          0,
          0},
         count_start},
        {{"stock count scan",
          "CODE",
          "Đếm một sản phẩm / count a product",
          "Each scan counts one unit; weighed goods need --qty. The count is blind: it\n"
          "shows what was counted, never what the books expect.",
          {{"--qty", "N", "số lượng đếm được / the quantity counted"}},
          1,
          1},
         count_scan},
        {{"stock count report",
          "",
          "Báo cáo chênh lệch kiểm kê / the stocktake's variance",
          "Products whose count differs from the books, with the difference's value at\n"
          "the current price; --all lists every product counted or expected.",
          {{"--all", "", "cả sản phẩm không lệch / products without a difference too"},
           {"--png", "FILE", "ảnh biên bản kiểm kê / a picture of the variance sheet"}},
          0,
          0},
         count_report},
        {{"stock count apply",
          "",
          "Điều chỉnh tồn kho theo kiểm kê / apply the stocktake",
          "Records the differences as adjustments and closes the count; a manager\n"
          "approves with their PIN.",
          {kManager, kManagerPin, kReason},
          0,
          0},
         count_apply},
        {{"stock threshold",
          "SKU QTY",
          "Đặt ngưỡng sắp hết / set a product's low-stock threshold",
          "QTY 0 removes the threshold.",
          {},
          2,
          2},
         threshold},
    };
}

} // namespace ocop::cli
