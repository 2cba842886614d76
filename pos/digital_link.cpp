#include "pos/digital_link.h"

#include <algorithm>
#include <vector>

namespace ocop::pos {

namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size())
        return false;
    return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char p, char t) {
        return p == (t >= 'A' && t <= 'Z' ? static_cast<char>(t - 'A' + 'a') : t);
    });
}

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Error bad_link(const std::string& why) {
    return {"code.bad_digital_link", "GS1 Digital Link: " + why,
            "Mã QR là một địa chỉ web, không phải mã sản phẩm GS1 đọc được. Quét mã vạch khác "
            "trên bao bì, hoặc tìm sản phẩm theo tên."};
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos)
            end = text.size();
        if (end > start)
            parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// One element of the link. The GTIN may be written short: 8 digits are an
// EAN-8 here (GS1 Digital Link knows no UPC-E); the element is its 14-digit form.
Result<void> add(Gs1Data& data, std::string_view ai, std::string_view value, int current_year) {
    if (ai != "01")
        return add_element(data, ai, value, current_year);
    auto gtin =
        parse_gtin(value, value.size() == 8 ? std::optional(GtinFormat::Ean8) : std::nullopt);
    if (!gtin)
        return fail(gtin.error());
    return add_element(data, ai, gtin->digits(), current_year);
}

Result<void> add_encoded(Gs1Data& data, std::string_view ai, std::string_view value,
                         int current_year) {
    auto key = percent_decode(ai);
    if (!key)
        return fail(key.error());
    auto decoded = percent_decode(value);
    if (!decoded)
        return fail(decoded.error());
    return add(data, *key, *decoded, current_year);
}

// [/any/prefix]/01/{gtin}[/{ai}/{value}]...: the pairs start at the last
// "01" followed by an odd number of segments. A value "01" stands an odd
// number of segments after the real start, so it is never taken for it; an
// "01" in the prefix (/01/shop/01/...) comes before it. Two such "01" each
// followed by digits would be two GTINs: refused rather than one dropped.
Result<void> read_path(Gs1Data& data, std::string_view path, int current_year) {
    const std::vector<std::string_view> segments = split(path, '/');
    std::size_t first = segments.size();
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (segments[i] != "01" || (segments.size() - i) % 2 != 0)
            continue;
        if (first != segments.size() && all_digits(segments[first + 1]))
            return fail(bad_link("the path holds two /01/{GTIN}"));
        first = i;
    }
    if (first == segments.size())
        return fail(bad_link("the path has no /01/{GTIN}"));
    for (std::size_t i = first; i < segments.size(); i += 2) {
        if (auto added = add_encoded(data, segments[i], segments[i + 1], current_year); !added)
            return fail(added.error());
    }
    return {};
}

// ?17=261231&3103=001250&linkType=gs1:pip: the parameters named by digits.
Result<void> read_query(Gs1Data& data, std::string_view query, int current_year) {
    for (const std::string_view parameter : split(query, '&')) {
        const std::size_t equals = parameter.find('=');
        const std::string_view name = parameter.substr(0, equals);
        if (!all_digits(name))
            continue;
        const std::string_view value =
            equals == std::string_view::npos ? std::string_view{} : parameter.substr(equals + 1);
        if (auto added = add_encoded(data, name, value, current_year); !added)
            return fail(added.error());
    }
    return {};
}

} // namespace

bool is_web_address(std::string_view text) {
    return starts_with_ignoring_case(text, "http://") ||
           starts_with_ignoring_case(text, "https://");
}

Result<std::string> percent_decode(std::string_view text) {
    std::string decoded;
    decoded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            decoded.push_back(text[i]);
            continue;
        }
        const int high = i + 2 < text.size() ? hex_value(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
        if (high < 0 || low < 0)
            return fail(bad_link("a '%' is not followed by two hexadecimal digits"));
        decoded.push_back(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return decoded;
}

Result<Gs1Data> parse_digital_link(std::string_view uri, int current_year) {
    if (!is_web_address(uri))
        return fail(bad_link("not an http(s) address"));
    std::string_view rest = uri.substr(uri.find("://") + 3);
    rest = rest.substr(0, rest.find('#'));
    const std::size_t host_end = rest.find_first_of("/?");
    if (host_end == 0 || rest.empty())
        return fail(bad_link("the address has no host"));
    const std::string_view after_host =
        host_end == std::string_view::npos ? std::string_view{} : rest.substr(host_end);
    const std::size_t question = after_host.find('?');
    const std::string_view path = after_host.substr(0, question);
    const std::string_view query =
        question == std::string_view::npos ? std::string_view{} : after_host.substr(question + 1);

    Gs1Data data;
    if (auto read = read_path(data, path, current_year); !read)
        return fail(read.error());
    if (auto read = read_query(data, query, current_year); !read)
        return fail(read.error());
    return data;
}

} // namespace ocop::pos
