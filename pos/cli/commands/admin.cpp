// ocop vietqr | user add | user list | config get | config set | config list
#include "pos/cli/command.h"
#include "pos/settings.h"
#include "pos/users.h"
#include "pos/vietqr.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace ocop::cli {

namespace {

int vietqr(Context& context, const Invocation& invocation) {
    auto amount = pos::parse_money(invocation.value("--amount").value_or(""));
    if (!amount)
        return report(context, amount.error(), kExitUsage);
    pos::VietQrAccount account{invocation.value("--bin").value_or(""),
                               invocation.value("--account").value_or("")};
    if (account.bank_bin.empty() || account.account_number.empty()) {
        // The store's own account, unless both are given on the command line.
        auto connection = open_database(context);
        if (!connection)
            return report(context, connection.error());
        for (auto [key, field] : {std::pair{pos::setting::kBankBin, &account.bank_bin},
                                  {pos::setting::kBankAccount, &account.account_number}}) {
            if (!field->empty())
                continue;
            auto value = pos::get_setting(*connection, key);
            if (!value)
                return report(context, value.error());
            *field = value->value_or("");
        }
    }
    const std::string purpose = invocation.value("--ref").value_or("");
    auto payload = pos::vietqr_payload({account, *amount, purpose, pos::QrInitiation::Dynamic});
    if (!payload)
        return report(context, payload.error());
    if (context.json) {
        auto fields = pos::parse_vietqr(*payload);
        print_json(context, {{"payload", *payload},
                             {"bank_bin", account.bank_bin},
                             {"account", account.account_number},
                             {"amount", amount->dong},
                             {"purpose", fields ? fields->purpose : purpose}});
    } else {
        context.out << *payload << "\n";
    }
    return kExitOk;
}

// Adding a user needs a manager, except the very first manager of a new
// database, who has nobody to ask.
Result<void> may_add_user(db::Connection& db, const Invocation& invocation) {
    auto managers = db.query_int64("SELECT count(*) FROM users WHERE role = 'manager'");
    if (!managers)
        return fail(managers.error());
    if (managers->value_or(0) == 0)
        return {};
    auto approval = manager_approval(db, invocation, "Thêm người dùng / add user");
    if (!approval)
        return fail(approval.error());
    return {};
}

int user_add(Context& context, const Invocation& invocation) {
    const auto role = pos::role_from_code(invocation.value("--role").value_or("cashier"));
    if (!role) {
        return report(context,
                      Error{"cli.bad_role", "--role is cashier or manager",
                            "--role phải là cashier (thu ngân) hoặc manager (quản lý)."},
                      kExitUsage);
    }
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    if (auto allowed = may_add_user(*connection, invocation); !allowed)
        return report(context, allowed.error());
    auto user = pos::add_user(*connection, invocation.arguments.front(),
                              invocation.value("--name").value_or(""), *role,
                              invocation.value("--pin").value_or(""));
    if (!user)
        return report(context, user.error());
    if (context.json) {
        print_json(context, {{"id", user->id},
                             {"username", user->username},
                             {"full_name", user->full_name},
                             {"role", pos::role_code(user->role)}});
    } else {
        context.out << "Đã thêm " << user->full_name << " (" << user->username << ", "
                    << pos::role_code(user->role) << ").\n";
    }
    return kExitOk;
}

int user_list(Context& context, const Invocation&) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto users = pos::list_users(*connection);
    if (!users)
        return report(context, users.error());
    nlohmann::json list = nlohmann::json::array();
    for (const auto& user : *users) {
        if (context.json) {
            list.push_back({{"id", user.id},
                            {"username", user.username},
                            {"full_name", user.full_name},
                            {"role", pos::role_code(user.role)}});
        } else {
            context.out << user.username << "\t" << pos::role_code(user.role) << "\t"
                        << user.full_name << "\n";
        }
    }
    if (context.json)
        print_json(context, list);
    return kExitOk;
}

int config_get(Context& context, const Invocation& invocation) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    const std::string& key = invocation.arguments.front();
    auto value = pos::get_setting(*connection, key);
    if (!value)
        return report(context, value.error());
    if (!*value) {
        return report(context, Error{"settings.not_set", "setting " + key + " is not set",
                                     "Chưa có cấu hình \"" + key + "\"."});
    }
    if (context.json)
        print_json(context, {{"key", key}, {"value", **value}});
    else
        context.out << **value << "\n";
    return kExitOk;
}

int config_set(Context& context, const Invocation& invocation) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto approval = manager_approval(*connection, invocation, "Đổi cấu hình / change setting");
    if (!approval)
        return report(context, approval.error());
    auto set = pos::set_setting(*connection, invocation.arguments[0], invocation.arguments[1]);
    if (!set)
        return report(context, set.error());
    if (!context.json)
        context.out << invocation.arguments[0] << " = " << invocation.arguments[1] << "\n";
    else
        print_json(context, {{"key", invocation.arguments[0]}, {"value", invocation.arguments[1]}});
    return kExitOk;
}

int config_list(Context& context, const Invocation&) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto statement = connection->prepare("SELECT key, value FROM settings ORDER BY key");
    if (!statement)
        return report(context, statement.error());
    auto rows = db::collect_rows(*statement, [](const db::Statement& row) {
        return std::pair{row.text(0), row.text(1)};
    });
    if (!rows)
        return report(context, rows.error());
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [key, value] : *rows) {
        if (context.json)
            object[key] = value;
        else
            context.out << key << " = " << value << "\n";
    }
    if (context.json)
        print_json(context, object);
    return kExitOk;
}

const std::vector<OptionSpec> kManagerOptions = {
    {"--manager", "NAME", "quản lý duyệt / approving manager's username"},
    {"--manager-pin", "PIN", "mã PIN của quản lý / the manager's PIN"},
};

} // namespace

std::vector<Command> admin_commands() {
    return {
        {{"vietqr",
          "",
          "Tạo mã VietQR / print a VietQR payload for an amount",
          "Prints the NAPAS 247 / EMVCo payload (dynamic, with the amount and the reference\n"
          "written without accents) for the store's bank account (settings bank.bin and\n"
          "bank.account), or the one given with --bin and --account.",
          {{"--amount", "AMOUNT", "số tiền / amount in đồng"},
           {"--ref", "TEXT", "nội dung chuyển khoản / transfer reference (≤ 25 chars)"},
           {"--bin", "BIN", "mã ngân hàng NAPAS / the bank's 6-digit BIN"},
           {"--account", "NUMBER", "số tài khoản / account number"}},
          0,
          0},
         vietqr},
        {{"user add",
          "USERNAME",
          "Thêm người dùng / add a cashier or manager",
          "Needs a manager's PIN, except for the first manager of a new database.",
          {{"--name", "FULL NAME", "họ tên / full name"},
           {"--role", "ROLE", "cashier (thu ngân) hoặc manager (quản lý)"},
           {"--pin", "PIN", "mã PIN 4–8 chữ số / a 4 to 8 digit PIN"},
           kManagerOptions[0],
           kManagerOptions[1]},
          1,
          1},
         user_add},
        {{"user list", "", "Danh sách người dùng / list users", "", {}, 0, 0}, user_list},
        {{"config get",
          "KEY",
          "Xem một cấu hình / print a setting",
          "The keys are listed in docs/configuration.md.",
          {},
          1,
          1},
         config_get},
        {{"config set", "KEY VALUE", "Đổi cấu hình (quản lý) / change a setting (manager)", "",
          kManagerOptions, 2, 2},
         config_set},
        {{"config list", "", "Mọi cấu hình / every setting", "", {}, 0, 0}, config_list},
    };
}

} // namespace ocop::cli
