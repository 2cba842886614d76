#include "sync/hq/cli/command.h"

#include <charconv>
#include <ostream>

namespace ocop::hq::cli {

int report(Context& context, const Error& error, int status) {
    context.err << "Lỗi: " << error.message_vi << "\n" << error.log_line() << "\n";
    return status;
}

Result<HeadOffice> open_office(const Context& context) {
    return HeadOffice::open(context.storage);
}

Result<std::string> required_option(const Invocation& invocation, std::string_view name) {
    auto value = invocation.value(name);
    if (!value || value->empty()) {
        return fail("cli.missing_option", std::string(name) + " is required",
                    "Cần có tuỳ chọn " + std::string(name) + ".");
    }
    return *value;
}

Result<std::int64_t> whole_number(std::string_view text, std::string_view what) {
    std::int64_t number = 0;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (text.empty() || problem != std::errc{} || end != text.data() + text.size() || number < 0) {
        return fail("hq.bad_number",
                    std::string(what) + " must be a whole number, not \"" + std::string(text) +
                        "\"",
                    std::string(what) + " phải là số nguyên không âm, không phải \"" +
                        std::string(text) + "\".");
    }
    return number;
}

std::vector<Command> all_commands() {
    std::vector<Command> commands;
    for (auto group : {setup_commands, catalog_commands, certification_commands, report_commands,
                       settlement_commands, transfer_commands, serve_commands}) {
        auto more = group();
        commands.insert(commands.end(), more.begin(), more.end());
    }
    return commands;
}

} // namespace ocop::hq::cli
