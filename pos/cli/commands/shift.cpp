// ocop shift open | close | show
#include "pos/shift.h"

#include "pos/cli/command.h"
#include "pos/cli/format.h"
#include "pos/users.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace ocop::cli {

namespace {

Result<pos::Money> money_option(const Invocation& invocation, const char* name) {
    const auto text = invocation.value(name);
    if (!text) {
        return fail("cli.missing_option", std::string(name) + " is required",
                    "Thiếu tuỳ chọn " + std::string(name) + ".");
    }
    return pos::parse_money(*text);
}

int print_summary(Context& context, const pos::ShiftSummary& summary) {
    if (context.json)
        print_json(context, pos::to_json(summary));
    else
        context.out << shift_text(summary);
    return kExitOk;
}

int open(Context& context, const Invocation& invocation) {
    auto opening_float = money_option(invocation, "--float");
    if (!opening_float)
        return report(context, opening_float.error(), kExitUsage);
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto cashier = signed_in_cashier(*terminal->db, invocation);
    if (!cashier)
        return report(context, cashier.error());
    auto shift = pos::open_shift(terminal->till, *cashier, *opening_float);
    if (!shift)
        return report(context, shift.error());
    auto summary = pos::shift_summary(*terminal->db, shift->id);
    if (!summary)
        return report(context, summary.error());
    return print_summary(context, *summary);
}

int close(Context& context, const Invocation& invocation) {
    auto counted = money_option(invocation, "--count");
    if (!counted)
        return report(context, counted.error(), kExitUsage);
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto approval = manager_approval(*terminal->db, invocation, "Đóng ca / shift close");
    if (!approval)
        return report(context, approval.error());
    auto summary = pos::close_shift(terminal->till, *approval, *counted);
    if (!summary)
        return report(context, summary.error());
    return print_summary(context, *summary);
}

int show(Context& context, const Invocation&) {
    auto terminal = open_till(context);
    if (!terminal)
        return report(context, terminal.error());
    auto shift = pos::current_shift(*terminal->db, terminal->till);
    if (!shift)
        return report(context, shift.error());
    if (!*shift) {
        return report(context, Error{"shift.not_open", "the till has no open shift",
                                     "Quầy không có ca nào đang mở."});
    }
    auto summary = pos::shift_summary(*terminal->db, (*shift)->id);
    if (!summary)
        return report(context, summary.error());
    return print_summary(context, *summary);
}

} // namespace

std::vector<Command> shift_commands() {
    return {
        {{"shift open",
          "",
          "Mở ca với tiền đầu ca / open a shift with a cash float",
          "One shift at a time per till; sales need an open shift.",
          {{"--cashier", "NAME", "thu ngân / the cashier's username"},
           {"--pin", "PIN", "mã PIN / the cashier's PIN"},
           {"--float", "AMOUNT", "tiền đầu ca / cash in the drawer at the start"}},
          0,
          0},
         open},
        {{"shift close",
          "",
          "Đóng ca, đếm tiền, báo cáo Z / close the shift with a cash count (manager)",
          "Compares the cash counted with the float plus the net cash taken, records the\n"
          "variance and prints the Z report.",
          {{"--manager", "NAME", "quản lý / the manager's username"},
           {"--manager-pin", "PIN", "mã PIN của quản lý / the manager's PIN"},
           {"--count", "AMOUNT", "tiền mặt đếm được / cash counted in the drawer"},
           {"--reason", "TEXT", "ghi chú / note recorded with the approval"}},
          0,
          0},
         close},
        {{"shift show", "", "Báo cáo giữa ca (X) / the open shift's running totals", "", {}, 0, 0},
         show},
    };
}

} // namespace ocop::cli
