#pragma once

#include "common/error.h"

#include <optional>
#include <string>
#include <string_view>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// The terminal's configuration lives in its database (table settings), so
// that it is backed up, synced and inspected like everything else. The keys
// the program reads are listed in docs/configuration.md.
namespace setting {
inline constexpr std::string_view kTerminalCode = "terminal.code";
inline constexpr std::string_view kBankBin = "bank.bin";
inline constexpr std::string_view kBankAccount = "bank.account";
inline constexpr std::string_view kBankAccountName = "bank.account_name";
inline constexpr std::string_view kDiscountManagerLimitBp = "discount.manager_limit_bp";
inline constexpr std::string_view kReceiptFooter = "receipt.footer";
inline constexpr std::string_view kCertificationExpiringDays = "certification.expiring_days";
inline constexpr std::string_view kPicturesDir = "terminal.pictures_dir";
inline constexpr std::string_view kLanguage = "terminal.language";
} // namespace setting

Result<std::optional<std::string>> get_setting(db::Connection& db, std::string_view key);
Result<void> set_setting(db::Connection& db, std::string_view key, std::string_view value);

// A setting that must hold a whole number; `fallback` when it is absent.
Result<std::int64_t> get_integer_setting(db::Connection& db, std::string_view key,
                                         std::int64_t fallback);

} // namespace ocop::pos
