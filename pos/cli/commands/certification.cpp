// ocop verify | keys create | keys list | keys import | stamps issue | stamps revoke
#include "pos/certification.h"

#include "drivers/printer/label_sheet.h"
#include "pos/cli/command.h"
#include "pos/cli/offscreen_gui.h"
#include "pos/issuer_keys.h"
#include "pos/scanning.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <fstream>
#include <ostream>

namespace ocop::cli {

namespace {

Error missing(const std::string& option) {
    return Error{"cli.missing_option", option + " is required", "Thiếu tuỳ chọn " + option + "."};
}

Result<std::uint32_t> serial_number(std::string_view text, const std::string& option) {
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) {
        return fail("cli.bad_serial",
                    option + " takes a whole number, got '" + std::string(text) + "'",
                    option + " phải là số nguyên dương.");
    }
    return value;
}

std::string today(const Context& context) {
    return pos::local_date(context.clock.now());
}

int verify(Context& context, const Invocation& invocation) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    const std::string date = invocation.value("--date").value_or(today(context));
    auto check = pos::check_code(*connection, invocation.arguments.front(), date);
    if (!check)
        return report(context, check.error());
    if (context.json) {
        print_json(context, pos::to_json(*check));
    } else {
        if (check->match)
            context.out << check->match->product.name_vi << " (" << check->match->product.sku
                        << ")\n";
        const char* verdict = check->action == pos::PolicyAction::Block  ? "CHẶN BÁN / BLOCKED"
                              : check->action == pos::PolicyAction::Warn ? "CẢNH BÁO / WARNING"
                                                                         : "OK";
        context.out << "  [" << pos::outcome_code(check->certification.outcome) << "] " << verdict
                    << "\n";
        for (const auto& message : check->messages_vi())
            context.out << "  " << message << "\n";
        if (const auto& stamp = check->certification.stamp)
            context.out << "  Tem " << stamp->key_id << " số " << stamp->serial << ", "
                        << stamp->stars << " sao, hiệu lực " << stamp->valid_from << " → "
                        << stamp->valid_to << "\n";
    }
    return check->action == pos::PolicyAction::Block ? kExitFailed : kExitOk;
}

int keys_create(Context& context, const Invocation& invocation) {
    pos::IssuerKey key;
    key.key_id = invocation.value("--id").value_or("");
    key.issuer = invocation.value("--issuer").value_or("");
    key.level = invocation.value("--level").value_or("province");
    key.valid_from = invocation.value("--from").value_or(today(context));
    const auto file = invocation.value("--secret-file");
    if (key.key_id.empty() || key.issuer.empty() || !file)
        return report(context, missing("--id, --issuer and --secret-file"), kExitUsage);
    if (key.level != "province" && key.level != "central") {
        return report(context,
                      Error{"cli.bad_level", "--level is province or central",
                            "--level phải là province (tỉnh) hoặc central (trung ương)."},
                      kExitUsage);
    }
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto created = pos::create_issuer_key(*connection, key, *file);
    if (!created)
        return report(context, created.error());
    const std::string hex = pos::to_hex(created->public_key.data(), created->public_key.size());
    if (context.json) {
        print_json(context,
                   {{"key_id", created->key_id}, {"public_key", hex}, {"secret_file", *file}});
    } else {
        context.out << "Đã tạo khoá " << created->key_id << ". Khoá bí mật: " << *file
                    << " (chỉ chủ sở hữu đọc được)\nKhoá công khai: " << hex << "\n";
    }
    return kExitOk;
}

int keys_import(Context& context, const Invocation& invocation) {
    pos::IssuerKey key;
    key.key_id = invocation.arguments[0];
    auto bytes = pos::from_hex(invocation.arguments[1], key.public_key.size());
    if (!bytes)
        return report(context, bytes.error(), kExitUsage);
    std::copy(bytes->begin(), bytes->end(), key.public_key.begin());
    key.issuer = invocation.value("--issuer").value_or(key.key_id);
    key.level = invocation.value("--level").value_or("province");
    key.valid_from = invocation.value("--from").value_or(today(context));
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    if (auto added = pos::add_issuer_key(*connection, key); !added)
        return report(context, added.error());
    if (!context.json)
        context.out << "Đã nhận khoá công khai " << key.key_id << ".\n";
    else
        print_json(context, {{"key_id", key.key_id}});
    return kExitOk;
}

int keys_list(Context& context, const Invocation&) {
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto keys = pos::list_issuer_keys(*connection);
    if (!keys)
        return report(context, keys.error());
    nlohmann::json list = nlohmann::json::array();
    for (const auto& key : *keys) {
        const std::string hex = pos::to_hex(key.public_key.data(), key.public_key.size());
        if (context.json) {
            list.push_back({{"key_id", key.key_id},
                            {"issuer", key.issuer},
                            {"level", key.level},
                            {"public_key", hex},
                            {"valid_from", key.valid_from},
                            {"revoked_at", key.revoked_at ? nlohmann::json(*key.revoked_at)
                                                          : nlohmann::json(nullptr)}});
        } else {
            context.out << key.key_id << "\t" << key.level << "\t" << key.issuer << "\t" << hex
                        << (key.revoked_at ? "\tTHU HỒI " + *key.revoked_at : "") << "\n";
        }
    }
    if (context.json)
        print_json(context, list);
    return kExitOk;
}

Result<void> write_sheet(const std::vector<std::string>& stamps, std::uint32_t first,
                         const std::string& product_line, const std::string& path,
                         std::vector<std::filesystem::path>& written) {
    std::vector<drivers::Label> labels;
    for (std::size_t i = 0; i < stamps.size(); ++i) {
        labels.push_back({stamps[i], {"Số " + std::to_string(first + i), product_line}});
    }
    OffscreenGui gui;
    auto files = drivers::write_label_sheets(labels, drivers::SheetLayout{}, path);
    if (!files)
        return fail(files.error());
    written = std::move(*files);
    return {};
}

int stamps_issue(Context& context, const Invocation& invocation) {
    const auto file = invocation.value("--secret-file");
    const auto product = invocation.value("--product");
    const auto decision = invocation.value("--decision");
    if (!file || !product || !decision)
        return report(context, missing("--secret-file, --product and --decision"), kExitUsage);
    auto first = serial_number(invocation.value("--first").value_or("1"), "--first");
    auto count = serial_number(invocation.value("--count").value_or("1"), "--count");
    if (!first || !count)
        return report(context, first ? count.error() : first.error(), kExitUsage);
    auto key = pos::read_secret_key(*file);
    if (!key)
        return report(context, key.error());
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    auto stamps = pos::issue_stamps(*connection, *key, *product, *decision, *first, *count);
    if (!stamps)
        return report(context, stamps.error());

    std::vector<std::filesystem::path> sheets;
    if (const auto png = invocation.value("--png")) {
        auto detail = pos::product_detail(*connection, *product);
        const std::string caption = detail ? detail->product.name_vi : *product;
        if (auto drawn = write_sheet(*stamps, *first, caption, *png, sheets); !drawn)
            return report(context, drawn.error());
    }
    if (const auto out = invocation.value("--out")) {
        std::ofstream payloads(*out);
        for (const auto& stamp : *stamps)
            payloads << stamp << "\n";
        if (!payloads) {
            return report(context, Error{"cli.write_failed", "cannot write " + *out,
                                         "Không ghi được tệp " + *out + "."});
        }
    }
    if (context.json) {
        nlohmann::json files = nlohmann::json::array();
        for (const auto& sheet : sheets)
            files.push_back(sheet.string());
        print_json(context, {{"stamps", *stamps}, {"sheets", files}});
    } else {
        if (!invocation.has("--out") && sheets.empty())
            for (const auto& stamp : *stamps)
                context.out << stamp << "\n";
        for (const auto& sheet : sheets)
            context.out << "Tờ tem: " << sheet.string() << "\n";
        context.out << "Đã ký " << stamps->size() << " tem, số " << *first << "–"
                    << *first + *count - 1 << ".\n";
    }
    return kExitOk;
}

int stamps_revoke(Context& context, const Invocation& invocation) {
    const auto key = invocation.value("--key");
    const auto serials = invocation.value("--serials");
    const auto reason = invocation.value("--reason");
    if (!key || !serials || !reason)
        return report(context, missing("--key, --serials and --reason"), kExitUsage);
    const auto dash = serials->find('-');
    auto from = serial_number(serials->substr(0, dash), "--serials");
    auto to =
        dash == std::string::npos ? from : serial_number(serials->substr(dash + 1), "--serials");
    if (!from || !to)
        return report(context, from ? to.error() : from.error(), kExitUsage);
    auto connection = open_database(context);
    if (!connection)
        return report(context, connection.error());
    if (auto revoked = pos::revoke_stamps(*connection, *key, *from, *to, *reason,
                                          pos::local_timestamp(context.clock.now()));
        !revoked)
        return report(context, revoked.error());
    if (context.json)
        print_json(context, {{"key_id", *key}, {"serial_from", *from}, {"serial_to", *to}});
    else
        context.out << "Đã thu hồi tem " << *key << " số " << *from << "–" << *to << ".\n";
    return kExitOk;
}

} // namespace

std::vector<Command> certification_commands() {
    return {
        {{"verify",
          "CODE_OR_PAYLOAD",
          "Kiểm tra chứng nhận OCOP / check a product's certification or a logo stamp",
          "Answers for a product code (barcode, scale label, GS1 data, store code) or a\n"
          "logo stamp's QR payload: certified, expiring, expired, suspended, revoked,\n"
          "not_certified, stamp_forged, stamp_revoked or stamp_mismatch, with the store's\n"
          "policy (allow, warn, block). Exit status 1 when the policy blocks the sale.",
          {{"--date", "YYYY-MM-DD", "kiểm tra vào ngày / check as of this date (today)"}},
          1,
          1},
         verify},
        {{"keys create",
          "",
          "Tạo khoá ký tem của cơ quan cấp / make an issuing office's key pair",
          "The public key goes into the database; the secret key into --secret-file,\n"
          "created owner-only and never overwritten.",
          {{"--id", "KEY_ID", "mã khoá, ≤ 16 ký tự / short key id carried in stamps"},
           {"--issuer", "NAME", "cơ quan cấp / issuing office"},
           {"--level", "LEVEL", "province (tỉnh) or central (trung ương)"},
           {"--from", "YYYY-MM-DD", "hiệu lực từ / valid from (today)"},
           {"--secret-file", "FILE", "tệp khoá bí mật / where the secret key goes"}},
          0,
          0},
         keys_create},
        {{"keys import",
          "KEY_ID PUBLIC_KEY_HEX",
          "Nhận khoá công khai / register an office's public key",
          "",
          {{"--issuer", "NAME", "cơ quan cấp / issuing office"},
           {"--level", "LEVEL", "province or central"},
           {"--from", "YYYY-MM-DD", "hiệu lực từ / valid from"}},
          2,
          2},
         keys_import},
        {{"keys list", "", "Các khoá ký tem / issuing offices' keys", "", {}, 0, 0}, keys_list},
        {{"stamps issue",
          "",
          "Ký tem nhận diện / sign logo stamps for a certification",
          "Signs --count stamps numbered from --first for the product's certification\n"
          "(--decision), records the serial range, and writes the payloads (--out) and a\n"
          "printable sheet of QR codes (--png, A4 at 300 dpi, 30 a page).",
          {{"--secret-file", "FILE", "khoá bí mật / the office's secret key file"},
           {"--product", "CODE", "sản phẩm / product barcode or store code"},
           {"--decision", "NO", "số quyết định công nhận / certification decision number"},
           {"--first", "N", "số sê-ri đầu / first serial (1)"},
           {"--count", "N", "số tem / how many (1)"},
           {"--png", "FILE", "tờ tem để in / printable sheet"},
           {"--out", "FILE", "tệp nội dung tem / one payload per line"}},
          0,
          0},
         stamps_issue},
        {{"stamps revoke",
          "",
          "Thu hồi tem / withdraw stamp serials",
          "",
          {{"--key", "KEY_ID", "khoá đã ký / the key that signed them"},
           {"--serials", "N[-M]", "số sê-ri / serial or range"},
           {"--reason", "TEXT", "lý do / why"}},
          0,
          0},
         stamps_revoke},
    };
}

} // namespace ocop::cli
