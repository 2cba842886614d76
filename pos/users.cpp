#include "pos/users.h"

#include "db/connection.h"

#include <sodium.h>

#include <algorithm>

namespace ocop::pos {

namespace {

Result<void> ensure_sodium() {
    if (sodium_init() < 0) {
        return fail("auth.crypto_unavailable", "libsodium could not be initialised",
                    "Không khởi động được thư viện mã hoá. Báo cho kỹ thuật viên.");
    }
    return {};
}

User user_from_row(const db::Statement& row) {
    return User{row.int64(0), row.text(1), row.text(2),
                role_from_code(row.text(3)).value_or(Role::Cashier)};
}

} // namespace

std::string_view role_code(Role role) {
    return role == Role::Manager ? "manager" : "cashier";
}

std::optional<Role> role_from_code(std::string_view code) {
    if (code == "manager")
        return Role::Manager;
    if (code == "cashier")
        return Role::Cashier;
    return std::nullopt;
}

Result<void> check_pin_format(std::string_view pin) {
    const bool digits =
        std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (pin.size() < 4 || pin.size() > 8 || !digits) {
        return fail("auth.pin_format", "a PIN is 4 to 8 digits",
                    "Mã PIN phải gồm từ 4 đến 8 chữ số.");
    }
    return {};
}

Result<std::string> hash_pin(std::string_view pin) {
    if (auto ready = ensure_sodium(); !ready)
        return fail(ready.error());
    std::string hash(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(
            hash.data(), pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail("auth.hash_failed", "Argon2id hashing failed (out of memory?)",
                    "Không lưu được mã PIN. Báo cho kỹ thuật viên.");
    }
    hash.resize(hash.find('\0'));
    return hash;
}

Result<User> add_user(db::Connection& db, std::string_view username, std::string_view full_name,
                      Role role, std::string_view pin) {
    if (username.empty() || full_name.empty()) {
        return fail("auth.user_incomplete", "a user needs a username and a full name",
                    "Người dùng cần có tên đăng nhập và họ tên.");
    }
    if (auto format = check_pin_format(pin); !format)
        return fail(format.error());
    auto hash = hash_pin(pin);
    if (!hash)
        return fail(hash.error());
    auto inserted =
        db.execute("INSERT INTO users (username, full_name, role, pin_hash) VALUES (?, ?, ?, ?)",
                   username, full_name, role_code(role), *hash);
    if (!inserted) {
        if (inserted.error().code == "db.constraint") {
            return fail("auth.user_exists", "user already exists: " + std::string(username),
                        "Tên đăng nhập \"" + std::string(username) + "\" đã có.");
        }
        return fail(inserted.error());
    }
    return User{db.last_insert_rowid(), std::string(username), std::string(full_name), role};
}

Result<std::vector<User>> list_users(db::Connection& db) {
    auto statement = db.prepare(
        "SELECT id, username, full_name, role FROM users WHERE active = 1 ORDER BY username");
    if (!statement)
        return fail(statement.error());
    return db::collect_rows(*statement, user_from_row);
}

Result<User> authenticate(db::Connection& db, std::string_view username, std::string_view pin) {
    if (auto ready = ensure_sodium(); !ready)
        return fail(ready.error());
    auto row = db.first_row(
        "SELECT id, username, full_name, role, pin_hash, active FROM users WHERE username = ?",
        username);
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail("auth.unknown_user", "no such user: " + std::string(username),
                    "Không có người dùng \"" + std::string(username) + "\".");
    }
    const db::Statement& user = **row;
    if (user.int64(5) == 0) {
        return fail("auth.inactive", "user is deactivated: " + std::string(username),
                    "Tài khoản \"" + std::string(username) + "\" đã bị khoá. Gặp quản lý.");
    }
    const std::string stored = user.text(4);
    if (crypto_pwhash_str_verify(stored.c_str(), pin.data(), pin.size()) != 0) {
        return fail("auth.wrong_pin", "wrong PIN for user " + std::string(username),
                    "Mã PIN không đúng. Vui lòng nhập lại.");
    }
    return user_from_row(user);
}

Result<Approval> approve_as_manager(db::Connection& db, std::string_view username,
                                    std::string_view pin, std::string_view reason) {
    auto user = authenticate(db, username, pin);
    if (!user)
        return fail(user.error());
    if (user->role != Role::Manager) {
        return fail("auth.not_manager", user->username + " is not a manager",
                    "Cần mã PIN của quản lý; " + user->full_name + " không phải quản lý.");
    }
    if (reason.empty()) {
        return fail("auth.reason_required", "a manager approval needs a reason",
                    "Quản lý cần ghi lý do cho thao tác này.");
    }
    return Approval{*user, std::string(reason)};
}

} // namespace ocop::pos
