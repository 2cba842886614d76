#include "pos/gs1.h"

#include "pos/money.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace ocop::pos {

namespace {

// What the terminal does with an AI's data.
enum class Field {
    Sscc,
    Gtin,
    ContentGtin,
    Lot,
    ProductionDate,
    PackagingDate,
    BestBefore,
    SellBy,
    Expiry,
    Serial,
    VariableCount,
    TradeItemCount,
    NetWeightKg,
    NetWeightLb,
};

// An application identifier this terminal reads (GS1 General Specifications
// 3.2): the length of its data, whether it is digits only, what it means.
struct AiSpec {
    std::string_view ai;
    std::size_t min_length;
    std::size_t max_length;
    bool numeric;
    Field field;
    std::string_view name_en;
    std::string_view name_vi;

    bool fixed() const { return min_length == max_length; }
};

constexpr std::array<AiSpec, 24> kAis{{
    {"00", 18, 18, true, Field::Sscc, "SSCC", "mã kiện hàng SSCC"},
    {"01", 14, 14, true, Field::Gtin, "GTIN", "mã sản phẩm GTIN"},
    {"02", 14, 14, true, Field::ContentGtin, "GTIN of contained items", "mã hàng bên trong"},
    {"10", 1, 20, false, Field::Lot, "batch/lot", "số lô"},
    {"11", 6, 6, true, Field::ProductionDate, "production date", "ngày sản xuất"},
    {"13", 6, 6, true, Field::PackagingDate, "packaging date", "ngày đóng gói"},
    {"15", 6, 6, true, Field::BestBefore, "best before date", "hạn dùng tốt nhất"},
    {"16", 6, 6, true, Field::SellBy, "sell by date", "hạn bán"},
    {"17", 6, 6, true, Field::Expiry, "expiration date", "hạn sử dụng"},
    {"21", 1, 20, false, Field::Serial, "serial number", "số sê-ri"},
    {"30", 1, 8, true, Field::VariableCount, "variable count", "số lượng"},
    {"37", 1, 8, true, Field::TradeItemCount, "count of trade items", "số đơn vị hàng"},
    // 310n and 320n: n, the number of decimals, is the AI's fourth digit.
    {"3100", 6, 6, true, Field::NetWeightKg, "net weight (kg)", "khối lượng tịnh (kg)"},
    {"3101", 6, 6, true, Field::NetWeightKg, "net weight (kg)", "khối lượng tịnh (kg)"},
    {"3102", 6, 6, true, Field::NetWeightKg, "net weight (kg)", "khối lượng tịnh (kg)"},
    {"3103", 6, 6, true, Field::NetWeightKg, "net weight (kg)", "khối lượng tịnh (kg)"},
    {"3104", 6, 6, true, Field::NetWeightKg, "net weight (kg)", "khối lượng tịnh (kg)"},
    {"3105", 6, 6, true, Field::NetWeightKg, "net weight (kg)", "khối lượng tịnh (kg)"},
    {"3200", 6, 6, true, Field::NetWeightLb, "net weight (lb)", "khối lượng tịnh (pound)"},
    {"3201", 6, 6, true, Field::NetWeightLb, "net weight (lb)", "khối lượng tịnh (pound)"},
    {"3202", 6, 6, true, Field::NetWeightLb, "net weight (lb)", "khối lượng tịnh (pound)"},
    {"3203", 6, 6, true, Field::NetWeightLb, "net weight (lb)", "khối lượng tịnh (pound)"},
    {"3204", 6, 6, true, Field::NetWeightLb, "net weight (lb)", "khối lượng tịnh (pound)"},
    {"3205", 6, 6, true, Field::NetWeightLb, "net weight (lb)", "khối lượng tịnh (pound)"},
}};
// Every fixed-length AI above starts with digits from the GS1 table of
// predefined lengths (00-04, 11-20, 31-36, 41), so none of them needs an FNC1
// after it; the raw reader relies on that.

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), is_digit);
}

// GS1 AI encodable character set 82 (GS1 General Specifications 7.11).
bool in_set_82(char c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c))
        return true;
    return std::string_view("!\"%&'()*+,-./:;<=>?_").find(c) != std::string_view::npos;
}

const AiSpec* find_ai(std::string_view ai) {
    for (const AiSpec& spec : kAis) {
        if (spec.ai == ai)
            return &spec;
    }
    return nullptr;
}

// How many digits an AI has, judged by its first two (for naming an AI this
// terminal does not know): 2 for 00-22, 30, 37 and 90-99; 3 for 23-25, 40-42
// and 71; 4 for the rest.
std::size_t ai_length(std::string_view first_two) {
    const int n = (first_two[0] - '0') * 10 + (first_two[1] - '0');
    if (n <= 22 || n == 30 || n == 37 || n >= 90)
        return 2;
    if ((n >= 23 && n <= 25) || (n >= 40 && n <= 42) || n == 71)
        return 3;
    return 4;
}

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string named(const AiSpec& spec) {
    return "AI (" + std::string(spec.ai) + ") " + std::string(spec.name_en);
}

std::string named_vi(const AiSpec& spec) {
    return "trường (" + std::string(spec.ai) + ") " + std::string(spec.name_vi);
}

Error malformed(const std::string& why) {
    return {"code.gs1_malformed", "GS1 code: " + why,
            "Mã GS1 không đúng định dạng. Quét lại mã; nếu vẫn lỗi, nhập sản phẩm bằng tay."};
}

Error unknown_ai(std::string_view ai) {
    return {"code.unknown_ai",
            "GS1 code holds AI (" + std::string(ai) + "), which this terminal does not read",
            "Mã GS1 có trường (" + std::string(ai) +
                ") mà máy bán hàng chưa đọc được. Quét mã vạch khác trên bao bì, hoặc tìm "
                "sản phẩm theo tên."};
}

Error truncated(const AiSpec& spec) {
    return {"code.gs1_truncated",
            "GS1 code ends inside " + named(spec) + ", which needs " +
                std::to_string(spec.min_length) + " characters",
            "Mã GS1 bị thiếu dữ liệu ở " + named_vi(spec) + ". Quét lại mã."};
}

Error truncated_ai(std::string_view rest) {
    return {"code.gs1_truncated", "GS1 code ends inside an AI: " + quoted(rest),
            "Mã GS1 bị cắt cụt ở cuối. Quét lại mã."};
}

Error too_long(const AiSpec& spec, std::size_t length) {
    return {"code.gs1_too_long",
            named(spec) + " has " + std::to_string(length) + " characters; at most " +
                std::to_string(spec.max_length) + " are allowed",
            "Dữ liệu " + named_vi(spec) + " dài " + std::to_string(length) +
                " ký tự, quá mức cho phép (" + std::to_string(spec.max_length) +
                "). Quét lại mã; nếu vẫn lỗi, nhập sản phẩm bằng tay."};
}

Error empty_field(const AiSpec& spec) {
    return {"code.gs1_empty_field", named(spec) + " is empty",
            "Mã GS1 có " + named_vi(spec) + " bị trống. Quét lại mã."};
}

Error not_digits(const AiSpec& spec, std::string_view value) {
    return {"code.gs1_not_digits", named(spec) + " must be digits: " + quoted(value),
            "Dữ liệu " + named_vi(spec) + " chỉ được gồm chữ số. Quét lại mã."};
}

Error bad_character(const AiSpec& spec, std::size_t position, char c) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
    return {"code.gs1_bad_character",
            named(spec) + " holds a character GS1 does not allow (" + hex + " at position " +
                std::to_string(position + 1) + ")",
            "Dữ liệu " + named_vi(spec) + " có ký tự không hợp lệ. Quét lại mã."};
}

Error conflicting(const AiSpec& spec) {
    return {"code.gs1_conflicting_ai", named(spec) + " appears twice with different data",
            "Mã GS1 ghi hai giá trị khác nhau cho " + named_vi(spec) +
                ". Không dùng mã này; nhập sản phẩm bằng tay."};
}

Error bad_date(const AiSpec& spec, std::string_view value) {
    return {"code.gs1_bad_date", named(spec) + " " + quoted(value) + " is not a real date (YYMMDD)",
            "Ngày ở " + named_vi(spec) + " (" + std::string(value) +
                ") không hợp lệ. Kiểm tra ngày in trên bao bì và nhập tay nếu cần."};
}

Error bad_sscc(std::string_view value) {
    return {"code.bad_check_digit",
            "SSCC " + quoted(value) + " has a wrong check digit: the last digit should be " +
                std::to_string(gs1_check_digit(value.substr(0, 17))),
            "Mã kiện hàng SSCC " + quoted(value) + " sai chữ số kiểm tra. Quét lại mã."};
}

Result<void> check_shape(const AiSpec& spec, std::string_view value) {
    if (value.size() < spec.min_length)
        return fail(value.empty() && !spec.fixed() ? empty_field(spec) : truncated(spec));
    if (value.size() > spec.max_length)
        return fail(too_long(spec, value.size()));
    if (spec.numeric) {
        if (!all_digits(value))
            return fail(not_digits(spec, value));
        return {};
    }
    const auto bad = std::find_if_not(value.begin(), value.end(), in_set_82);
    if (bad != value.end())
        return fail(bad_character(spec, static_cast<std::size_t>(bad - value.begin()), *bad));
    return {};
}

std::int64_t to_number(std::string_view digits) {
    std::int64_t n = 0;
    for (const char c : digits)
        n = n * 10 + (c - '0');
    return n;
}

std::int64_t power_of_ten(int exponent) {
    std::int64_t p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::string two_digits(int n) {
    return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

// A second net weight: the same in the other unit is kept out (kilograms
// win); two different weights are a conflict.
Result<void> set_net_weight(Gs1Data& data, const AiSpec& spec, NetWeight weight) {
    if (!data.net_weight ||
        (data.net_weight->unit == WeightUnit::Pound && weight.unit == WeightUnit::Kilogram)) {
        data.net_weight = weight;
        return {};
    }
    if (data.net_weight->unit == weight.unit && data.net_weight->kilograms() != weight.kilograms())
        return fail(conflicting(spec));
    return {};
}

Result<void> set_date(std::optional<std::string>& slot, const AiSpec& spec, std::string_view value,
                      int current_year) {
    auto date = gs1_date(value, current_year);
    if (!date)
        return fail(bad_date(spec, value));
    slot = std::move(*date);
    return {};
}

Result<void> set_gtin(std::optional<Gtin>& slot, std::string_view value) {
    auto gtin = parse_gtin(value, GtinFormat::Gtin14);
    if (!gtin)
        return fail(gtin.error());
    slot = std::move(*gtin);
    return {};
}

// Checks what the data mean and keeps them in their field of `data`.
Result<void> interpret(Gs1Data& data, const AiSpec& spec, std::string_view value,
                       int current_year) {
    switch (spec.field) {
    case Field::Sscc:
        if (!has_valid_check_digit(value))
            return fail(bad_sscc(value));
        data.sscc = std::string(value);
        break;
    case Field::Gtin:
        return set_gtin(data.gtin, value);
    case Field::ContentGtin:
        return set_gtin(data.content_gtin, value);
    case Field::Lot:
        data.lot = std::string(value);
        break;
    case Field::Serial:
        data.serial = std::string(value);
        break;
    case Field::ProductionDate:
        return set_date(data.production_date, spec, value, current_year);
    case Field::PackagingDate:
        return set_date(data.packaging_date, spec, value, current_year);
    case Field::BestBefore:
        return set_date(data.best_before, spec, value, current_year);
    case Field::SellBy:
        return set_date(data.sell_by, spec, value, current_year);
    case Field::Expiry:
        return set_date(data.expiry, spec, value, current_year);
    case Field::VariableCount:
        data.variable_count = to_number(value);
        break;
    case Field::TradeItemCount:
        data.trade_item_count = to_number(value);
        break;
    case Field::NetWeightKg:
    case Field::NetWeightLb:
        return set_net_weight(
            data, spec,
            {to_number(value), spec.ai[3] - '0',
             spec.field == Field::NetWeightKg ? WeightUnit::Kilogram : WeightUnit::Pound});
    }
    return {};
}

// The AI at the start of a raw element string.
Result<const AiSpec*> ai_at(std::string_view rest) {
    if (rest.size() < 2 || !is_digit(rest[0]) || !is_digit(rest[1])) {
        if (rest.size() < 2 && all_digits(rest))
            return fail(truncated_ai(rest));
        return fail(
            malformed("expected an application identifier, found " + quoted(rest.substr(0, 8))));
    }
    for (std::size_t length = 2; length <= 4 && length <= rest.size(); ++length) {
        if (const AiSpec* spec = find_ai(rest.substr(0, length)))
            return spec;
    }
    const std::size_t length = ai_length(rest);
    const std::string_view ai = rest.substr(0, length);
    if (ai.size() < length && all_digits(ai))
        return fail(truncated_ai(ai));
    return fail(unknown_ai(all_digits(ai) ? ai : rest.substr(0, 2)));
}

// Fields one after another; FNC1 (GS) ends a variable-length one.
Result<void> read_raw(Gs1Data& data, std::string_view text, int current_year) {
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == kGroupSeparator) { // at the start, after a fixed field, doubled
            ++at;
            continue;
        }
        auto spec = ai_at(text.substr(at));
        if (!spec)
            return fail(spec.error());
        at += (*spec)->ai.size();
        std::size_t end = text.find(kGroupSeparator, at);
        if (end == std::string_view::npos)
            end = text.size();
        if ((*spec)->fixed()) {
            if (end - at < (*spec)->max_length)
                return fail(truncated(**spec));
            end = at + (*spec)->max_length;
        }
        if (auto added = add_element(data, (*spec)->ai, text.substr(at, end - at), current_year);
            !added)
            return fail(added.error());
        at = end;
    }
    return {};
}

// Where the next "(AI)" starts at or after `from`: '(' with 2 to 4 digits and
// ')'. A '(' in the data not followed by that is data.
std::size_t next_bracketed_ai(std::string_view text, std::size_t from) {
    for (std::size_t at = text.find('(', from); at != std::string_view::npos;
         at = text.find('(', at + 1)) {
        const std::size_t close = text.find(')', at);
        if (close == std::string_view::npos)
            break;
        const std::string_view ai = text.substr(at + 1, close - at - 1);
        if (ai.size() >= 2 && ai.size() <= 4 && all_digits(ai))
            return at;
    }
    return text.size();
}

// The printed form: "(01)09506000134352(17)261231(10)ABC".
Result<void> read_bracketed(Gs1Data& data, std::string_view text, int current_year) {
    std::size_t at = 0;
    while (at < text.size()) {
        if (next_bracketed_ai(text, at) != at)
            return fail(malformed("expected \"(AI)\" at " + quoted(text.substr(at, 8))));
        const std::size_t close = text.find(')', at);
        const std::string_view ai = text.substr(at + 1, close - at - 1);
        const std::size_t end = next_bracketed_ai(text, close + 1);
        if (auto added =
                add_element(data, ai, text.substr(close + 1, end - close - 1), current_year);
            !added)
            return fail(added.error());
        at = end;
    }
    return {};
}

} // namespace

SymbologySplit split_symbology_id(std::string_view text) {
    const auto alpha = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    };
    if (text.size() >= 3 && text[0] == ']' && alpha(text[1]) &&
        (alpha(text[2]) || is_digit(text[2])))
        return {text.substr(0, 3), text.substr(3)};
    return {{}, text};
}

bool is_gs1_symbology(std::string_view id) {
    return id == "]C1" || id == "]e0" || id == "]d2" || id == "]Q3";
}

Quantity NetWeight::kilograms() const {
    if (unit == WeightUnit::Pound) // 1 lb = 0.45359237 kg = 45359237 / 10^5 g
        return {mul_div_round(value, 45'359'237, power_of_ten(decimals + 5))};
    if (decimals <= 3)
        return {value * power_of_ten(3 - decimals)};
    return {mul_div_round(value, 1, power_of_ten(decimals - 3))};
}

const Gs1Element* Gs1Data::find(std::string_view ai) const {
    const auto it = std::find_if(elements.begin(), elements.end(),
                                 [ai](const Gs1Element& e) { return e.ai == ai; });
    return it == elements.end() ? nullptr : &*it;
}

int gs1_year(int yy, int current_year) {
    const int current_yy = current_year % 100;
    const int century = current_year - current_yy;
    const int difference = yy - current_yy;
    if (difference >= 51)
        return century - 100 + yy;
    if (difference <= -50)
        return century + 100 + yy;
    return century + yy;
}

Result<std::string> gs1_date(std::string_view yymmdd, int current_year) {
    const auto refuse = [yymmdd] {
        return fail("code.gs1_bad_date", quoted(yymmdd) + " is not a real date (YYMMDD)",
                    "Ngày " + quoted(yymmdd) + " không hợp lệ.");
    };
    if (yymmdd.size() != 6 || !all_digits(yymmdd))
        return refuse();
    const int year = gs1_year(static_cast<int>(to_number(yymmdd.substr(0, 2))), current_year);
    const int month = static_cast<int>(to_number(yymmdd.substr(2, 2)));
    int day = static_cast<int>(to_number(yymmdd.substr(4, 2)));
    if (month < 1 || month > 12 || day > days_in_month(year, month))
        return refuse();
    if (day == 0) // GS1: the day not given means the end of the month
        day = days_in_month(year, month);
    return std::to_string(year) + "-" + two_digits(month) + "-" + two_digits(day);
}

Result<void> add_element(Gs1Data& data, std::string_view ai, std::string_view value,
                         int current_year) {
    const AiSpec* spec = find_ai(ai);
    if (!spec)
        return fail(unknown_ai(ai));
    if (auto shape = check_shape(*spec, value); !shape)
        return fail(shape.error());
    if (const Gs1Element* earlier = data.find(ai)) {
        if (earlier->value == value)
            return {};
        return fail(conflicting(*spec));
    }
    if (auto meaning = interpret(data, *spec, value, current_year); !meaning)
        return fail(meaning.error());
    data.elements.push_back({std::string(ai), std::string(value)});
    return {};
}

Result<Gs1Data> parse_gs1(std::string_view text, int current_year) {
    const auto [id, body] = split_symbology_id(text);
    Gs1Data data;
    data.symbology_id = std::string(id);
    const std::size_t start = body.find_first_not_of(kGroupSeparator);
    if (start == std::string_view::npos)
        return fail(malformed("no element strings"));
    auto read = body[start] == '(' ? read_bracketed(data, body.substr(start), current_year)
                                   : read_raw(data, body.substr(start), current_year);
    if (!read)
        return fail(read.error());
    return data;
}

std::string to_bracketed(const std::vector<Gs1Element>& elements) {
    std::string text;
    for (const Gs1Element& e : elements)
        text += "(" + e.ai + ")" + e.value;
    return text;
}

} // namespace ocop::pos
