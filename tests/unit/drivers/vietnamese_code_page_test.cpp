// Vietnamese in a printer's own character table (text mode): the bytes must
// be the ones the printer's table holds for each letter, or the receipt says
// something else. Checked against the Windows-1258 table by hand and, for
// the whole alphabet, against glibc's iconv (CP1258 and TCVN5712-1), which
// share no code with ours.
#include "drivers/printer/vietnamese_code_page.h"
#include "unit/drivers/escpos_stream.h"

#include <QString>
#include <catch2/catch.hpp>

#include <iconv.h>
#include <optional>
#include <string>
#include <vector>

using namespace ocop::drivers;
using ocop::test::bytes;

namespace {

std::string cp1258(const std::string& utf8) {
    return encode_for_printer(utf8, VietnameseCodePage::Cp1258).bytes();
}

// Every letter of the Vietnamese alphabet: the twelve vowels with each of
// the six tones, đ, then the same in capitals.
std::vector<std::string> vietnamese_letters() {
    const QString vowels = QString::fromUtf8("aăâeêioôơuưy");
    const char16_t tones[] = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};
    std::vector<std::string> letters;
    for (const bool capital : {false, true}) {
        for (const QChar vowel : vowels)
            for (const char16_t tone : tones) {
                QString letter(vowel);
                if (tone != 0)
                    letter += QChar(tone);
                letter = letter.normalized(QString::NormalizationForm_C);
                letters.push_back((capital ? letter.toUpper() : letter).toStdString());
            }
        letters.push_back(capital ? "Đ" : "đ");
    }
    return letters;
}

// glibc's converter, or nullopt when it refuses (or is not installed).
std::optional<std::string> iconv_to(const char* encoding, const std::string& utf8) {
    iconv_t converter = iconv_open(encoding, "UTF-8");
    if (converter == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    std::string in = utf8;
    std::string out(utf8.size() * 4 + 8, '\0');
    char* in_at = in.data();
    std::size_t in_left = in.size();
    char* out_at = out.data();
    std::size_t out_left = out.size();
    const std::size_t done = iconv(converter, &in_at, &in_left, &out_at, &out_left);
    iconv_close(converter);
    if (done == static_cast<std::size_t>(-1))
        return std::nullopt;
    out.resize(out.size() - out_left);
    return out;
}

} // namespace

TEST_CASE("CP1258: a product name becomes the bytes Windows-1258 has for it",
          "[printer][codepage]") {
    // M, â (0xE2) + combining dot below (0xF2), t, ..., d, ư (0xFD) + combining
    // grave (0xCC), a: Windows-1258 has no "ậ" or "ừ" of its own.
    const std::string expected =
        bytes({'M', 0xE2, 0xF2, 't', ' ', 'h', 'o', 'a', ' ', 'd', 0xFD, 0xCC, 'a'});
    const CodePageText text = encode_for_printer("Mật hoa dừa", VietnameseCodePage::Cp1258);
    CHECK(text.bytes() == expected);
    CHECK(text.lost == 0);
    REQUIRE(text.runs.size() == 1);
    CHECK(text.runs[0].table == 0);

    // Typed decomposed (a + dot below + circumflex): the same bytes.
    CHECK(cp1258("Ma\u0323\u0302t hoa du\u031B\u0300a") == expected);

    SECTION("letters Windows-1258 holds whole are one byte") {
        CHECK(cp1258("à") == bytes({0xE0}));
        CHECK(cp1258("á") == bytes({0xE1}));
        CHECK(cp1258("ă") == bytes({0xE3}));
        CHECK(cp1258("đ") == bytes({0xF0}));
        CHECK(cp1258("Đ") == bytes({0xD0}));
        CHECK(cp1258("ơ") == bytes({0xF5}));
        CHECK(cp1258("Ư") == bytes({0xDD}));
        CHECK(cp1258("₫") == bytes({0xFE}));
    }

    SECTION("the others are their letter and then one of the five tone marks") {
        CHECK(cp1258("ấ") == bytes({0xE2, 0xEC})); // sắc
        CHECK(cp1258("ồ") == bytes({0xF4, 0xCC})); // huyền
        CHECK(cp1258("ể") == bytes({0xEA, 0xD2})); // hỏi
        CHECK(cp1258("ẵ") == bytes({0xE3, 0xDE})); // ngã
        CHECK(cp1258("ợ") == bytes({0xF5, 0xF2})); // nặng
        CHECK(cp1258("ã") == bytes({'a', 0xDE}));  // 0xE3 is ă, not ã
        CHECK(cp1258("ý") == bytes({'y', 0xEC}));  // 0xFD is ư, not ý
        CHECK(cp1258("Ỹ") == bytes({'Y', 0xDE}));
    }
}

TEST_CASE("CP1258 agrees with glibc's iconv on every Vietnamese letter", "[printer][codepage]") {
    if (!iconv_to("CP1258", "a")) {
        WARN("glibc has no CP1258 converter here; only the hand-written bytes are checked");
        return;
    }
    for (const std::string& letter : vietnamese_letters()) {
        CAPTURE(letter);
        CHECK(cp1258(letter) == iconv_to("CP1258", letter).value_or("<iconv refused>"));
    }
    const std::string sentence =
        "Đường hoa dừa Trà Cú, Bánh tét lá cẩm Cầu Kè — Tổng cộng 1.250.000 ₫";
    CHECK(cp1258(sentence) == iconv_to("CP1258", sentence).value_or("<iconv refused>"));
}

TEST_CASE("what the printer prints back is the text that was sent", "[printer][codepage]") {
    const auto page = GENERATE(VietnameseCodePage::Cp1258, VietnameseCodePage::Tcvn3);
    CAPTURE(static_cast<int>(page));
    for (const std::string& letter : vietnamese_letters()) {
        CAPTURE(letter);
        const CodePageText text = encode_for_printer(letter, page);
        CHECK(text.lost == 0);
        std::string printed;
        for (const CodePageRun& run : text.runs)
            printed += decode_from_printer(run.bytes, page, run.table);
        CHECK(printed == letter);
    }
}

TEST_CASE("TCVN-3: one byte a letter, capitals from the next table", "[printer][codepage]") {
    SECTION("small letters are the bytes glibc's TCVN5712-1 gives them") {
        CHECK(encode_for_printer("ă", VietnameseCodePage::Tcvn3).bytes() == bytes({0xA8}));
        CHECK(encode_for_printer("đ", VietnameseCodePage::Tcvn3).bytes() == bytes({0xAE}));
        CHECK(encode_for_printer("ừ", VietnameseCodePage::Tcvn3).bytes() == bytes({0xF5}));
        if (!iconv_to("TCVN5712-1", "a")) {
            WARN("glibc has no TCVN5712-1 converter here");
            return;
        }
        for (const std::string& letter : vietnamese_letters()) {
            if (QString::fromStdString(letter).isUpper())
                continue; // VN1 and VN3 differ for capitals
            CAPTURE(letter);
            CHECK(encode_for_printer(letter, VietnameseCodePage::Tcvn3).bytes() ==
                  iconv_to("TCVN5712-1", letter).value_or("<iconv refused>"));
        }
    }

    SECTION("a capital switches table, and back for small letters") {
        const CodePageText text = encode_for_printer("Mật ĐƯỜNG", VietnameseCodePage::Tcvn3);
        CHECK(text.lost == 0);
        REQUIRE(text.runs.size() == 2);
        CHECK(text.runs[0].table == 0);
        CHECK(text.runs[0].bytes == bytes({'M', 0xCB, 't', ' '}));
        CHECK(text.runs[1].table == 1);
        // Đ keeps VN3's own capital byte; Ư and Ờ take their small letters'.
        CHECK(text.runs[1].bytes == bytes({0xA7, 0xAD, 0xEA, 'N', 'G'}));
    }
}

TEST_CASE("without a Vietnamese table, letters lose their marks but stay readable",
          "[printer][codepage]") {
    const CodePageText text =
        encode_for_printer("Mật hoa dừa Đồng Tháp", VietnameseCodePage::Ascii);
    CHECK(text.bytes() == "Mat hoa dua Dong Thap");
    CHECK(text.lost == 0);
}

TEST_CASE("characters a table lacks print as '?' and are counted", "[printer][codepage]") {
    const auto page =
        GENERATE(VietnameseCodePage::Cp1258, VietnameseCodePage::Tcvn3, VietnameseCodePage::Ascii);
    CAPTURE(static_cast<int>(page));

    SECTION("Chinese letters and an emoji") {
        const CodePageText text = encode_for_printer("Trà 中文 ☕", page);
        CHECK(text.lost == 3);
        const std::string all = text.bytes();
        CHECK(all.substr(all.size() - 5) == " ?? ?");
    }

    SECTION("common punctuation has a stand-in and is not lost") {
        const CodePageText text = encode_for_printer("2 × 95.000 – “OCOP” ★…", page);
        CHECK(text.lost == 0);
        CHECK(text.bytes().find('?') == std::string::npos);
    }

    SECTION("a control character cannot reach the printer as a command") {
        // ESC @ inside a product name would reset the printer mid-receipt;
        // GS V would cut the paper.
        const CodePageText text = encode_for_printer("Kẹo\x1B@dừa\x1DV\x01\t!", page);
        for (const char byte : text.bytes()) {
            const auto value = static_cast<unsigned char>(byte);
            CHECK((value >= 0x20 && value != 0x7F));
        }
        CHECK(text.lost == 4);
    }

    SECTION("invalid UTF-8 is lost, not passed through") {
        const CodePageText text = encode_for_printer("Gi\xC3\x28o", page);
        CHECK(text.lost >= 1);
        for (const char byte : text.bytes())
            CHECK(static_cast<unsigned char>(byte) >= 0x20);
    }
}

TEST_CASE("printed columns: what a line of text takes on the printer's paper",
          "[printer][codepage]") {
    using enum VietnameseCodePage;
    // A letter and its tone take one cell, whatever the bytes.
    CHECK(printed_columns("Mật hoa dừa", Cp1258) == 11);
    CHECK(printed_columns("Mật hoa dừa", Tcvn3) == 11);
    CHECK(printed_columns("Mật hoa dừa", Ascii) == 11);
    CHECK(printed_columns("Ma\u0323\u0302t", Cp1258) == 3);
    // Stand-ins take what they print: Windows-1258 has "…", the others print "...".
    CHECK(printed_columns("…", Cp1258) == 1);
    CHECK(printed_columns("…", Tcvn3) == 3);
    CHECK(printed_columns("→", Cp1258) == 2);
    // One '?' for each code point the table lacks: a thumbs-up with a skin tone is two.
    CHECK(printed_columns("👍🏽", Cp1258) == 2);
    CHECK(printed_columns("中文", Tcvn3) == 2);
    CHECK(printed_columns("", Cp1258) == 0);
}

TEST_CASE("code page names", "[printer][codepage]") {
    CHECK(vietnamese_code_page("cp1258") == VietnameseCodePage::Cp1258);
    CHECK(vietnamese_code_page("tcvn3") == VietnameseCodePage::Tcvn3);
    CHECK(vietnamese_code_page("ascii") == VietnameseCodePage::Ascii);
    CHECK(!vietnamese_code_page("CP1258"));
    CHECK(!vietnamese_code_page("viscii"));
    CHECK(vietnamese_code_page_names() == std::vector<std::string>{"cp1258", "tcvn3", "ascii"});
}
