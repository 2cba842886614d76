#include "drivers/printer/vietnamese_code_page.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace ocop::drivers {

namespace {

// Windows-1258, bytes 0x80..0xFF (Unicode's CP1258.TXT from Microsoft, the
// same table glibc's iconv and Python's cp1258 codec use); 0 = no character.
constexpr std::array<char16_t, 128> kCp1258High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x02C6, 0x2030, 0,      0x2039, 0x0152, 0,      0,      0,      // 88
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0x02DC, 0x2122, 0,      0x203A, 0x0153, 0,      0,      0x0178, // 98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, // A0
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // A8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // B0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, // B8
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF, // C8
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, // D0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF, // D8
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF, // E8
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, // F0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF, // F8
};

struct Letter {
    char16_t letter;
    std::uint8_t byte;
};

// TCVN-3 small letters: TCVN 5712:1993 VN3, which keeps VN1's bytes for them
// (glibc's TCVN5712-1, libiconv's TCVN). Epson-compatible printers print
// these with ESC t 30 (escpos-printer-db, data/encoding.yml, "TCVN-3-1").
constexpr std::array<Letter, 67> kTcvn3Small = {{
    {u'ă', 0xA8}, {u'â', 0xA9}, {u'ê', 0xAA}, {u'ô', 0xAB}, {u'ơ', 0xAC}, {u'ư', 0xAD},
    {u'đ', 0xAE}, {u'à', 0xB5}, {u'ả', 0xB6}, {u'ã', 0xB7}, {u'á', 0xB8}, {u'ạ', 0xB9},
    {u'ằ', 0xBB}, {u'ẳ', 0xBC}, {u'ẵ', 0xBD}, {u'ắ', 0xBE}, {u'ặ', 0xC6}, {u'ầ', 0xC7},
    {u'ẩ', 0xC8}, {u'ẫ', 0xC9}, {u'ấ', 0xCA}, {u'ậ', 0xCB}, {u'è', 0xCC}, {u'ẻ', 0xCE},
    {u'ẽ', 0xCF}, {u'é', 0xD0}, {u'ẹ', 0xD1}, {u'ề', 0xD2}, {u'ể', 0xD3}, {u'ễ', 0xD4},
    {u'ế', 0xD5}, {u'ệ', 0xD6}, {u'ì', 0xD7}, {u'ỉ', 0xD8}, {u'ĩ', 0xDC}, {u'í', 0xDD},
    {u'ị', 0xDE}, {u'ò', 0xDF}, {u'ỏ', 0xE1}, {u'õ', 0xE2}, {u'ó', 0xE3}, {u'ọ', 0xE4},
    {u'ồ', 0xE5}, {u'ổ', 0xE6}, {u'ỗ', 0xE7}, {u'ố', 0xE8}, {u'ộ', 0xE9}, {u'ờ', 0xEA},
    {u'ở', 0xEB}, {u'ỡ', 0xEC}, {u'ớ', 0xED}, {u'ợ', 0xEE}, {u'ù', 0xEF}, {u'ủ', 0xF1},
    {u'ũ', 0xF2}, {u'ú', 0xF3}, {u'ụ', 0xF4}, {u'ừ', 0xF5}, {u'ử', 0xF6}, {u'ữ', 0xF7},
    {u'ứ', 0xF8}, {u'ự', 0xF9}, {u'ỳ', 0xFA}, {u'ỷ', 0xFB}, {u'ỹ', 0xFC}, {u'ý', 0xFD},
    {u'ỵ', 0xFE},
}};

// In the capitals table (ESC t 31) each capital takes its small letter's
// byte, except Ă Â Đ, which keep VN3's own capital bytes.
constexpr std::array<Letter, 3> kTcvn3CapitalExceptions = {{
    {u'Ă', 0xA1},
    {u'Â', 0xA2},
    {u'Đ', 0xA7},
}};

// The five tones as Windows-1258's combining marks.
constexpr std::array<std::pair<char16_t, std::uint8_t>, 5> kCp1258Tones = {{
    {0x0300, 0xCC}, // huyền
    {0x0301, 0xEC}, // sắc
    {0x0303, 0xDE}, // ngã
    {0x0309, 0xD2}, // hỏi
    {0x0323, 0xF2}, // nặng
}};

// Stand-ins for characters a table lacks, better on paper than '?'.
constexpr std::array<std::pair<char32_t, const char*>, 14> kStandIns = {{
    {0x00A0, " "},
    {0x00D7, "x"},
    {0x2013, "-"},
    {0x2014, "-"},
    {0x2018, "'"},
    {0x2019, "'"},
    {0x201C, "\""},
    {0x201D, "\""},
    {0x2022, "*"},
    {0x00B7, "."},
    {0x2026, "..."},
    {0x2605, "*"},
    {0x2192, "->"},
    {0x20AB, "\xC4\x91"}, // ₫ → đ
}};

bool printable_ascii(char32_t c) {
    return c >= 0x20 && c < 0x7F;
}

bool is_tone(char32_t c) {
    return std::any_of(kCp1258Tones.begin(), kCp1258Tones.end(),
                       [c](const auto& tone) { return tone.first == c; });
}

std::uint8_t tone_byte(char32_t c) {
    for (const auto& [mark, byte] : kCp1258Tones)
        if (mark == c)
            return byte;
    return '?';
}

QString nfd(char32_t c) {
    return QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
}

char32_t composed(const QString& text) {
    const QList<uint> ucs4 = text.normalized(QString::NormalizationForm_C).toUcs4();
    return ucs4.size() == 1 ? ucs4.front() : 0;
}

// One character's bytes in one table; table -1 when any table will do
// (ASCII is the same in both TCVN-3 tables).
struct Encoded {
    int table = -1;
    std::string bytes;
};

std::optional<std::uint8_t> cp1258_byte(char32_t c) {
    if (printable_ascii(c))
        return static_cast<std::uint8_t>(c);
    for (std::size_t i = 0; i < kCp1258High.size(); ++i)
        if (kCp1258High[i] != 0 && kCp1258High[i] == c)
            return static_cast<std::uint8_t>(0x80 + i);
    return std::nullopt;
}

// A letter Windows-1258 has no byte for, as its letter (with circumflex,
// breve or horn) and then its tone: "ấ" → â + 0xEC, "ệ" → ê + 0xF2.
std::optional<std::string> cp1258_decomposed(char32_t c) {
    const QList<uint> parts = nfd(c).toUcs4();
    if (parts.size() < 2)
        return std::nullopt;
    QString letter;
    std::string tones;
    for (const char32_t part : parts) {
        if (is_tone(part))
            tones += static_cast<char>(tone_byte(part));
        else
            letter += QString::fromUcs4(&part, 1);
    }
    const auto base = cp1258_byte(composed(letter));
    if (!base || tones.empty())
        return std::nullopt;
    return static_cast<char>(*base) + tones;
}

std::optional<Encoded> encode_cp1258(char32_t c) {
    if (const auto byte = cp1258_byte(c))
        return Encoded{0, std::string(1, static_cast<char>(*byte))};
    if (auto bytes = cp1258_decomposed(c))
        return Encoded{0, std::move(*bytes)};
    return std::nullopt;
}

std::optional<Encoded> encode_tcvn3(char32_t c) {
    if (printable_ascii(c))
        return Encoded{-1, std::string(1, static_cast<char>(c))};
    for (const Letter& exception : kTcvn3CapitalExceptions)
        if (exception.letter == c)
            return Encoded{1, std::string(1, static_cast<char>(exception.byte))};
    for (const Letter& small : kTcvn3Small) {
        if (small.letter == c)
            return Encoded{0, std::string(1, static_cast<char>(small.byte))};
        if (QChar::toUpper(static_cast<char32_t>(small.letter)) == c)
            return Encoded{1, std::string(1, static_cast<char>(small.byte))};
    }
    return std::nullopt;
}

// The letter without its marks: "ậ" → "a", "Đ" → "D".
std::optional<Encoded> encode_ascii(char32_t c) {
    if (printable_ascii(c))
        return Encoded{0, std::string(1, static_cast<char>(c))};
    if (c == u'đ' || c == u'Đ')
        return Encoded{0, c == u'đ' ? "d" : "D"};
    const QList<uint> parts = nfd(c).toUcs4();
    if (parts.size() > 1 && printable_ascii(parts.front()))
        return Encoded{0, std::string(1, static_cast<char>(parts.front()))};
    return std::nullopt;
}

std::optional<Encoded> encode_one(char32_t c, VietnameseCodePage page) {
    switch (page) {
    case VietnameseCodePage::Cp1258:
        return encode_cp1258(c);
    case VietnameseCodePage::Tcvn3:
        return encode_tcvn3(c);
    case VietnameseCodePage::Ascii:
        return encode_ascii(c);
    }
    return std::nullopt;
}

// Appends bytes to the text, starting a new run when the table changes.
void append(CodePageText& text, const Encoded& encoded) {
    const bool fits_last =
        !text.runs.empty() && (encoded.table == -1 || text.runs.back().table == encoded.table);
    if (fits_last)
        text.runs.back().bytes += encoded.bytes;
    else
        text.runs.push_back({std::max(encoded.table, 0), encoded.bytes});
}

const char* stand_in(char32_t c) {
    for (const auto& [from, to] : kStandIns)
        if (from == c)
            return to;
    return nullptr;
}

QList<uint> code_points(std::string_view utf8) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(utf8.data(), std::ssize(utf8)));
    return text.normalized(QString::NormalizationForm_C).toUcs4();
}

void encode_into(CodePageText& text, char32_t c, VietnameseCodePage page, bool stand_ins) {
    if (auto encoded = encode_one(c, page)) {
        append(text, *encoded);
        return;
    }
    const char* replacement = stand_ins ? stand_in(c) : nullptr;
    if (replacement) {
        for (const uint part : code_points(replacement))
            encode_into(text, part, page, false);
        return;
    }
    ++text.lost;
    append(text, Encoded{-1, "?"});
}

char32_t decode_byte(std::uint8_t byte, VietnameseCodePage page, int table) {
    if (byte < 0x80)
        return byte;
    if (page == VietnameseCodePage::Cp1258)
        return kCp1258High[byte - 0x80u] != 0 ? kCp1258High[byte - 0x80u] : 0xFFFD;
    if (page == VietnameseCodePage::Tcvn3) {
        if (table == 1)
            for (const Letter& exception : kTcvn3CapitalExceptions)
                if (exception.byte == byte)
                    return exception.letter;
        for (const Letter& small : kTcvn3Small)
            if (small.byte == byte)
                return table == 1 ? QChar::toUpper(static_cast<char32_t>(small.letter))
                                  : small.letter;
    }
    return 0xFFFD;
}

} // namespace

std::optional<VietnameseCodePage> vietnamese_code_page(std::string_view name) {
    if (name == "cp1258")
        return VietnameseCodePage::Cp1258;
    if (name == "tcvn3")
        return VietnameseCodePage::Tcvn3;
    if (name == "ascii")
        return VietnameseCodePage::Ascii;
    return std::nullopt;
}

std::vector<std::string> vietnamese_code_page_names() {
    return {"cp1258", "tcvn3", "ascii"};
}

std::string CodePageText::bytes() const {
    std::string all;
    for (const CodePageRun& run : runs)
        all += run.bytes;
    return all;
}

CodePageText encode_for_printer(std::string_view utf8, VietnameseCodePage page) {
    CodePageText text;
    for (const uint c : code_points(utf8))
        encode_into(text, c, page, true);
    return text;
}

int printed_columns(std::string_view utf8, VietnameseCodePage page) {
    int columns = 0;
    for (const CodePageRun& run : encode_for_printer(utf8, page).runs)
        for (const char byte : run.bytes) {
            const auto value = static_cast<std::uint8_t>(byte);
            const bool tone_mark =
                page == VietnameseCodePage::Cp1258 &&
                std::any_of(kCp1258Tones.begin(), kCp1258Tones.end(),
                            [value](const auto& tone) { return tone.second == value; });
            columns += tone_mark ? 0 : 1;
        }
    return columns;
}

std::string decode_from_printer(std::string_view bytes, VietnameseCodePage page, int table) {
    std::u32string decoded;
    for (const char byte : bytes)
        decoded += decode_byte(static_cast<std::uint8_t>(byte), page, table);
    const QString text = QString::fromUcs4(decoded.data(), std::ssize(decoded));
    return text.normalized(QString::NormalizationForm_C).toStdString();
}

} // namespace ocop::drivers
