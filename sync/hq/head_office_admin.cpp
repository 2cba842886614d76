// Stores, office tokens, enrolment of terminals and who a token belongs to
// (docs/sync.md, "Enrolment").

#include "db/outbox.h"
#include "sync/hq/calendar.h"
#include "sync/hq/catalogue_store.h"
#include "sync/hq/database.h"
#include "sync/hq/head_office.h"
#include "sync/hq/refusal.h"
#include "sync/hq/secrets.h"

namespace ocop::hq {

namespace {

constexpr std::int64_t kEnrolmentCodeSeconds = 24 * 60 * 60;

sync::ProtocolError bad_code() {
    return refusal(403, "enroll.bad_code", "the enrolment code is unknown, used or expired",
                   "Mã đăng ký không đúng, đã dùng hoặc đã hết hạn (mã chỉ dùng được một lần, "
                   "trong 24 giờ). Hãy xin văn phòng một mã mới.");
}

// How long after its use a code may be presented again by the terminal that
// used it: the answer carrying the token can be lost on the way (a reset
// connection), and the till, which never saw its token, must not be left
// without one. Each presentation issues a new token and revokes the last.
constexpr std::int64_t kLostAnswerSeconds = 10 * 60;

// `code` is an enrolment_codes row (store, expires_epoch, used_at, used_by)
// that was already used.
bool lost_answer_retry(const Row& code, std::string_view terminal, std::int64_t now) {
    const auto used = parse_instant(code.text(2));
    return used && code.text(3) == terminal && now - *used <= kLostAnswerSeconds;
}

Result<bool> store_exists(Database& database, std::string_view store) {
    auto row = database.first_row("SELECT 1 FROM stores WHERE code = ?", store);
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

} // namespace

Result<void> HeadOffice::add_store(std::string_view code, std::string_view name,
                                   std::string_view now) {
    if (code.empty() || name.empty()) {
        return fail("hq.bad_store", "a store needs a code and a name",
                    "Cửa hàng cần có mã và tên.");
    }
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto written = write_store(*database_, code, name, now); !written)
        return written;
    return transaction->commit();
}

Result<std::string> HeadOffice::issue_enrolment_code(std::string_view store, std::string_view now) {
    auto issued_at = parse_instant(now);
    if (!issued_at)
        return std::unexpected(issued_at.error());
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto exists = store_exists(*database_, store);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists) {
        return fail("hq.unknown_store", "no store " + std::string(store),
                    "Không có cửa hàng mã " + std::string(store) + ".");
    }
    std::string code = new_enrolment_code();
    auto inserted = database_->execute(
        "INSERT INTO enrolment_codes (code_hash, store, issued_at, expires_epoch) VALUES (?,?,?,?)",
        sha256_hex(normalise_enrolment_code(code)), store, now, *issued_at + kEnrolmentCodeSeconds);
    if (!inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return code;
}

Result<std::string> HeadOffice::issue_office_token(std::string_view label, std::string_view now) {
    std::string token = new_token();
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto inserted = database_->execute(
        "INSERT INTO office_tokens (token_hash, label, issued_at) VALUES (?,?,?)",
        sha256_hex(token), label, now);
    if (!inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return token;
}

std::expected<sync::EnrolResponse, sync::ProtocolError>
HeadOffice::enrol(const sync::EnrolRequest& request, std::string_view now) {
    auto at = parse_instant(now);
    if (!at)
        return std::unexpected(internal_refusal(at.error()));
    if (request.terminal.empty()) {
        return std::unexpected(refusal(400, "sync.bad_message", "the terminal's code is empty",
                                       "Thiếu mã máy bán hàng."));
    }
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(internal_refusal(transaction.error()));
    auto code = database_->first_row(
        "SELECT store, expires_epoch, used_at, used_by FROM enrolment_codes WHERE code_hash = ?",
        sha256_hex(normalise_enrolment_code(request.code)));
    if (!code)
        return std::unexpected(internal_refusal(code.error()));
    if (!*code || (*code)->int64(1) <= *at)
        return std::unexpected(bad_code());
    if (!(*code)->is_null(2) && !lost_answer_retry(**code, request.terminal, *at))
        return std::unexpected(bad_code());
    const std::string store = (*code)->text(0);
    if (store != request.store) {
        return std::unexpected(refusal(403, "enroll.wrong_store",
                                       "the code is for store " + store +
                                           ", the terminal's database is store " + request.store,
                                       "Mã này dành cho cửa hàng " + store +
                                           ", nhưng máy này thuộc cửa hàng " + request.store +
                                           "."));
    }
    auto existing =
        database_->first_row("SELECT store FROM terminals WHERE code = ?", request.terminal);
    if (!existing)
        return std::unexpected(internal_refusal(existing.error()));
    if (*existing && (*existing)->text(0) != store) {
        return std::unexpected(refusal(
            403, "enroll.wrong_store",
            "terminal " + request.terminal + " belongs to store " + (*existing)->text(0),
            "Máy " + request.terminal + " đã thuộc cửa hàng " + (*existing)->text(0) + "."));
    }
    // A replaced till enrols again under the same code: its new token
    // replaces the hash of the old one, which stops working at once.
    std::string token = new_token();
    auto terminal = database_->execute(
        "INSERT INTO terminals (code, store, name, token_hash, enrolled_at) VALUES (?,?,?,?,?) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
        "token_hash = excluded.token_hash, enrolled_at = excluded.enrolled_at",
        request.terminal, store, request.terminal_name, sha256_hex(token), now);
    if (!terminal)
        return std::unexpected(internal_refusal(terminal.error()));
    auto head = database_->execute(
        "INSERT INTO terminal_heads (terminal, held_seq, held_hash) VALUES (?,0,?) "
        "ON CONFLICT (terminal) DO NOTHING",
        request.terminal, db::kGenesisHash);
    if (!head)
        return std::unexpected(internal_refusal(head.error()));
    auto spent = database_->execute(
        // The first use's time is kept: the window for a lost answer does not slide.
        "UPDATE enrolment_codes SET used_at = coalesce(used_at, ?), used_by = ? "
        "WHERE code_hash = ?",
        now, request.terminal, sha256_hex(normalise_enrolment_code(request.code)));
    if (!spent)
        return std::unexpected(internal_refusal(spent.error()));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(internal_refusal(committed.error()));
    return sync::EnrolResponse{std::move(token), request.terminal, store};
}

Result<std::optional<Principal>> HeadOffice::authenticate(std::string_view token) {
    if (token.empty())
        return std::optional<Principal>{};
    const std::string hash = sha256_hex(token);
    auto terminal =
        database_->first_row("SELECT code, store FROM terminals WHERE token_hash = ?", hash);
    if (!terminal)
        return std::unexpected(terminal.error());
    if (*terminal) {
        return std::optional<Principal>{
            Principal{Principal::Role::terminal, (*terminal)->text(0), (*terminal)->text(1)}};
    }
    auto office = database_->first_row(
        "SELECT label FROM office_tokens WHERE token_hash = ? AND revoked_at IS NULL", hash);
    if (!office)
        return std::unexpected(office.error());
    if (*office)
        return std::optional<Principal>{Principal{Principal::Role::office, {}, {}}};
    return std::optional<Principal>{};
}

} // namespace ocop::hq
