// ocop init, ocop db migrate, ocop db check
#include "db/migrations.h"
#include "db/samples.h"
#include "pos/cli/command.h"
#include "pos/db_check.h"
#include "pos/setup.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace ocop::cli {

namespace {

int init(Context& context, const Invocation& invocation) {
    auto connection = db::Connection::open(context.db_path, db::OpenMode::CreateIfMissing);
    if (!connection)
        return report(context, connection.error());
    pos::InitOptions options{invocation.value("--sample"), invocation.value("--terminal")};
    auto result = pos::initialize_database(*connection, context.clock, options);
    if (!result)
        return report(context, result.error());
    if (context.json) {
        print_json(context, {{"database", context.db_path.string()},
                             {"schema_version", result->schema_version},
                             {"terminal", result->terminal_code},
                             {"products", result->products},
                             {"users", result->users}});
        return kExitOk;
    }
    context.out << "Đã khởi tạo " << context.db_path.string() << " (lược đồ phiên bản "
                << result->schema_version << ")\n";
    if (options.sample) {
        context.out << "Dữ liệu mẫu \"" << *options.sample << "\": " << result->products
                    << " sản phẩm, " << result->users << " người dùng; quầy "
                    << result->terminal_code << "\n";
    }
    return kExitOk;
}

int migrate(Context& context, const Invocation&) {
    auto connection = db::Connection::open(context.db_path);
    if (!connection)
        return report(context, connection.error());
    auto before = connection->schema_version();
    if (!before)
        return report(context, before.error());
    auto after = db::migrate(*connection);
    if (!after)
        return report(context, after.error());
    if (context.json) {
        print_json(context, {{"from_version", *before}, {"to_version", *after}});
    } else if (*before == *after) {
        context.out << "Cơ sở dữ liệu đã ở phiên bản mới nhất (" << *after << ").\n";
    } else {
        context.out << "Đã nâng cấp cơ sở dữ liệu từ phiên bản " << *before << " lên " << *after
                    << ".\n";
    }
    return kExitOk;
}

int check(Context& context, const Invocation&) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto problems = pos::check_database(*connection);
    if (!problems)
        return report(context, problems.error());
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& problem : *problems)
            list.push_back({{"check", problem.check}, {"detail", problem.detail}});
        print_json(context, {{"ok", problems->empty()}, {"problems", list}});
    } else if (problems->empty()) {
        context.out << "OK: cơ sở dữ liệu nguyên vẹn / database is sound\n";
    } else {
        context.out << "Phát hiện " << problems->size() << " vấn đề / problems found:\n";
        for (const auto& problem : *problems)
            context.out << "  [" << problem.check << "] " << problem.detail << "\n";
    }
    return problems->empty() ? kExitOk : kExitFailed;
}

std::string sample_list() {
    std::string names;
    for (const auto& name : db::sample_names())
        names += (names.empty() ? "" : ", ") + name;
    return names;
}

} // namespace

std::vector<Command> database_commands() {
    return {
        {{"init",
          "",
          "Tạo cơ sở dữ liệu của quầy / create the terminal's database",
          "Creates the database file if it is missing and brings it to the current schema.\n"
          "With --sample, fills it with a sample store (catalogue, stores, terminals, demo\n"
          "users and this store's opening stock) in one transaction. Available samples: " +
              sample_list() + ".",
          {{"--sample", "NAME", "nạp dữ liệu mẫu / load a sample data set (travinh)"},
           {"--terminal", "CODE", "mã quầy của máy này / this terminal's code (e.g. TV01-01)"}},
          0,
          0},
         init},
        {{"db migrate",
          "",
          "Nâng cấp lược đồ / apply pending schema migrations",
          "Applies every migration newer than the file, each in its own transaction.",
          {},
          0,
          0},
         migrate},
        {{"db check",
          "",
          "Kiểm tra toàn vẹn / check integrity and the journal's invariants",
          "Runs SQLite's integrity and foreign-key checks, then the project's own rules:\n"
          "sale totals equal their lines and payments, every sale has its outbox event and\n"
          "stock movements, numbers have no gaps, the hash chain holds. Exit status 1 when\n"
          "anything is wrong.",
          {},
          0,
          0},
         check},
    };
}

} // namespace ocop::cli
