#include "pos/certification.h"

#include "db/connection.h"
#include "pos/clock.h"
#include "pos/issuer_keys.h"
#include "pos/settings.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ocop::pos {

namespace {

struct OutcomeText {
    CertificationOutcome outcome;
    std::string_view code;
};

constexpr OutcomeText kOutcomes[] = {
    {CertificationOutcome::Certified, "certified"},
    {CertificationOutcome::Expiring, "expiring"},
    {CertificationOutcome::Expired, "expired"},
    {CertificationOutcome::Suspended, "suspended"},
    {CertificationOutcome::Revoked, "revoked"},
    {CertificationOutcome::NotCertified, "not_certified"},
    {CertificationOutcome::StampForged, "stamp_forged"},
    {CertificationOutcome::StampRevoked, "stamp_revoked"},
    {CertificationOutcome::StampMismatch, "stamp_mismatch"},
    {CertificationOutcome::LotExpired, "lot_expired"},
};

std::string stars_text(int stars) {
    return std::to_string(stars) + " sao";
}

// Days from `date` to the certification's last valid day (negative when past).
std::optional<int> days_until(std::string_view date, std::string_view valid_to) {
    auto today = to_days(date);
    auto last = to_days(valid_to);
    if (!today || !last)
        return std::nullopt;
    return static_cast<int>((*last - *today).count());
}

// The certification that speaks for a product on a date: one in force if
// any (the latest ending), otherwise the most recent one.
std::optional<Certification> governing(const std::vector<Certification>& all,
                                       std::string_view date) {
    std::optional<Certification> best;
    for (const auto& c : all) {
        const bool in_force = c.valid_from <= date && date <= c.valid_to;
        const bool best_in_force = best && best->valid_from <= date && date <= best->valid_to;
        if (!best || (in_force && !best_in_force) ||
            (in_force == best_in_force && c.valid_to > best->valid_to))
            best = c;
    }
    return best;
}

// Classifies a certification on a date, filling outcome, days and messages.
void judge(CertificationAnswer& answer, const Certification& c, std::string_view date,
           int expiring_days) {
    answer.certification = c;
    answer.days_left = days_until(date, c.valid_to);
    const std::string decision = "QĐ " + c.decision_no;
    if (c.status == "revoked") {
        answer.outcome = CertificationOutcome::Revoked;
        answer.message_vi = "Chứng nhận OCOP đã bị THU HỒI (" + decision + ")" +
                            (c.status_note.empty() ? "" : ": " + c.status_note);
        answer.message_en = "OCOP certification revoked (" + c.decision_no + ")";
    } else if (c.status == "suspended") {
        answer.outcome = CertificationOutcome::Suspended;
        answer.message_vi = "Chứng nhận OCOP đang bị ĐÌNH CHỈ (" + decision + ")" +
                            (c.status_note.empty() ? "" : ": " + c.status_note);
        answer.message_en = "OCOP certification suspended (" + c.decision_no + ")";
    } else if (c.status == "expired" || date > c.valid_to || date < c.valid_from) {
        answer.outcome = CertificationOutcome::Expired;
        answer.message_vi = "Chứng nhận OCOP đã HẾT HẠN ngày " + c.valid_to + " (" + decision + ")";
        answer.message_en = "OCOP certification expired on " + c.valid_to;
    } else if (answer.days_left && *answer.days_left < expiring_days) {
        answer.outcome = CertificationOutcome::Expiring;
        answer.message_vi = "OCOP " + stars_text(c.stars) + " — SẮP HẾT HẠN: còn " +
                            std::to_string(*answer.days_left + 1) + " ngày (đến " + c.valid_to +
                            ")";
        answer.message_en = "OCOP " + std::to_string(c.stars) + " stars, expiring on " + c.valid_to;
    } else {
        answer.outcome = CertificationOutcome::Certified;
        answer.message_vi =
            "OCOP " + stars_text(c.stars) + ", " + decision + ", hiệu lực đến " + c.valid_to;
        answer.message_en = "OCOP " + std::to_string(c.stars) + " stars, valid until " + c.valid_to;
    }
}

CertificationAnswer with_policy(const CertificationRules& rules, CertificationAnswer answer) {
    // Policy governs what is sold as OCOP; an ordinary product passes.
    answer.action =
        answer.claims_certification ? rules.action(answer.outcome) : PolicyAction::Allow;
    return answer;
}

CertificationAnswer stamp_problem(CertificationOutcome outcome, std::string vi, std::string en) {
    CertificationAnswer answer;
    answer.outcome = outcome;
    answer.claims_certification = true; // a stamp is a claim in itself
    answer.message_vi = std::move(vi);
    answer.message_en = std::move(en);
    return answer;
}

// The product a stamp names, by its GTIN in any of its printed forms.
Result<std::optional<Product>> product_of_gtin(db::Connection& db, const std::string& gtin14) {
    std::string code = gtin14;
    while (code.size() > 8) {
        auto match = find_by_code(db, code);
        if (match)
            return std::optional<Product>{match->product};
        if (match.error().code != "catalog.unknown_code")
            return fail(match.error());
        if (code.front() != '0')
            break;
        code.erase(0, 1);
    }
    return std::optional<Product>{};
}

} // namespace

std::string_view outcome_code(CertificationOutcome outcome) {
    for (const auto& [value, code] : kOutcomes)
        if (value == outcome)
            return code;
    return "not_certified";
}

std::string_view action_code(PolicyAction action) {
    switch (action) {
    case PolicyAction::Allow:
        return "allow";
    case PolicyAction::Warn:
        return "warn";
    case PolicyAction::Block:
        return "block";
    }
    return "allow";
}

Result<CertificationRules> load_certification_rules(db::Connection& db) {
    CertificationRules rules;
    rules.policy.fill(PolicyAction::Warn);
    auto statement = db.prepare("SELECT outcome, action FROM certification_policy");
    if (!statement)
        return fail(statement.error());
    auto rows = db::collect_rows(*statement, [](const db::Statement& row) {
        return std::pair{row.text(0), row.text(1)};
    });
    if (!rows)
        return fail(rows.error());
    for (const auto& [outcome, action] : *rows) {
        for (const auto& [value, code] : kOutcomes) {
            if (code == outcome) {
                rules.policy[static_cast<std::size_t>(value)] =
                    action == "block"   ? PolicyAction::Block
                    : action == "allow" ? PolicyAction::Allow
                                        : PolicyAction::Warn;
            }
        }
    }
    auto expiring_days = get_integer_setting(db, setting::kCertificationExpiringDays, 30);
    if (!expiring_days)
        return fail(expiring_days.error());
    rules.expiring_days = static_cast<int>(*expiring_days);
    return rules;
}

Result<CertificationAnswer> check_product(db::Connection& db, const CertificationRules& rules,
                                          const Product& product, std::string_view date) {
    auto certifications = certifications_of(db, product.id);
    if (!certifications)
        return fail(certifications.error());

    CertificationAnswer answer;
    answer.product = product;
    answer.claims_certification = product.category == "ocop" || !certifications->empty();
    if (const auto certification = governing(*certifications, date)) {
        judge(answer, *certification, date, rules.expiring_days);
    } else {
        answer.outcome = CertificationOutcome::NotCertified;
        answer.message_vi = answer.claims_certification
                                ? "Sản phẩm xếp nhóm OCOP nhưng CHƯA CÓ chứng nhận OCOP"
                                : "Sản phẩm không thuộc chương trình OCOP";
        answer.message_en = "no OCOP certification";
    }
    return with_policy(rules, std::move(answer));
}

Result<CertificationAnswer> check_stamp(db::Connection& db, const CertificationRules& rules,
                                        std::string_view payload, std::string_view date,
                                        const std::optional<Product>& expected) {
    auto stamp = read_stamp(payload);
    if (!stamp) {
        return with_policy(rules, stamp_problem(CertificationOutcome::StampForged,
                                                "TEM GIẢ: mã tem không đọc được như tem thật",
                                                "forged stamp: " + stamp.error().message_en));
    }
    const StampPayload& content = stamp->payload;
    auto key = find_issuer_key(db, content.key_id);
    if (!key)
        return fail(key.error());
    if (!*key || !signature_holds(*stamp, (*key)->public_key)) {
        auto answer = stamp_problem(CertificationOutcome::StampForged,
                                    "TEM GIẢ: chữ ký trên tem không phải của cơ quan cấp",
                                    *key ? "forged stamp: bad signature"
                                         : "forged stamp: unknown key " + content.key_id);
        answer.stamp = content;
        return with_policy(rules, std::move(answer));
    }
    auto revoked = is_stamp_revoked(db, content.key_id, content.serial);
    if (!revoked)
        return fail(revoked.error());
    if (*revoked || (*key)->revoked_at) {
        auto answer = stamp_problem(CertificationOutcome::StampRevoked,
                                    "Tem số " + std::to_string(content.serial) +
                                        " ĐÃ BỊ THU HỒI bởi cơ quan cấp",
                                    "stamp serial " + std::to_string(content.serial) + " revoked");
        answer.stamp = content;
        return with_policy(rules, std::move(answer));
    }

    auto product = product_of_gtin(db, content.gtin);
    if (!product)
        return fail(product.error());
    const bool other_product = !*product || (expected && expected->id != (*product)->id);
    if (other_product) {
        auto answer =
            stamp_problem(CertificationOutcome::StampMismatch,
                          "Tem thật nhưng KHÔNG PHẢI của sản phẩm này (mã " + content.gtin + ")",
                          "genuine stamp of another product (GTIN " + content.gtin + ")");
        answer.stamp = content;
        answer.product = expected ? expected : *product;
        return with_policy(rules, std::move(answer));
    }

    // The stamp is genuine and names this product: the certification it
    // cites decides, as the database knows it now (suspended since?).
    auto answer = check_product(db, rules, **product, date);
    if (!answer)
        return fail(answer.error());
    answer->stamp = content;
    answer->claims_certification = true;
    auto certifications = certifications_of(db, (*product)->id);
    if (!certifications)
        return fail(certifications.error());
    const auto cited =
        std::find_if(certifications->begin(), certifications->end(), [&](const Certification& c) {
            return c.decision_no == content.certification_no;
        });
    if (cited == certifications->end()) {
        auto mismatch =
            stamp_problem(CertificationOutcome::StampMismatch,
                          "Tem ghi quyết định " + content.certification_no +
                              " nhưng sản phẩm không có quyết định này",
                          "stamp cites an unknown certification " + content.certification_no);
        mismatch.stamp = content;
        mismatch.product = **product;
        return with_policy(rules, std::move(mismatch));
    }
    judge(*answer, *cited, date, rules.expiring_days);
    return with_policy(rules, std::move(*answer));
}

Result<CertificationAnswer> check_product(db::Connection& db, const Product& product,
                                          std::string_view date) {
    auto rules = load_certification_rules(db);
    if (!rules)
        return fail(rules.error());
    return check_product(db, *rules, product, date);
}

Result<CertificationAnswer> check_stamp(db::Connection& db, std::string_view payload,
                                        std::string_view date,
                                        const std::optional<Product>& expected) {
    auto rules = load_certification_rules(db);
    if (!rules)
        return fail(rules.error());
    return check_stamp(db, *rules, payload, date, expected);
}

nlohmann::json to_json(const CertificationAnswer& answer) {
    nlohmann::json json{{"outcome", outcome_code(answer.outcome)},
                        {"action", action_code(answer.action)},
                        {"message", answer.message_en},
                        {"message_vi", answer.message_vi},
                        {"days_left", answer.days_left ? nlohmann::json(*answer.days_left)
                                                       : nlohmann::json(nullptr)}};
    if (answer.product) {
        json["product"] = {{"id", answer.product->id},
                           {"sku", answer.product->sku},
                           {"name_vi", answer.product->name_vi}};
    }
    if (answer.certification) {
        const auto& c = *answer.certification;
        json["certification"] = {{"decision_no", c.decision_no},
                                 {"decision_date", c.decision_date},
                                 {"level", c.level},
                                 {"stars", c.stars},
                                 {"valid_from", c.valid_from},
                                 {"valid_to", c.valid_to},
                                 {"status", c.status}};
    }
    if (answer.stamp) {
        const auto& s = *answer.stamp;
        json["stamp"] = {{"key_id", s.key_id},    {"certification_no", s.certification_no},
                         {"gtin", s.gtin},        {"serial", s.serial},
                         {"stars", s.stars},      {"valid_from", s.valid_from},
                         {"valid_to", s.valid_to}};
    }
    return json;
}

} // namespace ocop::pos
