// ocop sell | sales list | sales show | refund | void
#include "pos/catalogue.h"
#include "pos/checkout.h"
#include "pos/cli/command.h"
#include "pos/cli/format.h"
#include "pos/cli/offscreen_gui.h"
#include "pos/journal.h"
#include "pos/printing.h"
#include "pos/scanning.h"
#include "pos/users.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <ostream>

namespace ocop::cli {

namespace {

// One --scan and the options that follow it, before the next --scan.
struct LineRequest {
    std::string code;
    std::optional<pos::Quantity> quantity;
    std::optional<pos::Discount> discount;
    std::optional<pos::Money> price;
};

// Reads the per-line options in the order given: each applies to the last
// --scan before it.
Result<std::vector<LineRequest>> line_requests(const Invocation& invocation) {
    std::vector<LineRequest> lines;
    for (const auto& [option, value] : invocation.options) {
        if (option == "--scan") {
            lines.push_back(LineRequest{value, {}, {}, {}});
            continue;
        }
        const bool per_line = option == "--qty" || option == "--discount" || option == "--price";
        if (!per_line)
            continue;
        if (lines.empty())
            return fail(option_before_scan(option));
        LineRequest& line = lines.back();
        if (option == "--qty") {
            auto quantity = pos::parse_quantity(value);
            if (!quantity)
                return fail(quantity.error());
            line.quantity = *quantity;
        } else if (option == "--discount") {
            auto discount = pos::parse_discount(value);
            if (!discount)
                return fail(discount.error());
            line.discount = *discount;
        } else {
            auto price = pos::parse_money(value);
            if (!price)
                return fail(price.error());
            line.price = *price;
        }
    }
    return lines;
}

// The manager's approval, when --manager was given.
Result<std::optional<pos::Approval>> optional_approval(db::Connection& db,
                                                       const Invocation& invocation) {
    if (!invocation.has("--manager"))
        return std::optional<pos::Approval>{};
    auto approval = manager_approval(db, invocation, "");
    if (!approval)
        return fail(approval.error());
    return std::optional<pos::Approval>{std::move(*approval)};
}

Error blocked(const pos::CodeCheck& check) {
    std::string vi;
    for (const auto& message : check.messages_vi())
        vi += message + ". ";
    return Error{"certification.blocked",
                 check.match->product.sku + " blocked by the store's policy: " +
                     std::string(pos::outcome_code(check.certification.outcome)) +
                     (check.lot ? " / lot_expired" : ""),
                 vi + "Không được bán theo quy định của cửa hàng, trừ khi quản lý duyệt "
                      "(--manager, --manager-pin, --reason)."};
}

Result<pos::Cart> build_cart(pos::Till& till, const Invocation& invocation,
                             const std::optional<pos::Approval>& approval) {
    auto policy = pos::cart_policy(till.db);
    if (!policy)
        return fail(policy.error());
    pos::Cart cart(*policy);
    auto requests = line_requests(invocation);
    if (!requests)
        return fail(requests.error());
    for (const auto& request : *requests) {
        auto scanned = pos::scan_into_cart(till, cart, {request.code, request.quantity, approval});
        if (!scanned)
            return fail(scanned.error());
        if (scanned->blocked())
            return fail(blocked(scanned->check));
        const std::size_t index = *scanned->line;
        if (request.price) {
            if (!approval) {
                return fail("cart.price_needs_manager", "a price override needs a manager",
                            "Đổi giá bán cần quản lý duyệt (--manager, --manager-pin, --reason).");
            }
            if (auto set = cart.override_price(index, *request.price, *approval); !set)
                return fail(set.error());
        }
        if (request.discount) {
            if (auto set = cart.set_line_discount(index, *request.discount, approval); !set)
                return fail(set.error());
        }
    }
    if (const auto text = invocation.value("--order-discount")) {
        auto discount = pos::parse_discount(*text);
        if (!discount)
            return fail(discount.error());
        if (auto set = cart.set_order_discount(*discount, approval); !set)
            return fail(set.error());
    }
    return cart;
}

// Prints the receipt queued with the sale or refund. A printer problem
// leaves the entry as it is and the job queued: the status says so, the
// sale or refund stands.
int print_receipt(Context& context, db::Connection& db, const pos::SaleRecord& sale) {
    const bool refund = sale.kind == "refund";
    const auto not_printed = [&](const std::string& why, const std::string& code,
                                 std::int64_t job) {
        context.err << (refund ? "Phiếu trả hàng" : "Hoá đơn")
                    << " đã lưu nhưng CHƯA IN ĐƯỢC: " << why << "\n  [" << code << "] lệnh in "
                    << job << " được giữ lại; in lại bằng `ocop print retry`. / The "
                    << (refund ? "refund" : "sale")
                    << " is saved; its receipt waits in the print queue.\n";
        return kExitNotPrinted;
    };
    auto job = pos::receipt_job_of(db, sale.id);
    if (!job)
        return report(context, job.error());
    auto printer = pos::printer_settings(db);
    if (!printer)
        return not_printed(printer.error().message_vi, printer.error().code, job->value_or(0));
    OffscreenGui gui;
    auto printed = pos::print_job(db, context.clock, job->value_or(0), *printer);
    if (!printed)
        return report(context, printed.error());
    if (printed->status == "printed")
        return kExitOk;
    return not_printed(printed->error_vi, printed->error_code, printed->id);
}

int print_sale(Context& context, const pos::SaleRecord& sale) {
    if (context.json)
        print_json(context, pos::to_json(sale));
    else
        context.out << sale_text(sale);
    return kExitOk;
}

int sell(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    db::Connection& db = *terminal->db;
    auto cashier = signed_in_cashier(db, invocation);
    if (!cashier)
        return report(context, cashier.error());
    auto approval = optional_approval(db, invocation);
    if (!approval)
        return report(context, approval.error());
    auto cart = build_cart(terminal->till, invocation, *approval);
    if (!cart)
        return report(context, cart.error());
    std::vector<pos::PaymentInput> payments;
    for (const auto& text : invocation.values("--pay")) {
        auto payment = pos::parse_payment(text);
        if (!payment)
            return report(context, payment.error());
        payments.push_back(*payment);
    }
    auto sale = pos::complete_sale_with_receipt(terminal->till, *cart, *cashier, payments,
                                                invocation.has("--print"));
    if (!sale)
        return report(context, sale.error());
    print_sale(context, *sale);
    if (invocation.has("--print"))
        return print_receipt(context, *terminal->db, *sale);
    return kExitOk;
}

int list(Context& context, const Invocation& invocation) {
    pos::SaleFilter filter;
    for (auto [option, field] :
         {std::pair{"--from", &filter.from_date}, {"--to", &filter.to_date}}) {
        if (const auto text = invocation.value(option)) {
            auto date = pos::parse_date(*text);
            if (!date)
                return report(context, date.error(), kExitUsage);
            *field = *date;
        }
    }
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto sales = pos::list_sales(*connection, filter);
    if (!sales)
        return report(context, sales.error());
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& sale : *sales) {
            auto entry = pos::to_json(sale);
            for (const char* detail : {"lines", "vat", "payments"})
                entry.erase(detail);
            list.push_back(std::move(entry));
        }
        print_json(context, list);
        return kExitOk;
    }
    pos::Money net;
    for (const auto& sale : *sales) {
        context.out << sale_list_line(sale) << "\n";
        net += sale.total;
    }
    context.out << sales->size() << " hoá đơn, tổng thuần " << pos::format_money(net) << "\n";
    return kExitOk;
}

int show(Context& context, const Invocation& invocation) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto sale = pos::load_sale(*connection, invocation.arguments.front());
    if (!sale)
        return report(context, sale.error());
    return print_sale(context, *sale);
}

Result<std::vector<pos::RefundLine>> refund_lines(const Invocation& invocation) {
    std::vector<pos::RefundLine> lines;
    for (const auto& text : invocation.values("--line")) {
        const auto colon = text.find(':');
        pos::RefundLine line;
        const std::string number = text.substr(0, colon);
        const auto [end, ec] =
            std::from_chars(number.data(), number.data() + number.size(), line.line_no);
        if (ec != std::errc{} || end != number.data() + number.size() || line.line_no < 1) {
            return fail("cli.bad_line", "--line takes N or N:QUANTITY, got '" + text + "'",
                        "--line cần số dòng N hoặc N:SỐLƯỢNG, không phải \"" + text + "\".");
        }
        if (colon != std::string::npos) {
            auto quantity = pos::parse_quantity(text.substr(colon + 1));
            if (!quantity)
                return fail(quantity.error());
            line.quantity = *quantity;
        }
        lines.push_back(line);
    }
    return lines;
}

int refund(Context& context, const Invocation& invocation) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto cashier = signed_in_cashier(*terminal->db, invocation);
    if (!cashier)
        return report(context, cashier.error());
    if (!invocation.has("--manager")) {
        return report(context, Error{"refund.needs_manager", "a refund needs a manager's PIN",
                                     "Trả hàng cần quản lý duyệt bằng mã PIN (--manager, "
                                     "--manager-pin, --reason)."});
    }
    auto approval = manager_approval(*terminal->db, invocation, "");
    if (!approval)
        return report(context, approval.error());
    auto lines = refund_lines(invocation);
    if (!lines)
        return report(context, lines.error(), kExitUsage);
    pos::RefundRequest request{invocation.arguments.front(), *lines, pos::PaymentMethod::Cash,
                               invocation.value("--reference").value_or("")};
    if (const auto payout = invocation.value("--payout")) {
        const auto method = pos::method_from_code(*payout);
        if (!method) {
            return report(context,
                          Error{"cli.bad_payout", "--payout is cash, vietqr or card",
                                "--payout phải là cash, vietqr hoặc card."},
                          kExitUsage);
        }
        request.payout = *method;
    }
    auto refunded = pos::refund_with_receipt(terminal->till, request, *cashier, *approval,
                                             invocation.has("--print"));
    if (!refunded)
        return report(context, refunded.error());
    print_sale(context, *refunded);
    if (invocation.has("--print"))
        return print_receipt(context, *terminal->db, *refunded);
    return kExitOk;
}

const std::vector<OptionSpec> kCashierOptions = {
    {"--cashier", "NAME", "thu ngân / the cashier's username"},
    {"--pin", "PIN", "mã PIN của thu ngân / the cashier's PIN"},
};

const std::vector<OptionSpec> kManagerOptions = {
    {"--manager", "NAME", "quản lý duyệt / approving manager's username"},
    {"--manager-pin", "PIN", "mã PIN của quản lý / the manager's PIN"},
    {"--reason", "TEXT", "lý do / why (recorded with the approval)"},
};

std::vector<OptionSpec> options(std::vector<std::vector<OptionSpec>> groups) {
    std::vector<OptionSpec> all;
    for (auto& group : groups)
        all.insert(all.end(), group.begin(), group.end());
    return all;
}

} // namespace

std::vector<Command> sale_commands() {
    return {
        {{"sell", "", "Bán hàng không cần màn hình / make a complete sale headless",
          "Rings up a sale through the same code as the touch terminal and prints it.\n"
          "--scan takes anything a scanner sends: a barcode, a scale label, GS1 data with\n"
          "lot and expiry, a store code, or a logo stamp. Options after a --scan apply to\n"
          "that line: --qty, --discount, --price. A discount above the store's limit, a\n"
          "price override, or a product the certification policy blocks needs\n"
          "--manager/--manager-pin/--reason. Payments: cash=AMOUNT (what the customer hands\n"
          "over; change is computed), qr=AMOUNT (VietQR transfer, confirmed), card=AMOUNT:CODE\n"
          "(the card terminal's approval code); several --pay split the payment.\n\n"
          "Example:\n"
          "  ocop sell --cashier thungan --pin 1111 --scan 8936010100016 --qty 2 \\\n"
          "            --scan 1001 --qty 0,5 --pay cash=500000",
          options({kCashierOptions,
                   {{"--scan", "CODE", "mã vạch hoặc mã cửa hàng / barcode or store code"},
                    {"--qty", "N", "số lượng (1,25 cho hàng cân) / quantity of the line"},
                    {"--discount", "D", "chiết khấu dòng: 10% hoặc 5000 / line discount"},
                    {"--price", "AMOUNT", "đổi giá (cần quản lý) / price override (manager)"},
                    {"--order-discount", "D", "chiết khấu cả đơn / order discount"},
                    {"--pay", "METHOD=AMOUNT", "thanh toán / payment (cash, qr, card)"},
                    {"--print", "", "in hoá đơn ngay / print the receipt (printer.queue)"}},
                   kManagerOptions}),
          0, 0},
         sell},
        {{"sales list",
          "",
          "Danh sách hoá đơn / list sales and refunds",
          "Lists sales and refunds in time order, with their ids; dates are business dates.",
          {{"--from", "YYYY-MM-DD", "từ ngày / from this date"},
           {"--to", "YYYY-MM-DD", "đến ngày / to this date (inclusive)"}},
          0,
          0},
         list},
        {{"sales show", "ID", "Xem hoá đơn / show a sale by id or receipt number", "", {}, 1, 1},
         show},
        {{"refund", "ID", "Trả hàng / refund a sale (whole or some lines), with a manager",
          "Refunds what is left of the sale, or the lines given with --line N or\n"
          "--line N:QUANTITY, at the original prices and VAT rates. Needs a manager's PIN.\n"
          "The refund receipt is queued when the till has a printer or --print is given;\n"
          "--print prints it at once (exit status 3 when it could not: it waits in the\n"
          "print queue, the refund stands).",
          options({kCashierOptions,
                   kManagerOptions,
                   {{"--line", "N[:QTY]", "dòng cần trả / line to refund (repeatable)"},
                    {"--payout", "METHOD", "hoàn tiền bằng / pay back by cash|vietqr|card"},
                    {"--reference", "TEXT", "tham chiếu hoàn tiền / payout reference"},
                    {"--print", "", "in phiếu trả hàng ngay / print the refund receipt"}}}),
          1, 1},
         refund},
    };
}

} // namespace ocop::cli
