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

std::vector<Command> all_commands() {
    std::vector<Command> commands;
    for (auto group : {database_commands, catalog_commands, sale_commands, shift_commands,
                       stock_commands, admin_commands}) {
        auto more = group();
        commands.insert(commands.end(), more.begin(), more.end());
    }
    return commands;
}

} // namespace ocop::cli
