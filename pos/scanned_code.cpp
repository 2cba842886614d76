#include "pos/scanned_code.h"

#include "pos/digital_link.h"
#include "pos/stamp.h"
#include "pos/text.h"

#include <algorithm>
#include <cstdio>

namespace ocop::pos {

namespace {

using Kind = ScannedCode::Kind;

bool all_digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Printable ASCII and GS (FNC1); everything else, including bytes of UTF-8,
// is no part of any code the terminal reads.
bool allowed(char c) {
    return (c >= ' ' && c <= '~') || c == kGroupSeparator;
}

Error too_long(std::size_t size) {
    return {"code.too_long",
            "scan of " + std::to_string(size) + " bytes; a code has at most " +
                std::to_string(kMaxScanBytes),
            "Dữ liệu quét quá dài (" + std::to_string(size) +
                " byte), không phải mã sản phẩm. Quét đúng mã vạch trên sản phẩm."};
}

Error empty() {
    return {"code.empty", "the scanner sent no code", "Máy quét không gửi mã nào. Quét lại."};
}

Error invalid_character(char c, std::size_t position) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
    return {"code.invalid_characters",
            std::string("scan holds byte ") + hex + " at position " + std::to_string(position + 1) +
                ", which no code has",
            "Dữ liệu quét có ký tự lạ, không phải mã vạch. Quét lại; nếu vẫn lỗi, báo kỹ thuật "
            "kiểm tra cài đặt máy quét."};
}

Error unrecognised(std::size_t length) {
    return {"code.unrecognised",
            "scan of " + std::to_string(length) +
                " characters is neither a barcode nor a store code",
            "Mã vừa quét không phải mã vạch sản phẩm hay mã của cửa hàng. Quét mã vạch khác "
            "trên bao bì, hoặc tìm sản phẩm theo tên."};
}

// "(01)..." at the start: the printed form of GS1 element strings.
bool starts_bracketed(std::string_view data) {
    const std::size_t close = data.find(')');
    if (!data.starts_with('(') || close == std::string_view::npos || close < 3 || close > 5)
        return false;
    return all_digits(data.substr(1, close - 1));
}

bool looks_gs1(std::string_view id, std::string_view data) {
    return is_gs1_symbology(id) || data.find(kGroupSeparator) != std::string_view::npos ||
           starts_bracketed(data);
}

// What the scanner's symbology identifier says about a GTIN of this length:
// ]E0 is EAN-13/UPC-A/UPC-E, ]E4 EAN-8, ]I0/]I1 ITF.
std::optional<GtinFormat> read_as(std::string_view id, std::size_t length) {
    if (id == "]E0" && length == 8)
        return GtinFormat::UpcE;
    if (id == "]E4" && length == 8)
        return GtinFormat::Ean8;
    if ((id == "]I0" || id == "]I1") && length == 14)
        return GtinFormat::Gtin14;
    return std::nullopt;
}

void take_gs1(ScannedCode& code, Gs1Data data) {
    // A case label without AI 01 names its contents by AI 02, with AI 37
    // counting them: selling the case sells that many of them.
    code.gtin = data.gtin ? std::move(data.gtin) : std::move(data.content_gtin);
    if (data.net_weight)
        code.weight = data.net_weight->kilograms();
    if (const auto n = data.variable_count ? data.variable_count : data.trade_item_count)
        code.count = Quantity::units(*n);
    code.lot = std::move(data.lot);
    code.expiry = std::move(data.expiry);
    code.best_before = std::move(data.best_before);
    code.serial = std::move(data.serial);
    code.elements = std::move(data.elements);
}

Result<void> read_digits(ScannedCode& code, std::string_view digits,
                         const std::vector<InStoreLayout>& layouts) {
    auto gtin = parse_gtin(digits, read_as(code.symbology_id, digits.size()));
    if (!gtin)
        return fail(gtin.error());
    if (gtin->instore_prefix()) {
        auto instore = parse_instore_code(*gtin, layouts);
        if (!instore)
            return fail(instore.error());
        code.kind = Kind::InStore;
        code.item_code = std::move(instore->item_code);
        code.weight = instore->weight;
        code.price = instore->price;
    } else {
        code.kind = Kind::Gtin;
    }
    code.gtin = std::move(*gtin);
    return {};
}

// Everything after the symbology identifier has been split off.
Result<void> classify(ScannedCode& code, std::string_view data,
                      const std::vector<InStoreLayout>& layouts, int current_year) {
    if (data.starts_with(kStampPrefix)) {
        code.kind = Kind::Stamp;
        code.item_code = std::string(data);
        return {};
    }
    if (is_web_address(data)) {
        auto link = parse_digital_link(data, current_year);
        if (!link)
            return fail(link.error());
        code.kind = Kind::DigitalLink;
        take_gs1(code, std::move(*link));
        return {};
    }
    if (looks_gs1(code.symbology_id, data)) {
        auto gs1 = parse_gs1(data, current_year);
        if (!gs1)
            return fail(gs1.error());
        code.kind = Kind::Gs1;
        take_gs1(code, std::move(*gs1));
        return {};
    }
    const std::size_t n = data.size();
    // The scanner said EAN/UPC: whatever came must be a GTIN, never a store code.
    if (code.symbology_id == "]E0" || code.symbology_id == "]E4" ||
        (all_digits(data) && (n == 8 || n == 12 || n == 13 || n == 14)))
        return read_digits(code, data, layouts);
    if (n > kMaxStoreCodeLength)
        return fail(unrecognised(n));
    code.kind = Kind::StoreCode;
    code.item_code = std::string(data);
    return {};
}

} // namespace

std::string_view kind_name(ScannedCode::Kind kind) {
    switch (kind) {
    case Kind::Gtin:
        return "gtin";
    case Kind::InStore:
        return "instore";
    case Kind::Gs1:
        return "gs1";
    case Kind::DigitalLink:
        return "digital_link";
    case Kind::Stamp:
        return "stamp";
    case Kind::StoreCode:
        break;
    }
    return "store_code";
}

Result<ScannedCode> parse_scanned(std::string_view text, const std::vector<InStoreLayout>& layouts,
                                  int current_year) {
    if (text.size() > kMaxScanBytes)
        return fail(too_long(text.size()));
    const std::string_view scan = trimmed(text);
    const auto bad = std::find_if_not(scan.begin(), scan.end(), allowed);
    if (bad != scan.end())
        return fail(invalid_character(*bad, static_cast<std::size_t>(bad - scan.begin())));
    const auto [id, data] = split_symbology_id(scan);
    if (data.find_first_not_of(kGroupSeparator) == std::string_view::npos && !is_gs1_symbology(id))
        return fail(empty());

    ScannedCode code;
    code.text = std::string(scan);
    code.symbology_id = std::string(id);
    if (auto read = classify(code, data, layouts, current_year); !read)
        return fail(read.error());
    return code;
}

} // namespace ocop::pos
