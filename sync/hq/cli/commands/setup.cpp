// Setting head office up: its storage, stores, enrolment codes for tills,
// and tokens for head office's own tools.

#include "sync/hq/cli/command.h"

#include <ostream>

namespace ocop::hq::cli {

namespace {

int init(Context& context, const Invocation& invocation) {
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    if (auto done = office->init(invocation.value("--sample"), context.clock.now()); !done)
        return report(context, done.error());
    context.out << "Đã khởi tạo cơ sở dữ liệu trụ sở / head office storage ready\n";
    return kExitOk;
}

int add_store(Context& context, const Invocation& invocation) {
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    const auto& code = invocation.arguments[0];
    if (auto done = office->add_store(code, invocation.arguments[1], context.clock.now()); !done)
        return report(context, done.error());
    context.out << "Đã thêm cửa hàng / store added: " << code << "\n";
    return kExitOk;
}

// The code alone on stdout, so that a script can take it with $(...).
int enrolment_code(Context& context, const Invocation& invocation) {
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    auto code = office->issue_enrolment_code(invocation.arguments[0], context.clock.now());
    if (!code)
        return report(context, code.error());
    context.out << *code << "\n";
    return kExitOk;
}

int create_token(Context& context, const Invocation& invocation) {
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    auto token = office->issue_office_token(invocation.arguments[0], context.clock.now());
    if (!token)
        return report(context, token.error());
    context.out << *token << "\n";
    return kExitOk;
}

} // namespace

std::vector<Command> setup_commands() {
    return {
        {{"init",
          "",
          "tạo cơ sở dữ liệu trụ sở / create head office's storage (again: no change)",
          "",
          {{"--sample", "NAME",
            "nạp dữ liệu mẫu (travinh) / load a sample catalogue, stores and certifications"}},
          0,
          0},
         init},
        {{"store add", "CODE NAME", "thêm cửa hàng / add a store", "", {}, 2, 2}, add_store},
        {{"terminal enroll-code",
          "STORE_CODE",
          "in mã đăng ký một lần cho quầy mới (24 giờ) / print a one-time enrolment code for a "
          "till of the store (valid 24 hours)",
          "",
          {},
          1,
          1},
         enrolment_code},
        {{"token create",
          "LABEL",
          "in mã truy cập của trụ sở / print a new head office token (office API)",
          "",
          {},
          1,
          1},
         create_token},
    };
}

} // namespace ocop::hq::cli
