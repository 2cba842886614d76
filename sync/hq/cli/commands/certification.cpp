// OCOP certifications and the logo stamps issued under them.

#include "sync/hq/cli/command.h"

#include <ostream>

namespace ocop::hq::cli {

namespace {

// What `cert add` was given, or the first thing wrong with it.
Result<CertificationRow> certification_from(const Invocation& invocation) {
    CertificationRow certification;
    certification.sku = invocation.arguments[0];
    for (const auto& [option, field] : {std::pair{"--decision", &certification.decision_no},
                                        std::pair{"--level", &certification.level},
                                        std::pair{"--from", &certification.valid_from},
                                        std::pair{"--to", &certification.valid_to}}) {
        auto value = required_option(invocation, option);
        if (!value)
            return fail(value.error());
        *field = *value;
    }
    if (certification.level != "province" && certification.level != "central") {
        return fail("cli.bad_level", "--level is province or central",
                    "--level là province (cấp tỉnh) hoặc central (cấp trung ương).");
    }
    auto date = required_option(invocation, "--date");
    if (!date)
        return fail(date.error());
    certification.decision_date = *date;
    auto stars_text = required_option(invocation, "--stars");
    if (!stars_text)
        return fail(stars_text.error());
    auto stars = whole_number(*stars_text, "--stars");
    if (!stars || *stars < 3 || *stars > 5) {
        return fail("hq.bad_stars", "--stars is 3, 4 or 5 (only those are certified)",
                    "--stars là 3, 4 hoặc 5 (chỉ hạng 3 sao trở lên được công nhận).");
    }
    certification.stars = static_cast<int>(*stars);
    certification.status = "active";
    return certification;
}

int add_certification(Context& context, const Invocation& invocation) {
    auto certification = certification_from(invocation);
    if (!certification)
        return report(context, certification.error(), kExitUsage);
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    auto key = office->add_certification(*certification, context.clock.now());
    if (!key)
        return report(context, key.error());
    context.out << *key << "\n";
    return kExitOk;
}

int set_status(Context& context, const std::string& key, std::string_view status,
               const std::string& note) {
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    if (auto done = office->set_certification_status(key, status, note, context.clock.now()); !done)
        return report(context, done.error());
    context.out << "Chứng nhận " << key << ": " << status << "\n";
    return kExitOk;
}

int suspend_certification(Context& context, const Invocation& invocation) {
    return set_status(context, invocation.arguments[0], "suspended",
                      invocation.value("--note").value_or(""));
}

int revoke_certification(Context& context, const Invocation& invocation) {
    const auto reason = required_option(invocation, "--reason");
    if (!reason)
        return report(context, reason.error(), kExitUsage);
    return set_status(context, invocation.arguments[0], "revoked", *reason);
}

int issue_stamps(Context& context, const Invocation& invocation) {
    const auto from_text = required_option(invocation, "--from");
    if (!from_text)
        return report(context, from_text.error(), kExitUsage);
    const auto to_text = required_option(invocation, "--to");
    if (!to_text)
        return report(context, to_text.error(), kExitUsage);
    const auto from = whole_number(*from_text, "--from");
    if (!from)
        return report(context, from.error(), kExitUsage);
    const auto to = whole_number(*to_text, "--to");
    if (!to)
        return report(context, to.error(), kExitUsage);
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    if (auto done =
            office->issue_stamp_range(invocation.arguments[0], *from, *to, context.clock.now());
        !done)
        return report(context, done.error());
    context.out << "Đã cấp tem / stamps issued: " << invocation.arguments[0] << " " << *from << "–"
                << *to << "\n";
    return kExitOk;
}

int revoke_stamps(Context& context, const Invocation& invocation) {
    const auto reason = required_option(invocation, "--reason");
    if (!reason)
        return report(context, reason.error(), kExitUsage);
    const auto from = whole_number(invocation.arguments[1], "FROM");
    if (!from)
        return report(context, from.error(), kExitUsage);
    const auto to = whole_number(invocation.arguments[2], "TO");
    if (!to)
        return report(context, to.error(), kExitUsage);
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    if (auto done = office->revoke_stamps(invocation.arguments[0], *from, *to, *reason,
                                          context.clock.now());
        !done)
        return report(context, done.error());
    context.out << "Đã thu hồi tem / stamps revoked: " << invocation.arguments[0] << " " << *from
                << "–" << *to << "\n";
    return kExitOk;
}

int add_issuer_key(Context& context, const Invocation& invocation) {
    IssuerKeyRow key;
    key.key_id = invocation.arguments[0];
    for (const auto& [option, field] :
         {std::pair{"--issuer", &key.issuer}, std::pair{"--level", &key.level},
          std::pair{"--public-key", &key.public_key}, std::pair{"--from", &key.valid_from}}) {
        auto value = required_option(invocation, option);
        if (!value)
            return report(context, value.error(), kExitUsage);
        *field = *value;
    }
    key.valid_to = invocation.value("--to");
    auto office = open_office(context);
    if (!office)
        return report(context, office.error());
    if (auto done = office->add_issuer_key(key, context.clock.now()); !done)
        return report(context, done.error());
    context.out << "Đã thêm khoá / issuer key added: " << key.key_id << "\n";
    return kExitOk;
}

} // namespace

std::vector<Command> certification_commands() {
    return {
        {{"cert add",
          "SKU",
          "thêm chứng nhận OCOP, in khoá của nó / add an OCOP certification, print its key",
          "",
          {{"--decision", "NO", "số quyết định / decision number"},
           {"--date", "DATE", "ngày quyết định / decision date (YYYY-MM-DD)"},
           {"--level", "LEVEL", "province (tỉnh) | central (trung ương)"},
           {"--stars", "N", "số sao 3-5 / OCOP stars, 3 to 5"},
           {"--from", "DATE", "hiệu lực từ / valid from"},
           {"--to", "DATE", "hiệu lực đến / valid to"}},
          1,
          1},
         add_certification},
        {{"cert suspend",
          "KEY",
          "tạm đình chỉ chứng nhận / suspend a certification",
          "",
          {{"--note", "TEXT", "ghi chú / note"}},
          1,
          1},
         suspend_certification},
        {{"cert revoke",
          "KEY",
          "thu hồi chứng nhận / revoke a certification",
          "",
          {{"--reason", "TEXT", "lý do (bắt buộc) / reason (required)"}},
          1,
          1},
         revoke_certification},
        {{"stamps issue",
          "CERT_KEY",
          "ghi nhận dải số tem lô gô đã cấp / record a range of logo stamp serials issued",
          "",
          {{"--from", "N", "số sê-ri đầu / first serial"},
           {"--to", "M", "số sê-ri cuối / last serial"}},
          1,
          1},
         issue_stamps},
        {{"issuer-key add",
          "KEY_ID",
          "thêm hoặc thay khoá công khai của cơ quan cấp tem / add or replace an issuing "
          "office's public key (Ed25519)",
          "",
          {{"--issuer", "NAME", "cơ quan cấp / issuing office"},
           {"--level", "LEVEL", "province | central"},
           {"--public-key", "HEX", "khoá công khai, 64 chữ số hex / 64 hex digits"},
           {"--from", "DATE", "hiệu lực từ / valid from"},
           {"--to", "DATE", "hiệu lực đến (tuỳ chọn) / valid to (optional)"}},
          1,
          1},
         add_issuer_key},
        {{"stamps revoke",
          "KEY_ID FROM TO",
          "thu hồi dải tem của một khoá cơ quan cấp / revoke a range of stamps of an issuer key",
          "",
          {{"--reason", "TEXT", "lý do (bắt buộc) / reason (required)"}},
          3,
          3},
         revoke_stamps},
    };
}

} // namespace ocop::hq::cli
