#include "db/text_fold.h"

#include "db/connection_state.h"

#include <sqlite3.h>

#include <array>
#include <cstdint>
#include <optional>

namespace ocop::db {

namespace {

// Base letters of U+00C0..U+00FF; '\0' where the code point is not a letter.
constexpr char kLatin1[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
                           "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
// Base letters of U+0100..U+017F (Latin Extended-A: ă, đ, ĩ, ũ among them).
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijj"
    "kkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuu"
    "uuuuuuuuwwyyyzzzzzzs";
// Runs of U+1EA0..U+1EF9 (Latin Extended Additional), the precomposed
// Vietnamese vowels with tone marks: ạ..ặ, ẹ..ệ, ỉ ị, ọ..ợ, ụ..ự, ỳ..ỹ.
struct Run {
    char32_t last;
    char letter;
};
constexpr std::array<Run, 6> kVietnameseRuns{{
    {0x1EB7, 'a'},
    {0x1EC7, 'e'},
    {0x1ECB, 'i'},
    {0x1EE3, 'o'},
    {0x1EF1, 'u'},
    {0x1EF9, 'y'},
}};

static_assert(sizeof(kLatin1) == 0x40 + 1);
static_assert(kLatinExtendedA.size() == 0x80);

bool is_combining_mark(char32_t c) {
    return c >= 0x0300 && c <= 0x036F;
}

// The ASCII letter a code point folds to, if it is one we know.
std::optional<char> base_letter(char32_t c) {
    if (c >= 0xC0 && c <= 0xFF) {
        const char letter = kLatin1[c - 0xC0];
        return letter ? std::optional<char>(letter) : std::nullopt;
    }
    if (c >= 0x100 && c <= 0x17F)
        return kLatinExtendedA[c - 0x100];
    switch (c) {
    case 0x01A0: // Ơ
    case 0x01A1: // ơ
        return 'o';
    case 0x01AF: // Ư
    case 0x01B0: // ư
        return 'u';
    default:
        break;
    }
    if (c >= 0x1EA0 && c <= 0x1EF9) {
        for (const auto& run : kVietnameseRuns)
            if (c <= run.last)
                return run.letter;
    }
    return std::nullopt;
}

// Whether a letter that base_letter() knows is a capital. In the Latin
// blocks Vietnamese uses, capitals are U+00C0..U+00DE and the even code points
// of the other ranges; Ư (U+01AF) and a few Latin Extended-A runs are odd.
bool is_capital(char32_t c) {
    if (c >= 0xC0 && c <= 0xFF)
        return c <= 0xDE;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return c % 2 == 1;
    if (c == 0x178 || c == 0x1AF)
        return true;
    if (c == 0x1B0 || c == 0x138 || c == 0x149)
        return false;
    return c % 2 == 0;
}

struct Decoded {
    char32_t code_point;
    std::size_t length; // bytes consumed; 0 marks a malformed sequence
};

Decoded decode_utf8(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(at);
    if (lead < 0x80)
        return {lead, 1};
    std::size_t length = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
    } else {
        return {0, 0};
    }
    if (at + length > text.size())
        return {0, 0};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return {0, 0};
        value = (value << 6) | (byte(at + i) & 0x3F);
    }
    // Well-formed sequences only (RFC 3629): an overlong form ("\xC0\xAF" for
    // '/', "\xC0\x80" for NUL) would otherwise come out of remove_accents()
    // as that ASCII byte, and a surrogate or a value above U+10FFFF would be
    // copied into a search key that is then not UTF-8.
    constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < kSmallest[length] || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
        return {0, 0};
    return {value, length};
}

// Appends a separator unless the key is empty or already ends in one.
void append_space(std::string& key) {
    if (!key.empty() && key.back() != ' ')
        key.push_back(' ');
}

void fold_sql_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    const auto* text = sqlite3_value_text(arguments[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const auto size = static_cast<std::size_t>(sqlite3_value_bytes(arguments[0]));
    const std::string key = fold_for_search({reinterpret_cast<const char*>(text), size});
    sqlite3_result_text64(context, key.data(), key.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

std::string fold_for_search(std::string_view utf8) {
    std::string key;
    key.reserve(utf8.size());
    std::size_t at = 0;
    while (at < utf8.size()) {
        const auto [c, length] = decode_utf8(utf8, at);
        if (length == 0) {
            append_space(key);
            ++at;
            continue;
        }
        const auto original = utf8.substr(at, length);
        at += length;
        if (c < 0x80) {
            const auto ascii = static_cast<char>(c);
            if (ascii >= 'A' && ascii <= 'Z')
                key.push_back(static_cast<char>(ascii - 'A' + 'a'));
            else if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9'))
                key.push_back(ascii);
            else
                append_space(key);
        } else if (is_combining_mark(c)) {
            continue;
        } else if (const auto letter = base_letter(c)) {
            key.push_back(*letter);
        } else if (c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) || c == 0xA0) {
            append_space(key); // ×, ÷, general punctuation, no-break space
        } else {
            key.append(original);
        }
    }
    if (!key.empty() && key.back() == ' ')
        key.pop_back();
    return key;
}

std::string remove_accents(std::string_view utf8) {
    std::string ascii;
    ascii.reserve(utf8.size());
    std::size_t at = 0;
    while (at < utf8.size()) {
        const auto [c, length] = decode_utf8(utf8, at);
        at += length == 0 ? 1 : length;
        if (length == 0)
            continue;
        if (c < 0x80) {
            ascii.push_back(static_cast<char>(c));
        } else if (const auto letter = base_letter(c)) {
            ascii.push_back(is_capital(c) ? static_cast<char>(*letter - 'a' + 'A') : *letter);
        }
    }
    return ascii;
}

Result<void> register_text_fold(sqlite3* handle) {
    const int rc = sqlite3_create_function_v2(
        handle, "ocop_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        fold_sql_function, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqlite_error(handle, rc, "registering ocop_fold()"));
    return {};
}

} // namespace ocop::db
