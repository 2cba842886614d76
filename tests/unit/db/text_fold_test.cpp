#include "db/text_fold.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

using ocop::db::fold_for_search;
using ocop::db::remove_accents;

namespace {

// The characters of a UTF-8 string, each as its own string.
std::vector<std::string> characters(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t at = 0; at < text.size();) {
        const auto lead = static_cast<unsigned char>(text[at]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        out.emplace_back(text.substr(at, length));
        at += length;
    }
    return out;
}

// Every Vietnamese letter with a diacritic, precomposed (NFC), grouped by the
// letter it folds to: a ă â e ê i o ô ơ u ư y, each bare (ă â ê ô ơ ư) and
// with the five tones (huyền, sắc, hỏi, ngã, nặng), and đ. Generated with
// Python's unicodedata.normalize('NFC', base + tone) and checked by count.
struct Group {
    char letter;
    std::string_view lower;
    std::string_view upper;
};
constexpr Group kVietnamese[] = {
    {'a', "àáảãạăằắẳẵặâầấẩẫậ", "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"},
    {'e', "èéẻẽẹêềếểễệ", "ÈÉẺẼẸÊỀẾỂỄỆ"},
    {'i', "ìíỉĩị", "ÌÍỈĨỊ"},
    {'o', "òóỏõọôồốổỗộơờớởỡợ", "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"},
    {'u', "ùúủũụưừứửữự", "ÙÚỦŨỤƯỪỨỬỮỰ"},
    {'y', "ỳýỷỹỵ", "ỲÝỶỸỴ"},
    {'d', "đ", "Đ"},
};

} // namespace

TEST_CASE("search keys drop accents and case", "[db][text_fold]") {
    CHECK(fold_for_search("Bánh tét Trà Cuôn") == "banh tet tra cuon");
    CHECK(fold_for_search("ĐƯỜNG HOA DỪA") == "duong hoa dua");
    CHECK(fold_for_search("Đường hoa dừa Sokfarm 250 g") == "duong hoa dua sokfarm 250 g");
    CHECK(fold_for_search("Kẹo dừa sáp Vicosap vị lá dứa") == "keo dua sap vicosap vi la dua");
    CHECK(fold_for_search("Mật hoa dừa lên men") == "mat hoa dua len men");
    CHECK(fold_for_search("Yến sào tinh chế Phú Hòa") == "yen sao tinh che phu hoa");
    CHECK(fold_for_search("Tôm khô Tiến Hải loại 1") == "tom kho tien hai loai 1");
    CHECK(fold_for_search("Gạo Long Hiệp Hạt Ngọc Rồng") == "gao long hiep hat ngoc rong");
    CHECK(fold_for_search("TV-MHD-250") == "tv mhd 250");
    CHECK(fold_for_search("") == "");
    CHECK(fold_for_search("banh tet") == "banh tet"); // already folded: unchanged
}

TEST_CASE("decomposed input (NFD) folds like precomposed input (NFC)", "[db][text_fold]") {
    // "Bánh" with the acute accent as a combining mark after the a.
    CHECK(fold_for_search("Ba\u0301nh") == "banh");
    CHECK(fold_for_search("Ba\u0301nh te\u0301t Tra\u0300 Cuo\u0302n") == "banh tet tra cuon");
    // ĐƯỜNG: U+0110, U + horn, O + horn + grave.
    CHECK(fold_for_search("\u0110U\u031BO\u031B\u0300NG") == "duong");
    CHECK(fold_for_search("du\u031Bo\u031B\u0300ng") == fold_for_search("đường"));
    CHECK(remove_accents("Du\u031Bo\u031B\u0300ng") == "Duong");
}

TEST_CASE("every run of punctuation and spaces becomes one space", "[db][text_fold]") {
    CHECK(fold_for_search("  Bánh   tét  ") == "banh tet");
    CHECK(fold_for_search("Bánh, tét... (Trà Cuôn)!") == "banh tet tra cuon");
    CHECK(fold_for_search("TV-BT-BM") == "tv bt bm");
    CHECK(fold_for_search("Thảm xơ dừa 40×60 cm") == "tham xo dua 40 60 cm");
    CHECK(fold_for_search("Bánh tét\t\n“Hai Lý” – ngon…") == "banh tet hai ly ngon");
    CHECK(fold_for_search("a\u00A0b") == "a b"); // no-break space
    CHECK(fold_for_search("!!!") == "");
    CHECK(fold_for_search(" - ") == "");
}

TEST_CASE("characters outside the Latin letters are kept", "[db][text_fold]") {
    CHECK(fold_for_search("Trà 茶") == "tra 茶");
    CHECK(fold_for_search("ចេក") == "ចេក"); // Khmer, spoken in Trà Vinh
}

TEST_CASE("malformed UTF-8 becomes spaces, never a crash", "[db][text_fold][failure]") {
    CHECK(fold_for_search("ab\xFF"
                          "cd") == "ab cd");
    CHECK(fold_for_search("ab\x80\x80\x80"
                          "cd") == "ab cd");
    CHECK(fold_for_search("B\xC3") == "b");       // truncated 2-byte sequence at the end
    CHECK(fold_for_search("B\xE1\xBA") == "b");   // truncated 3-byte sequence
    CHECK(fold_for_search("\xF0\x9F\x98") == ""); // truncated 4-byte sequence, nothing else
    CHECK(fold_for_search("\xC3(") == "");        // lead byte without its continuation
    CHECK(fold_for_search(std::string("a\0b", 3)) == "a b");
    CHECK(remove_accents("B\xE1\xBA"
                         "nh\xFF") == "Bnh");
    // Overlong forms and UTF-16 surrogates are malformed too: they must not
    // come out as bytes that are not UTF-8.
    CHECK(fold_for_search("a\xC0\xAF"
                          "b") == "a b");
    CHECK(fold_for_search("a\xED\xA0\x80"
                          "b") == "a b");
    CHECK(fold_for_search("a\xF4\x90\x80\x80"
                          "b") == "a b");
    CHECK(remove_accents("a\xC0\xAF"
                         "b") == "ab");
    CHECK(remove_accents("a\xC0\x80"
                         "b") == "ab"); // an overlong NUL must not cut a C string short

    // Every single byte value, alone and between letters.
    for (int byte = 0; byte < 256; ++byte) {
        const std::string text = "x" + std::string(1, static_cast<char>(byte)) + "y";
        const auto key = fold_for_search(text);
        INFO(byte);
        CHECK(key.starts_with("x"));
        CHECK(key.ends_with("y"));
    }
}

TEST_CASE("remove_accents keeps case and gives plain ASCII", "[db][text_fold]") {
    CHECK(remove_accents("Đường Hoa Dừa") == "Duong Hoa Dua");
    CHECK(remove_accents("ĐƯỜNG HOA DỪA") == "DUONG HOA DUA");
    CHECK(remove_accents("Bánh tét Trà Cuôn, 1,2 kg!") == "Banh tet Tra Cuon, 1,2 kg!");
    CHECK(remove_accents("Thanh toán HD TV01-01-000042") == "Thanh toan HD TV01-01-000042");
    CHECK(remove_accents("Trà 茶 ✓") == "Tra  "); // what has no ASCII form is dropped
    CHECK(remove_accents("") == "");
}

TEST_CASE("all 134 Vietnamese letters with diacritics fold to their base letter",
          "[db][text_fold]") {
    std::set<std::string> seen;
    for (const auto& group : kVietnamese) {
        const auto lower = characters(group.lower);
        const auto upper = characters(group.upper);
        REQUIRE(lower.size() == upper.size());
        const std::string base(1, group.letter);
        const std::string capital(1, static_cast<char>(group.letter - 'a' + 'A'));
        for (std::size_t i = 0; i < lower.size(); ++i) {
            INFO(lower[i] << " / " << upper[i]);
            CHECK(fold_for_search(lower[i]) == base);
            CHECK(fold_for_search(upper[i]) == base);
            CHECK(remove_accents(lower[i]) == base);
            CHECK(remove_accents(upper[i]) == capital);
            // Inside a word too, where a wrong byte count would show.
            CHECK(fold_for_search("x" + lower[i] + "y" + upper[i] + "z") ==
                  "x" + base + "y" + base + "z");
            seen.insert(lower[i]);
            seen.insert(upper[i]);
        }
    }
    CHECK(seen.size() == 134); // 12 vowels × 5 tones, 6 bare marked vowels, đ; both cases
}

TEST_CASE("the same letters typed decomposed fold the same", "[db][text_fold]") {
    // Built here from base letter + combining marks (vowel marks: breve
    // U+0306, circumflex U+0302, horn U+031B; tones: grave, acute, hook
    // above, tilde, dot below), so this covers the list above independently.
    struct Vowel {
        char letter;
        std::string_view mark; // "" for a plain vowel
    };
    constexpr Vowel kVowels[] = {{'a', ""},       {'a', "\u0306"}, {'a', "\u0302"}, {'e', ""},
                                 {'e', "\u0302"}, {'i', ""},       {'o', ""},       {'o', "\u0302"},
                                 {'o', "\u031B"}, {'u', ""},       {'u', "\u031B"}, {'y', ""}};
    constexpr std::string_view kTones[] = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    int letters = 0;
    for (const auto& vowel : kVowels) {
        for (const auto tone : kTones) {
            if (vowel.mark.empty() && tone.empty())
                continue; // a plain letter has no diacritic
            for (const char letter : {vowel.letter, static_cast<char>(vowel.letter - 32)}) {
                const std::string nfd =
                    std::string(1, letter) + std::string(vowel.mark) + std::string(tone);
                INFO(nfd);
                CHECK(fold_for_search(nfd) == std::string(1, vowel.letter));
                CHECK(remove_accents(nfd) == std::string(1, letter));
                ++letters;
            }
        }
    }
    CHECK(letters == 132); // đ/Đ have no decomposition
}
