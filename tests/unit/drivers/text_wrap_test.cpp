// Breaking receipt text into lines: no line wider than the paper, no word
// lost or reordered, and never a tone mark torn from its letter.
#include "drivers/printer/text_wrap.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ocop::drivers;

namespace {

// A text-mode printer's measure: one cell a user-perceived character.
double cells(const QString& text) {
    return grapheme_count(text);
}

std::vector<std::string> wrap(const std::string& text, double width) {
    std::vector<std::string> lines;
    for (const QString& line : wrap_text(QString::fromStdString(text), width, cells))
        lines.push_back(line.toStdString());
    return lines;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("words wrap at spaces and every line fits", "[printer][wrap]") {
    CHECK(wrap("Mật hoa dừa Sokfarm Trà Vinh", 12) == Lines{"Mật hoa dừa", "Sokfarm Trà", "Vinh"});
    CHECK(wrap("Mật hoa dừa", 11) == Lines{"Mật hoa dừa"});
    CHECK(wrap("Mật hoa dừa", 10) == Lines{"Mật hoa", "dừa"});

    const std::string paragraph =
        "Cửa hàng giới thiệu và bán sản phẩm OCOP tỉnh Vĩnh Long xin trân trọng cảm ơn quý "
        "khách đã tin dùng đặc sản Trà Vinh, hẹn gặp lại quý khách lần sau";
    for (const int width : {8, 16, 32, 48}) {
        CAPTURE(width);
        const auto lines = wrap_text(QString::fromStdString(paragraph), width, cells);
        QStringList joined;
        for (const QString& line : lines) {
            CHECK(grapheme_count(line) <= width);
            CHECK(!line.startsWith(u' '));
            CHECK(!line.endsWith(u' '));
            joined << line;
        }
        CHECK(joined.join(u' ').toStdString() == paragraph);
    }
}

TEST_CASE("a word longer than a line is broken between letters, with its marks",
          "[printer][wrap]") {
    const auto lines = wrap("Mã: TV01-01-000123-ĐẶCSẢN-ỨNGDỤNG", 8);
    REQUIRE(lines.size() >= 4);
    std::string joined;
    for (const auto& line : lines) {
        CHECK(grapheme_count(QString::fromStdString(line)) <= 8);
        joined += line;
    }
    CHECK(joined == "Mã:TV01-01-000123-ĐẶCSẢN-ỨNGDỤNG");

    SECTION("decomposed marks stay with their letter") {
        // "Nguyễn" typed as e + circumflex + tilde: six letters, eight code points.
        const QString decomposed = QString::fromUtf8("Nguye\u0302\u0303n Thi\u0323 Ba\u0301nh");
        CHECK(grapheme_count(decomposed) == 15);
        for (const int width : {1, 2, 3, 5}) {
            for (const QString& line : wrap_text(decomposed, width, cells)) {
                CAPTURE(width, line.toStdString());
                REQUIRE(!line.isEmpty());
                CHECK(line.front().category() != QChar::Mark_NonSpacing);
                CHECK(grapheme_count(line) <= width);
            }
        }
    }
}

TEST_CASE("line breaks, spaces and control characters", "[printer][wrap]") {
    CHECK(wrap("Số: TV01\nQuầy: 01", 40) == Lines{"Số: TV01", "Quầy: 01"});
    CHECK(wrap("a   b  \t c", 40) == Lines{"a b c"});
    CHECK(wrap("Kẹo\x1B@dừa", 40) == Lines{"Kẹo @dừa"});
    CHECK(wrap("", 40).empty());
    CHECK(wrap("   \t ", 40).empty());
    CHECK(wrap("dòng 1\n\ndòng 3", 40) == Lines{"dòng 1", "", "dòng 3"});
}

TEST_CASE("graphemes: a letter and its marks are one", "[printer][wrap]") {
    const QString nfd = QString::fromUtf8("Ma\u0323\u0302t");
    CHECK(nfd.size() == 5);
    CHECK(grapheme_count(nfd) == 3);
    const auto pieces = split_graphemes(nfd);
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[1] == QString::fromUtf8("a\u0323\u0302"));
    CHECK(grapheme_count(QString::fromUtf8("Mật hoa dừa")) == 11);
}
