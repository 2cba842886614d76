#include "pos/cli/command.h"

#include "db/migrations.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace ocop::cli {

int report(Context& context, const Error& error, int status) {
    if (context.json) {
        context.err << nlohmann::json{{"error",
                                       {{"code", error.code},
                                        {"message", error.message_en},
                                        {"message_vi", error.message_vi}}}}
                           .dump()
                    << "\n";
    } else {
        context.err << "Lỗi: " << error.message_vi << "\n  [" << error.code << "] "
                    << error.message_en << "\n";
    }
    return status;
}

void print_json(Context& context, const nlohmann::json& value) {
    context.out << value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

Result<db::Connection> open_database(const Context& context) {
    auto connection = db::Connection::open(context.db_path);
    if (!connection)
        return connection;
    if (auto current = db::require_current_schema(*connection); !current)
        return fail(current.error());
    return connection;
}

Result<OpenTill> open_till(const Context& context) {
    auto connection = open_database(context);
    if (!connection)
        return fail(connection.error());
    auto db = std::make_unique<db::Connection>(std::move(*connection));
    auto till = pos::open_till(*db, context.clock);
    if (!till)
        return fail(till.error());
    return OpenTill{std::move(db), std::move(*till)};
}

Result<pos::User> signed_in_cashier(db::Connection& db, const Invocation& invocation) {
    return pos::authenticate(db, invocation.value("--cashier").value_or(""),
                             invocation.value("--pin").value_or(""));
}

Result<pos::Approval> manager_approval(db::Connection& db, const Invocation& invocation,
                                       std::string_view default_reason) {
    return pos::approve_as_manager(
        db, invocation.value("--manager").value_or(""),
        invocation.value("--manager-pin").value_or(""),
        invocation.value("--reason").value_or(std::string(default_reason)));
}

std::vector<Command> all_commands() {
    std::vector<Command> commands;
    for (auto group :
         {database_commands, catalog_commands, certification_commands, scan_commands, sale_commands,
          printing_commands, shift_commands, stock_commands, sync_commands, admin_commands}) {
        auto more = group();
        commands.insert(commands.end(), more.begin(), more.end());
    }
    return commands;
}

Error option_before_scan(const std::string& option) {
    return Error{"cli.option_before_scan", option + " must follow a --scan it applies to",
                 "Tuỳ chọn " + option + " phải đứng sau --scan của sản phẩm mà nó áp dụng."};
}

} // namespace ocop::cli
