// Text mode: the printer draws the letters from its own Vietnamese table.
// What a cashier notices is the right letters, lines that never spill onto
// the next one, amounts flush right, and a warning when a letter could not
// be printed; each check reads the job back the way the printer does.
#include "drivers/printer/escpos.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/receipt_printer.h"
#include "drivers/printer/text_mode.h"
#include "drivers/printer/text_wrap.h"
#include "drivers/printer/vietnamese_code_page.h"
#include "support/expect.h"
#include "unit/drivers/escpos_stream.h"

#include <QString>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace ocop::drivers;
using ocop::test::bytes;
using ocop::test::command_names;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::parse_escpos;

namespace {

PrinterProfile profile(const std::string& name) {
    return must(printer_profile(name));
}

// One printed line: what it says (UTF-8) and how many character cells the
// printer's font had for it at the size it was printed in.
struct PrintedLine {
    std::string text;
    int columns = 0; // user-perceived characters on paper
    int room = 0;    // cells the line has at its size
};

// Plays the job the way the printer does: tables (ESC t), character size
// (GS !), font B (ESC M), and text up to each line feed.
std::vector<PrintedLine> printed_lines(const std::string& job, const PrinterProfile& printer) {
    const auto parse = parse_escpos(job);
    REQUIRE(parse.error.empty());
    const auto page = vietnamese_code_page(printer.encoding);
    REQUIRE(page);
    int table = 0;
    int width_times = 1;
    bool font_b = false;
    std::vector<PrintedLine> lines;
    std::string current;
    for (const auto& command : parse.commands) {
        if (command.name == "ESC @") {
            table = 0;
            width_times = 1;
            font_b = false;
        } else if (command.name == "ESC t") {
            table = static_cast<std::uint8_t>(command.parameters[0]) - printer.code_page;
        } else if (command.name == "GS !") {
            width_times = (static_cast<std::uint8_t>(command.parameters[0]) >> 4) + 1;
        } else if (command.name == "ESC M") {
            font_b = command.parameters[0] == 1;
        } else if (command.name == "text") {
            for (const char byte : command.parameters) {
                if (byte != '\n') {
                    current += decode_from_printer(std::string(1, byte), *page, table);
                    continue;
                }
                const int cells = font_b ? printer.chars_per_line * 4 / 3 : printer.chars_per_line;
                const QString text =
                    QString::fromStdString(current).normalized(QString::NormalizationForm_C);
                lines.push_back({current, grapheme_count(text), cells / width_times});
                current.clear();
            }
        }
    }
    CHECK(current.empty()); // every line ends with a line feed
    return lines;
}

// Text mode, decoding byte by byte, puts a combining tone after its letter:
// normalising the whole line joins them again.
std::string nfc(const std::string& text) {
    return QString::fromStdString(text).normalized(QString::NormalizationForm_C).toStdString();
}

// Emoji of two code points each (one user-perceived character): 👍🏽 and 🇻🇳.
const std::string kThumbsUpMediumSkin = "\U0001F44D\U0001F3FD";
const std::string kFlagVietnam = "\U0001F1FB\U0001F1F3";

Document busy_receipt() {
    Document document;
    document
        .text("CỬA HÀNG GIỚI THIỆU VÀ BÁN SẢN PHẨM OCOP TỈNH VĨNH LONG",
              {TextSize::Large, true, Align::Center, false})
        .text("BẢN SAO / COPY", {TextSize::Normal, true, Align::Center, true})
        .text("Khuyến mãi… mua 2 tặng 1 → áp dụng đến hết tháng; “Mật hoa dừa” — loại 1 • "
              "giá đã gồm thuế GTGT… cảm ơn quý khách → hẹn gặp lại…")
        .rule()
        .columns(
            {"1. Gáo dừa khắc hoạ tiết hoa sen Cầu Kè ★★★★ OCOP", "2 × 1.250.000", "2.500.000"},
            {3, 2, 2}, {Align::Left, Align::Right, Align::Right})
        .columns({"Thuế suất", "Tiền hàng", "Thuế GTGT"}, {2, 3, 3},
                 {Align::Left, Align::Right, Align::Right},
                 {TextSize::Small, false, Align::Left, false})
        .columns({"TỔNG CỘNG", "12.498.750.000 đ"}, {1, 1}, {Align::Left, Align::Right},
                 {TextSize::Huge, true, Align::Left, false})
        .text("Lô 2026-11 · HSD 30/06/2027 … giữ nơi khô ráo",
              {TextSize::Small, false, Align::Left, false})
        .rule(true)
        .text(std::string("Trân trọng cảm ơn ") + kThumbsUpMediumSkin +
                  " quý khách đã ủng hộ sản phẩm Việt " + kFlagVietnam + " — hẹn gặp lại!",
              {TextSize::Huge, false, Align::Center, false});
    return document;
}

} // namespace

TEST_CASE("text mode selects the profile's code page and prints CP1258 letters",
          "[printer][textmode]") {
    const PrinterProfile printer = profile("80mm-text");
    Document document;
    document.text("Mật hoa dừa");
    const EscposJob job = must(encode_escpos_job(document, printer));
    CHECK(job.lost_characters == 0);
    const auto parse = parse_escpos(job.bytes);
    REQUIRE(parse.error.empty());
    const auto names = command_names(parse);
    REQUIRE(names.size() >= 4);
    CHECK(names[0] == "ESC @");
    CHECK(names[1] == "ESC t");
    CHECK(parse.commands[1].parameters == bytes({27}));
    CHECK(names[names.size() - 2] == "ESC d");
    CHECK(names.back() == "GS V");
    CHECK(std::count(names.begin(), names.end(), "GS v 0") == 0);
    CHECK(job.bytes.find(bytes({'M', 0xE2, 0xF2, 't', ' ', 'h', 'o', 'a', ' ', 'd', 0xFD, 0xCC, 'a',
                                '\n'})) != std::string::npos);

    SECTION("another printer's number for its table is sent as given") {
        PrinterProfile epson = printer;
        epson.code_page = 52;
        const auto other = parse_escpos(must(encode_escpos(document, epson)));
        REQUIRE(other.commands.size() > 1);
        CHECK(other.commands[1].name == "ESC t");
        CHECK(other.commands[1].parameters == bytes({52}));
    }
}

TEST_CASE("letters the code page lacks are '?' and counted for the cashier",
          "[printer][textmode]") {
    Document document;
    document.text("Trà Vinh 中文 ☕")
        .columns({"Bánh pía 🥮", "95.000"}, {3, 1}, {Align::Left, Align::Right});
    const EscposJob job = must(encode_escpos_job(document, profile("58mm-text")));
    CHECK(job.lost_characters == 4);
    const auto lines = printed_lines(job.bytes, profile("58mm-text"));
    REQUIRE(lines.size() == 2);
    CHECK(nfc(lines[0].text) == "Trà Vinh ?? ?");
    CHECK(nfc(lines[1].text).starts_with("Bánh pía ?"));

    // Raster mode draws every letter the font has: nothing is reported lost.
    CHECK(must(encode_escpos_job(document, profile("58mm"))).lost_characters == 0);
}

TEST_CASE("text mode lines never run past the printer's characters per line",
          "[printer][textmode]") {
    const std::string name = GENERATE(std::string("80mm-text"), std::string("58mm-text"));
    CAPTURE(name);
    PrinterProfile printer = profile(name);
    printer.encoding = GENERATE(std::string("cp1258"), std::string("tcvn3"), std::string("ascii"));
    CAPTURE(printer.encoding);
    const std::string job = must(encode_escpos(busy_receipt(), printer));
    const auto lines = printed_lines(job, printer);
    REQUIRE(lines.size() > 10);
    for (const PrintedLine& line : lines) {
        CAPTURE(line.text, line.room);
        CHECK(line.columns <= line.room);
    }
}

TEST_CASE("text mode rows: long names wrap, amounts end at the last column",
          "[printer][textmode]") {
    const PrinterProfile printer = profile("58mm-text");
    Document document;
    document
        .columns({"Mật hoa dừa nguyên chất Sokfarm Trà Vinh chai 250 ml hộp quà", "190.000"},
                 {3, 1}, {Align::Left, Align::Right})
        .rule()
        .rule(true);
    const auto lines = printed_lines(must(encode_escpos(document, printer)), printer);
    REQUIRE(lines.size() >= 4);
    // The first line has the amount flush right, on a full 32-column line.
    CHECK(lines[0].columns == 32);
    CHECK(nfc(lines[0].text).ends_with(" 190.000"));
    // The name continues below, whole words, nothing cut.
    std::string name;
    for (std::size_t i = 0; i + 2 < lines.size(); ++i) {
        QString part = QString::fromStdString(nfc(lines[i].text)).trimmed();
        if (i == 0)
            part = part.chopped(7).trimmed();
        name += (name.empty() ? "" : " ") + part.toStdString();
    }
    CHECK(name == "Mật hoa dừa nguyên chất Sokfarm Trà Vinh chai 250 ml hộp quà");
    CHECK(lines[lines.size() - 2].text == std::string(32, '-'));
    CHECK(lines.back().text == std::string(32, '='));
}

TEST_CASE("text mode styles are ESC/POS commands, switched off after each block",
          "[printer][textmode]") {
    const PrinterProfile printer = profile("80mm-text");
    Document document;
    document.text("TỔNG CỘNG", {TextSize::Huge, true, Align::Right, false})
        .text("BẢN SAO", {TextSize::Normal, true, Align::Center, true});
    const std::string job = must(encode_escpos(document, printer));
    const std::string huge_bold = escpos::bold(true) + escpos::small_font(false) +
                                  escpos::size(2, 2) + escpos::reverse(false) +
                                  escpos::align(Align::Right);
    CHECK(job.find(huge_bold) != std::string::npos);
    CHECK(job.find(escpos::reverse(true)) != std::string::npos);
    // An inverted line is padded to the full width so the band spans the paper.
    const auto lines = printed_lines(job, printer);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].columns == 48);
    CHECK(nfc(lines[1].text).find("BẢN SAO") == 20);
    // Every style is back to normal at the end, before the feed and cut.
    const auto end = job.rfind(escpos::feed(printer.feed_lines));
    REQUIRE(end != std::string::npos);
    CHECK(job.substr(end - 15, 15) == escpos::reverse(false) + escpos::size(1, 1) +
                                          escpos::small_font(false) + escpos::bold(false) +
                                          escpos::align(Align::Left));
}

TEST_CASE("TCVN-3 text mode switches to the capitals table and back", "[printer][textmode]") {
    PrinterProfile printer = profile("80mm-text");
    printer.encoding = "tcvn3";
    printer.code_page = 30;
    Document document;
    document.text("MẬT HOA DỪA").text("mật hoa dừa");
    const std::string job = must(encode_escpos(document, printer));
    const auto lines = printed_lines(job, printer);
    REQUIRE(lines.size() == 2);
    CHECK(nfc(lines[0].text) == "MẬT HOA DỪA");
    CHECK(nfc(lines[1].text) == "mật hoa dừa");
    const auto parse = parse_escpos(job);
    std::vector<int> tables;
    for (const auto& command : parse.commands)
        if (command.name == "ESC t")
            tables.push_back(static_cast<std::uint8_t>(command.parameters[0]));
    CHECK(tables == std::vector<int>{30, 31, 30});
}

TEST_CASE("text mode: QR codes by the printer's command, pictures as raster",
          "[printer][textmode]") {
    const PrinterProfile printer = profile("80mm-text");
    Picture logo;
    logo.width = 100;
    logo.height = 40;
    logo.pixels.assign(100 * 40, 0);
    Document document;
    document.picture(logo).qr("https://ocop.travinh.gov.vn/tra-cuu?so=TV01-01-000123",
                              "Tra cứu hoá đơn");
    const std::string job = must(encode_escpos(document, printer));
    const auto parse = parse_escpos(job);
    REQUIRE(parse.error.empty());
    const auto names = command_names(parse);
    CHECK(std::count(names.begin(), names.end(), "GS v 0") == 2); // 40 rows, bands of 24
    for (const auto& command : parse.commands)
        if (command.name == "GS v 0")
            CHECK(command.band_bytes_per_row == 72);
    CHECK(job.find(bytes({0x1D, 0x28, 0x6B, 3 + 53, 0, 49, 80, 48}) +
                   "https://ocop.travinh.gov.vn/tra-cuu?so=TV01-01-000123") != std::string::npos);
    CHECK(std::count(names.begin(), names.end(), "GS ( k") == 5);
    const auto lines = printed_lines(job, printer);
    REQUIRE(lines.size() == 1);
    CHECK(nfc(lines[0].text) == "Tra cứu hoá đơn");
}

TEST_CASE("text mode refuses an encoding it does not know", "[printer][textmode]") {
    PrinterProfile printer = profile("80mm-text");
    printer.encoding = "viscii";
    Document document;
    document.text("Mật hoa dừa");
    CHECK(error_code(encode_escpos(document, printer)) == "printer.unknown_encoding");
    CHECK(error_code(encode_text_mode(document, printer)) == "printer.unknown_encoding");
}

TEST_CASE("text mode columns at each size", "[printer][textmode]") {
    const PrinterProfile printer = profile("80mm-text");
    CHECK(text_mode_columns(printer, TextSize::Normal) == 48);
    CHECK(text_mode_columns(printer, TextSize::Large) == 48);
    CHECK(text_mode_columns(printer, TextSize::Small) == 64);
    CHECK(text_mode_columns(printer, TextSize::Huge) == 24);
}
