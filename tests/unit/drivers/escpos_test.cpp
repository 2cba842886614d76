// The bytes a receipt printer receives: each ESC/POS command as the Epson
// reference spells it, and a whole raster job read back command by command,
// as the printer reads it.
#include "drivers/printer/escpos.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/receipt_printer.h"
#include "support/expect.h"
#include "unit/drivers/escpos_stream.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ocop::drivers;
using ocop::test::bytes;
using ocop::test::command_names;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::parse_escpos;
using ocop::test::raster_from_bands;

namespace {

PrinterProfile profile(const std::string& name) {
    return must(printer_profile(name));
}

// A sale as printed: header, lines, total, payment, QR.
Document receipt() {
    Document document;
    document.text("CỬA HÀNG OCOP TRÀ VINH", {TextSize::Large, true, Align::Center, false})
        .text("Số 1 Nguyễn Thị Minh Khai, Phường Trà Vinh",
              {TextSize::Normal, false, Align::Center, false})
        .rule();
    for (int i = 1; i <= 5; ++i)
        document.text(std::to_string(i) + ". Mật hoa dừa Sokfarm 250 ml ★★★★ OCOP")
            .columns({"   2 chai × 95.000", "190.000"}, {3, 2}, {Align::Left, Align::Right});
    document.rule(true)
        .columns({"TỔNG CỘNG", "950.000"}, {1, 1}, {Align::Left, Align::Right},
                 {TextSize::Huge, true, Align::Left, false})
        .columns({"Tiền mặt", "1.000.000"}, {3, 2}, {Align::Left, Align::Right})
        .qr("https://ocop.travinh.gov.vn/tra-cuu?so=TV01-01-000123", "Tra cứu: TV01-01-000123");
    return document;
}

int count(const std::vector<std::string>& names, const std::string& name) {
    return static_cast<int>(std::count(names.begin(), names.end(), name));
}

} // namespace

TEST_CASE("each ESC/POS command is the bytes the reference gives", "[printer][escpos]") {
    CHECK(escpos::initialize() == bytes({0x1B, 0x40}));
    CHECK(escpos::select_code_page(27) == bytes({0x1B, 0x74, 27}));
    CHECK(escpos::select_code_page(30) == bytes({0x1B, 0x74, 30}));
    CHECK(escpos::feed(4) == bytes({0x1B, 0x64, 4}));
    CHECK(escpos::feed(1000) == bytes({0x1B, 0x64, 255}));
    CHECK(escpos::feed(-3) == bytes({0x1B, 0x64, 0}));
    CHECK(escpos::cut() == bytes({0x1D, 0x56, 1}));
    // Pin 2, 25 × 2 ms on, 250 × 2 ms off.
    CHECK(escpos::drawer_pulse() == bytes({0x1B, 0x70, 0, 25, 250}));
    CHECK(escpos::bold(true) == bytes({0x1B, 0x45, 1}));
    CHECK(escpos::bold(false) == bytes({0x1B, 0x45, 0}));
    CHECK(escpos::align(Align::Left) == bytes({0x1B, 0x61, 0}));
    CHECK(escpos::align(Align::Center) == bytes({0x1B, 0x61, 1}));
    CHECK(escpos::align(Align::Right) == bytes({0x1B, 0x61, 2}));
    CHECK(escpos::reverse(true) == bytes({0x1D, 0x42, 1}));
    CHECK(escpos::small_font(true) == bytes({0x1B, 0x4D, 1}));
    CHECK(escpos::size(1, 1) == bytes({0x1D, 0x21, 0x00}));
    CHECK(escpos::size(1, 2) == bytes({0x1D, 0x21, 0x01}));
    CHECK(escpos::size(2, 2) == bytes({0x1D, 0x21, 0x11}));
    CHECK(escpos::size(9, 0) == bytes({0x1D, 0x21, 0x70}));
}

TEST_CASE("the printer's own QR command stores then prints the payload", "[printer][escpos]") {
    const std::string payload = "TV01-01-000123";
    const std::string qr = escpos::qr_code(payload, 6, QrErrorCorrection::Medium);
    const std::string expected = bytes({0x1D, 0x28, 0x6B, 4, 0, 49, 65, 50, 0}) + // model 2
                                 bytes({0x1D, 0x28, 0x6B, 3, 0, 49, 67, 6}) +     // 6 dots a module
                                 bytes({0x1D, 0x28, 0x6B, 3, 0, 49, 69, 49}) +    // level M
                                 bytes({0x1D, 0x28, 0x6B, 17, 0, 49, 80, 48}) +
                                 payload +                                    // store 14 bytes
                                 bytes({0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48}); // print
    CHECK(qr == expected);

    // A payload longer than 255 bytes spills its length into pH.
    const std::string long_payload(300, 'A');
    const auto store = escpos::qr_code(long_payload, 20, QrErrorCorrection::High);
    CHECK(store.find(bytes({0x1D, 0x28, 0x6B, 303 & 0xFF, 303 >> 8, 49, 80, 48}) + long_payload) !=
          std::string::npos);
    CHECK(store.find(bytes({0x1D, 0x28, 0x6B, 3, 0, 49, 67, 16})) != std::string::npos);
    CHECK(store.find(bytes({0x1D, 0x28, 0x6B, 3, 0, 49, 69, 51})) != std::string::npos);
}

TEST_CASE("raster bands carry their size and add up to the picture", "[printer][escpos]") {
    Raster raster;
    raster.width = 20; // 3 bytes a row, the last one half used
    raster.height = 50;
    for (int y = 0; y < raster.height; ++y)
        for (int b = 0; b < 3; ++b)
            raster.rows.push_back(static_cast<std::uint8_t>(y * 3 + b));
    const auto parse = parse_escpos(escpos::raster_bands(raster, 24));
    REQUIRE(parse.error.empty());
    REQUIRE(command_names(parse) == std::vector<std::string>{"GS v 0", "GS v 0", "GS v 0"});
    // GS v 0 m xL xH yL yH: normal density, 3 bytes a row, 24 + 24 + 2 rows.
    CHECK(parse.commands[0].parameters == bytes({'0', 0, 3, 0, 24, 0}));
    CHECK(parse.commands[1].parameters == bytes({'0', 0, 3, 0, 24, 0}));
    CHECK(parse.commands[2].parameters == bytes({'0', 0, 3, 0, 2, 0}));
    const Raster back = raster_from_bands(parse);
    CHECK(back.rows == raster.rows);

    SECTION("a tall band needs the high byte of its row count") {
        const auto tall = parse_escpos(escpos::raster_bands(raster, 1000));
        REQUIRE(tall.commands.size() == 1);
        CHECK(tall.commands[0].band_rows == 50);
        Raster taller = raster;
        taller.height = 300;
        taller.rows.assign(3 * 300, 0xFF);
        const auto one = parse_escpos(escpos::raster_bands(taller, 2303));
        REQUIRE(one.commands.size() == 1);
        CHECK(one.commands[0].parameters == bytes({'0', 0, 3, 0, 300 & 0xFF, 300 >> 8}));
    }

    SECTION("an empty raster sends no band at all") {
        CHECK(escpos::raster_bands(Raster{}, 24).empty());
    }
}

TEST_CASE("a raster receipt job: reset, bands, feed, cut", "[printer][escpos][raster]") {
    const std::string name = GENERATE(std::string("80mm"), std::string("58mm"));
    CAPTURE(name);
    const PrinterProfile printer = profile(name);
    const Document document = receipt();
    const std::string job = must(encode_escpos(document, printer));
    const auto parse = parse_escpos(job);
    REQUIRE(parse.error.empty());
    const auto names = command_names(parse);

    // It starts from the power-on state, ends with the paper fed past the
    // cutter and cut, and has nothing between but the picture.
    REQUIRE(names.size() >= 4);
    CHECK(names.front() == "ESC @");
    CHECK(names[names.size() - 2] == "ESC d");
    CHECK(names.back() == "GS V");
    CHECK(parse.commands[names.size() - 2].parameters == bytes({printer.feed_lines}));
    CHECK(parse.commands.back().parameters == bytes({1}));
    CHECK(count(names, "GS v 0") == static_cast<int>(names.size()) - 3);
    CHECK(count(names, "ESC p") == 0);
    CHECK(count(names, "ESC t") == 0); // raster needs no code page
    CHECK(count(names, "text") == 0);

    // Every band is as wide as the head and no taller than band_rows; all but
    // the last are full; their rows add up to the paper.
    const Raster raster = must(render_raster(document, printer));
    int rows = 0;
    std::vector<int> heights;
    for (const auto& command : parse.commands) {
        if (command.name != "GS v 0")
            continue;
        CHECK(command.parameters.substr(0, 4) == bytes({'0', 0, (printer.dots_per_line / 8) & 0xFF,
                                                        (printer.dots_per_line / 8) >> 8}));
        CHECK(command.band_bytes_per_row == printer.dots_per_line / 8);
        CHECK(command.band_rows >= 1);
        CHECK(command.band_rows <= printer.band_rows);
        heights.push_back(command.band_rows);
        rows += command.band_rows;
    }
    CHECK(rows == raster.height);
    CHECK(static_cast<int>(heights.size()) ==
          (raster.height + printer.band_rows - 1) / printer.band_rows);
    for (std::size_t i = 0; i + 1 < heights.size(); ++i)
        CHECK(heights[i] == printer.band_rows);

    // The bands, put back together, are the receipt as drawn.
    const Raster sent = raster_from_bands(parse);
    CHECK(sent.width == raster.width);
    CHECK(sent.height == raster.height);
    CHECK(sent.rows == raster.rows);
}

TEST_CASE("band_rows decides how the raster is cut into GS v 0 commands",
          "[printer][escpos][raster]") {
    PrinterProfile printer = profile("80mm");
    printer.band_rows = GENERATE(1, 8, 24, 255, 256, 2303);
    CAPTURE(printer.band_rows);
    const Document document = receipt();
    const auto parse = parse_escpos(must(encode_escpos(document, printer)));
    REQUIRE(parse.error.empty());
    const Raster raster = must(render_raster(document, printer));
    int bands = 0;
    for (const auto& command : parse.commands)
        if (command.name == "GS v 0") {
            CHECK(command.band_rows <= printer.band_rows);
            ++bands;
        }
    CHECK(bands == (raster.height + printer.band_rows - 1) / printer.band_rows);
    CHECK(raster_from_bands(parse).rows == raster.rows);
}

TEST_CASE("the cash drawer opens only when asked", "[printer][escpos]") {
    const PrinterProfile printer = profile(GENERATE(std::string("80mm"), std::string("58mm-text")));
    CAPTURE(printer.name);
    const Document document = receipt();

    const auto without = parse_escpos(must(encode_escpos(document, printer)));
    REQUIRE(without.error.empty());
    CHECK(count(command_names(without), "ESC p") == 0);

    const auto with = parse_escpos(must(encode_escpos(document, printer, {.open_drawer = true})));
    REQUIRE(with.error.empty());
    const auto names = command_names(with);
    CHECK(count(names, "ESC p") == 1);
    const auto pulse = std::find(names.begin(), names.end(), "ESC p");
    REQUIRE(pulse != names.end());
    CHECK(with.commands[static_cast<std::size_t>(pulse - names.begin())].parameters ==
          bytes({0, 25, 250}));
    // Before anything prints: the cashier counts change while the receipt comes out.
    const auto first_print = std::find_if(names.begin(), names.end(), [](const std::string& n) {
        return n == "GS v 0" || n == "text";
    });
    CHECK(pulse < first_print);
    // Otherwise the same job.
    CHECK(with.commands.size() == without.commands.size() + 1);
}

TEST_CASE("a profile without a cutter ends with the feed only", "[printer][escpos]") {
    PrinterProfile printer = profile("58mm");
    printer.cut = false;
    printer.feed_lines = 6;
    const auto names = command_names(parse_escpos(must(encode_escpos(receipt(), printer))));
    CHECK(count(names, "GS V") == 0);
    CHECK(names.back() == "ESC d");
}

TEST_CASE("an empty document still resets, feeds and cuts", "[printer][escpos]") {
    const std::string job = must(encode_escpos(Document{}, profile("80mm")));
    CHECK(job == bytes({0x1B, 0x40, 0x1B, 0x64, 4, 0x1D, 0x56, 1}));
}

TEST_CASE("printer profiles: the shipped ones, and a name that is none of them",
          "[printer][profile]") {
    CHECK(printer_profile_names() ==
          std::vector<std::string>{"80mm", "58mm", "80mm-text", "58mm-text"});
    const PrinterProfile wide = profile("80mm");
    CHECK(wide.mode == PrintMode::Raster);
    CHECK(wide.dots_per_line == 576);
    CHECK(wide.chars_per_line == 48);
    const PrinterProfile narrow = profile("58mm");
    CHECK(narrow.mode == PrintMode::Raster);
    CHECK(narrow.dots_per_line == 384);
    CHECK(narrow.chars_per_line == 32);
    const PrinterProfile text = profile("58mm-text");
    CHECK(text.mode == PrintMode::Text);
    CHECK(text.chars_per_line == 32);
    CHECK(text.code_page == 27);
    CHECK(text.encoding == "cp1258");

    const auto unknown = printer_profile("80");
    CHECK(error_code(unknown) == "printer.unknown_profile");
    CHECK(unknown.error().message_vi.find("80mm-text") != std::string::npos);
    CHECK(error_code(printer_profile("")) == "printer.unknown_profile");
    CHECK(error_code(printer_profile("80MM")) == "printer.unknown_profile");
}
