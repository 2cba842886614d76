#pragma once

#include "common/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

enum class Role { Cashier, Manager };

std::string_view role_code(Role role); // "cashier", "manager"
std::optional<Role> role_from_code(std::string_view code);

struct User {
    std::int64_t id = 0;
    std::string username;
    std::string full_name;
    Role role = Role::Cashier;
};

// A manager's consent to something a cashier may not do alone (a large
// discount, a price override, a refund), with the reason given. Only
// approve_as_manager() makes one, after checking the manager's PIN.
struct Approval {
    User manager;
    std::string reason;
};

// PINs are 4 to 8 digits; anything else is refused with auth.pin_format.
Result<void> check_pin_format(std::string_view pin);

// libsodium's crypto_pwhash_str: Argon2id with a random salt, in one string.
Result<std::string> hash_pin(std::string_view pin);

Result<User> add_user(db::Connection& db, std::string_view username, std::string_view full_name,
                      Role role, std::string_view pin);

Result<std::vector<User>> list_users(db::Connection& db);

// The user, if the PIN is theirs. auth.unknown_user, auth.inactive or
// auth.wrong_pin otherwise; the PIN itself is never written anywhere.
Result<User> authenticate(db::Connection& db, std::string_view username, std::string_view pin);

// authenticate() for a manager, who must hold the manager role
// (auth.not_manager otherwise) and give a reason (auth.reason_required).
Result<Approval> approve_as_manager(db::Connection& db, std::string_view username,
                                    std::string_view pin, std::string_view reason);

} // namespace ocop::pos
