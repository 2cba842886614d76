// Raster mode as a cashier sees the paper: the receipt is as wide as the
// printer's head, Vietnamese letters keep their marks, long names wrap, amounts
// sit flush right, QR codes scan. Every check looks at the printed dots.
#include "drivers/printer/document.h"
#include "drivers/printer/layout.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/receipt_printer.h"
#include "support/expect.h"
#include "support/temp_dir.h"

#include <QImage>
#include <QRect>
#include <QStringList>
#include <catch2/catch.hpp>

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace ocop::drivers;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::TempDir;

namespace {

PrinterProfile profile(const std::string& name) {
    return must(printer_profile(name));
}

Raster render(const Document& document, const std::string& profile_name = "80mm") {
    return must(render_raster(document, profile(profile_name)));
}

Raster render_text(const std::string& text, TextStyle style = {},
                   const std::string& profile_name = "80mm") {
    Document document;
    document.text(text, style);
    return render(document, profile_name);
}

// The paper as a picture a camera would see: black dots on white.
QImage luminance(const Raster& raster) {
    QImage image(raster.width, std::max(1, raster.height), QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < raster.height; ++y)
        for (int x = 0; x < raster.width; ++x)
            if (raster.black(x, y))
                image.scanLine(y)[x] = 0;
    return image;
}

int ink(const Raster& raster, QRect area = {}) {
    if (area.isNull())
        area = QRect(0, 0, raster.width, raster.height);
    int count = 0;
    for (int y = std::max(0, area.top()); y <= std::min(raster.height - 1, area.bottom()); ++y)
        for (int x = std::max(0, area.left()); x <= std::min(raster.width - 1, area.right()); ++x)
            count += raster.black(x, y) ? 1 : 0;
    return count;
}

// The smallest rectangle holding every black dot (null when the paper is blank).
QRect ink_bounds(const Raster& raster) {
    QRect bounds;
    for (int y = 0; y < raster.height; ++y)
        for (int x = 0; x < raster.width; ++x)
            if (raster.black(x, y))
                bounds |= QRect(x, y, 1, 1);
    return bounds;
}

// Rows of the paper that have any ink, counted as runs: the printed lines.
int inked_bands(const Raster& raster) {
    int bands = 0;
    bool inside = false;
    for (int y = 0; y < raster.height; ++y) {
        const bool inked = ink(raster, QRect(0, y, raster.width, 1)) > 0;
        bands += inked && !inside ? 1 : 0;
        inside = inked;
    }
    return bands;
}

std::string decode_qr(const Raster& raster) {
    const QImage image = luminance(raster);
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(image.bytesPerLine()));
    const auto result =
        ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return result.isValid() ? result.text() : "<no QR found>";
}

const std::string kVietQr =
    "00020101021238570010A00000072701270006970436011300710001234560208QRIBFTTA"
    "530370454061250005802VN5920CO SO MAT HOA DUA TV6008TRA VINH62340830TV01-01-"
    "000123 Mat hoa dua 250g6304A1B2";

} // namespace

TEST_CASE("the paper is exactly as wide as the printer's head", "[printer][raster]") {
    Document document;
    document.text("CỬA HÀNG OCOP TRÀ VINH", {TextSize::Large, true, Align::Center, false})
        .rule()
        .columns({"Mật hoa dừa Sokfarm 250 ml", "2 × 95.000", "190.000"}, {3, 2, 2},
                 {Align::Left, Align::Right, Align::Right});

    SECTION("80 mm: 576 dots, 58 mm: 384 dots") {
        const auto [name, dots] = GENERATE(std::pair<std::string, int>{"80mm", 576},
                                           std::pair<std::string, int>{"58mm", 384},
                                           std::pair<std::string, int>{"80mm-text", 576},
                                           std::pair<std::string, int>{"58mm-text", 384});
        CAPTURE(name);
        CHECK(profile(name).dots_per_line == dots);
        const Raster raster = render(document, name);
        CHECK(raster.width == dots);
        CHECK(raster.height > 0);
        CHECK(raster.rows.size() == static_cast<std::size_t>(dots / 8 * raster.height));
    }

    SECTION("a custom head width, not a multiple of 8") {
        PrinterProfile custom = profile("80mm");
        custom.dots_per_line = 500; // a 72 mm print area at 180 dpi
        const Raster raster = must(render_raster(document, custom));
        CHECK(raster.width == 500);
        CHECK(raster.rows.size() == static_cast<std::size_t>(63 * raster.height));
        // The rule runs from edge to edge of that width, and no further.
        const QRect bounds = ink_bounds(raster);
        CHECK(bounds.left() == 0);
        CHECK(bounds.right() == 499);
    }

    SECTION("an empty document is a strip of no height") {
        const Raster raster = render(Document{});
        CHECK(raster.width == 576);
        CHECK(raster.height == 0);
    }
}

TEST_CASE("a QR code on the receipt scans as exactly its payload", "[printer][raster][qr]") {
    const std::string payload =
        GENERATE(std::string("https://ocop.travinh.gov.vn/tra-cuu?so=TV01-01-000123"),
                 std::string("Cảm ơn quý khách! Mật hoa dừa Trà Vinh — ĐẶC SẢN ★★★★"), kVietQr);
    const std::string name = GENERATE(std::string("80mm"), std::string("58mm"));
    CAPTURE(payload, name);
    Document document;
    document.text("CỬA HÀNG OCOP TRÀ VINH", {TextSize::Large, true, Align::Center, false})
        .columns({"TỔNG CỘNG", "250.000"}, {1, 1}, {Align::Left, Align::Right})
        .qr(payload, "Quét bằng ứng dụng ngân hàng (VietQR)")
        .text("Cảm ơn quý khách", {TextSize::Normal, false, Align::Center, false});
    const Raster raster = render(document, name);
    CHECK(decode_qr(raster) == payload);
}

TEST_CASE("a QR code too dense for the paper is refused, not printed unreadable",
          "[printer][raster][qr]") {
    // ~150 modules: more than 384 dots hold at 3 dots a module, fewer than 576.
    const std::string payload(1800, 'x');
    Document document;
    document.qr(payload);
    CHECK(error_code(render_raster(document, profile("58mm"))) == "printer.qr_too_big");
    CHECK(error_code(encode_escpos(document, profile("58mm"))) == "printer.qr_too_big");
    const Raster wide = render(document, "80mm");
    CHECK(decode_qr(wide) == payload);

    Document empty_qr;
    empty_qr.qr("");
    CHECK(error_code(render_raster(empty_qr, profile("80mm"))) == "qr.empty");
    Document too_long;
    too_long.qr(std::string(8000, '7'));
    CHECK(error_code(render_raster(too_long, profile("80mm"))) == "qr.too_long");
}

TEST_CASE("Vietnamese letters print with their marks", "[printer][raster][vietnamese]") {
    SECTION("a product name draws ink, as tall as a line of text") {
        Document document;
        document.text("Mật hoa dừa");
        CHECK(must(lay_out(document, profile("80mm"))).lines.size() == 1);
        const Raster raster = render(document);
        CHECK(ink(raster) > 200);
        // Marks above and the dot of nặng below: the ink fills most of the line.
        CHECK(ink_bounds(raster).height() > raster.height / 2);
        // Left-aligned: starts at the left edge, ends well before the right.
        const QRect bounds = ink_bounds(raster);
        CHECK(bounds.left() < 8);
        CHECK(bounds.right() < raster.width / 2);
    }

    SECTION("every tone of â draws differently, so no mark is lost or boxed") {
        // A font without Vietnamese would draw the same box (or bare â) for all.
        const std::vector<std::string> letters = {"a", "â", "ấ", "ầ", "ẩ", "ẫ", "ậ"};
        std::vector<Raster> drawn;
        for (const auto& letter : letters)
            drawn.push_back(render_text(letter, {TextSize::Huge, false, Align::Left, false}));
        for (std::size_t i = 0; i < drawn.size(); ++i)
            for (std::size_t j = i + 1; j < drawn.size(); ++j) {
                CAPTURE(letters[i], letters[j]);
                CHECK(drawn[i].rows != drawn[j].rows);
            }
        // The circumflex sits above the a, the acute above the circumflex,
        // the dot of nặng below the letter.
        const QRect a = ink_bounds(drawn[0]);
        const QRect circumflex = ink_bounds(drawn[1]);
        const QRect acute = ink_bounds(drawn[2]);
        const QRect dot_below = ink_bounds(drawn[6]);
        CHECK(circumflex.top() < a.top());
        CHECK(acute.top() < circumflex.top());
        CHECK(dot_below.bottom() > a.bottom());
        CHECK(ink(drawn[2]) > ink(drawn[1]));
    }

    SECTION("đ, ơ and ư are not their plain letters") {
        const auto big = TextStyle{TextSize::Huge, false, Align::Left, false};
        CHECK(render_text("đ", big).rows != render_text("d", big).rows);
        CHECK(render_text("ơ", big).rows != render_text("o", big).rows);
        CHECK(render_text("Ư", big).rows != render_text("U", big).rows);
    }

    SECTION("decomposed text (as some keyboards type it) prints like precomposed") {
        // "Bánh tét" with the acute accents as separate combining marks.
        CHECK(render_text("Ba\u0301nh te\u0301t").rows == render_text("Bánh tét").rows);
    }
}

TEST_CASE("a long product name wraps onto more lines instead of being cut",
          "[printer][raster][layout]") {
    const std::string name = GENERATE(std::string("80mm"), std::string("58mm"));
    CAPTURE(name);
    const std::string long_name = "Mật hoa dừa nguyên chất Sokfarm Trà Vinh chai thuỷ tinh 250 ml "
                                  "hộp quà Tết OCOP 4 sao";
    Document short_row;
    short_row.columns({"Mật hoa dừa", "190.000"}, {3, 1}, {Align::Left, Align::Right});
    Document long_row;
    long_row.columns({long_name, "190.000"}, {3, 1}, {Align::Left, Align::Right});

    const Raster one = render(short_row, name);
    const Raster wrapped = render(long_row, name);
    CHECK(wrapped.height >= 2 * one.height);
    // The lines below the first are printed, not left blank.
    CHECK(ink(wrapped, QRect(0, one.height, wrapped.width, wrapped.height - one.height)) > 200);

    // Every word is on the paper, in order: the lines of the name put back
    // together are the name.
    const Layout layout = must(lay_out(long_row, profile(name)));
    QStringList first_column;
    for (const LaidLine& line : layout.lines)
        if (line.text != "190.000")
            first_column << line.text;
    CHECK(first_column.join(' ').toStdString() == long_name);
    CHECK(first_column.size() >= 2);
    // ... and none of them runs into the amount.
    const auto amount = std::find_if(layout.lines.begin(), layout.lines.end(),
                                     [](const LaidLine& line) { return line.text == "190.000"; });
    REQUIRE(amount != layout.lines.end());
    for (const LaidLine& line : layout.lines)
        if (line.text != "190.000")
            CHECK(line.box.right() < amount->box.left());
}

TEST_CASE("raster lines hold about as many letters as the text-mode printer's font",
          "[printer][raster][layout]") {
    // A receipt laid out for chars_per_line columns (a 48-column line on
    // 80 mm) must not wrap in raster mode, nor print tiny.
    const std::string name = GENERATE(std::string("80mm"), std::string("58mm"));
    CAPTURE(name);
    const PrinterProfile printer = profile(name);
    const QString sample = QString::fromUtf8("Mật ong hoa dừa Trà Vinh 2 × 95.000 Bánh tét lá cẩm "
                                             "Cầu Kè Tổng cộng 1.250.000 đ Kẹo dừa");
    const std::string fits = sample.left(printer.chars_per_line - 2).trimmed().toStdString();
    const std::string too_long = sample.left(printer.chars_per_line * 5 / 4).toStdString();
    CAPTURE(fits, too_long);
    Document one;
    one.text(fits);
    Document two;
    two.text(too_long);
    CHECK(must(lay_out(one, printer)).lines.size() == 1);
    CHECK(must(lay_out(two, printer)).lines.size() == 2);
}

TEST_CASE("an amount aligned right ends at the right edge of the paper",
          "[printer][raster][layout]") {
    const std::string name = GENERATE(std::string("80mm"), std::string("58mm"));
    CAPTURE(name);
    Document document;
    document.columns({"Mật hoa dừa", "1.250.000"}, {3, 2}, {Align::Left, Align::Right});
    const Raster raster = render(document, name);
    const QRect bounds = ink_bounds(raster);
    CHECK(bounds.left() < 8);
    CHECK(bounds.right() >= raster.width - 8);
    CHECK(bounds.right() < raster.width);
    // Between the name and the amount, paper is blank.
    const int middle = raster.width / 2;
    CHECK(ink(raster, QRect(middle - 20, 0, 40, raster.height)) == 0);

    SECTION("centred text is in the middle") {
        const Raster centred =
            render_text("Cảm ơn quý khách", {TextSize::Normal, false, Align::Center, false}, name);
        const QRect text = ink_bounds(centred);
        const int left_margin = text.left();
        const int right_margin = centred.width - 1 - text.right();
        CHECK(std::abs(left_margin - right_margin) <= 6);
        CHECK(left_margin > 20);
    }
}

TEST_CASE("a bold row prints darker than the same row not bold", "[printer][raster]") {
    const std::vector<std::string> cells = {"TỔNG CỘNG", "1.250.000"};
    Document plain;
    plain.columns(cells, {1, 1}, {Align::Left, Align::Right});
    Document bold;
    bold.columns(cells, {1, 1}, {Align::Left, Align::Right},
                 {TextSize::Normal, true, Align::Left, false});
    const int plain_ink = ink(render(plain));
    const int bold_ink = ink(render(bold));
    CHECK(plain_ink > 0);
    CHECK(bold_ink > plain_ink * 6 / 5);
}

TEST_CASE("larger text sizes print taller letters", "[printer][raster]") {
    const auto height = [](TextSize size) {
        return ink_bounds(render_text("TỔNG CỘNG", {size, false, Align::Left, false})).height();
    };
    const int small = height(TextSize::Small);
    const int normal = height(TextSize::Normal);
    const int large = height(TextSize::Large);
    const int huge = height(TextSize::Huge);
    CHECK(small < normal);
    CHECK(normal < large);
    CHECK(large < huge);
    CHECK(huge >= normal * 18 / 10);
}

TEST_CASE("no column of a row ever runs off the paper or over its neighbour",
          "[printer][raster][layout]") {
    const std::string name = GENERATE(std::string("80mm"), std::string("58mm"));
    const auto size = GENERATE(TextSize::Normal, TextSize::Huge);
    CAPTURE(name, static_cast<int>(size));
    const PrinterProfile printer = profile(name);
    Document document;
    // The widest cells a receipt has, and worse: amounts too long for their share.
    document
        .columns({"Thuế suất", "Tiền hàng", "Thuế GTGT"}, {2, 3, 3},
                 {Align::Left, Align::Right, Align::Right})
        .columns({"KCT", "1.234.567.890", "123.456.789"}, {2, 3, 3},
                 {Align::Left, Align::Right, Align::Right}, {size, true, Align::Left, false})
        .columns(
            {"Gáo dừa khắc hoạ tiết hoa sen Cầu Kè", "9.999 hộp × 1.250.000", "12.498.750.000 đ"},
            {3, 1, 1}, {Align::Left, Align::Right, Align::Right}, {size, true, Align::Left, false})
        .columns({"Mật", "Chuyển khoản ngân hàng VietQR", "250.000.000.000.000 đồng"}, {1, 1, 1},
                 {Align::Left, Align::Center, Align::Right}, {size, false, Align::Left, false});
    const Layout layout = must(lay_out(document, printer));
    CHECK(layout.width == printer.dots_per_line);
    CHECK(layout.widest_line() <= printer.dots_per_line);
    for (const LaidLine& line : layout.lines)
        CHECK(line.box.left() >= 0);
    // Lines that share a row do not overlap.
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
        for (std::size_t j = i + 1; j < layout.lines.size(); ++j) {
            const LaidLine& a = layout.lines[i];
            const LaidLine& b = layout.lines[j];
            if (a.box.top() != b.box.top() || a.text.isEmpty() || b.text.isEmpty())
                continue;
            CAPTURE(a.text.toStdString(), b.text.toStdString());
            CHECK(!a.box.intersects(b.box));
        }
}

TEST_CASE("white-on-black banners span the paper with the text in white", "[printer][raster]") {
    const Raster raster =
        render_text("BẢN SAO / COPY", {TextSize::Normal, true, Align::Center, true});
    REQUIRE(raster.height > 0);
    const int middle = raster.height / 2;
    CHECK(raster.black(0, middle));
    CHECK(raster.black(raster.width - 1, middle));
    // Inside the band, the letters are white dots.
    const int row_ink = ink(raster, QRect(0, middle, raster.width, 1));
    CHECK(row_ink < raster.width);
    CHECK(row_ink > raster.width * 3 / 4);
}

TEST_CASE("rules print as full-width lines, a double rule as two", "[printer][raster]") {
    Document single;
    single.rule();
    Document twice;
    twice.rule(true);
    const Raster one = render(single);
    const Raster two = render(twice);
    CHECK(inked_bands(one) == 1);
    CHECK(inked_bands(two) == 2);
    CHECK(ink(one) == 2 * 576);
    CHECK(ink(two) == 4 * 576);
}

TEST_CASE("pictures are scaled to the paper and dithered to dots", "[printer][raster]") {
    SECTION("mid-grey prints as about half black dots, within its width share") {
        Picture grey;
        grey.width = 800;
        grey.height = 200;
        grey.pixels.assign(800 * 200, 128);
        grey.max_width_percent = 50;
        Document document;
        document.picture(grey);
        const Raster raster = render(document);
        const QRect bounds = ink_bounds(raster);
        CHECK(bounds.width() <= 576 / 2);
        CHECK(bounds.width() >= 576 / 2 - 4);
        CHECK(raster.height == 72); // 800 × 200 scaled to 288 wide keeps its proportion
        const double share = static_cast<double>(ink(raster)) / (288.0 * 72.0);
        CHECK(share > 0.4);
        CHECK(share < 0.6);
    }

    SECTION("a small logo is not enlarged, and is centred") {
        Picture logo;
        logo.width = 64;
        logo.height = 32;
        logo.pixels.assign(64 * 32, 0);
        Document document;
        document.picture(logo);
        const Raster raster = render(document);
        const QRect bounds = ink_bounds(raster);
        CHECK(bounds == QRect((576 - 64) / 2, 0, 64, 32));
    }

    SECTION("a picture whose pixels do not match its size is refused") {
        Picture broken;
        broken.width = 10;
        broken.height = 10;
        broken.pixels.assign(99, 0);
        Document document;
        document.picture(broken);
        CHECK(error_code(render_raster(document, profile("80mm"))) == "printer.bad_picture");
        CHECK(error_code(encode_escpos(document, profile("80mm-text"))) == "printer.bad_picture");
    }
}

TEST_CASE("a mistyped printer profile is refused before anything prints", "[printer]") {
    Document document;
    document.text("Mật hoa dừa");
    PrinterProfile printer = profile("80mm");
    SECTION("no dots") {
        printer.dots_per_line = 0;
    }
    SECTION("a band of no rows") {
        printer.band_rows = 0;
    }
    SECTION("no characters a line") {
        printer.chars_per_line = 0;
    }
    SECTION("a code page out of range") {
        printer.code_page = 300;
    }
    SECTION("a feed ESC d cannot send") {
        printer.feed_lines = 256;
    }
    CHECK(error_code(render_raster(document, printer)) == "printer.bad_profile");
    CHECK(error_code(encode_escpos(document, printer)) == "printer.bad_profile");
}

TEST_CASE("the paper PNG is the raster at the printer's resolution", "[printer][raster]") {
    TempDir dir;
    Document document;
    document.text("HOÁ ĐƠN BÁN HÀNG", {TextSize::Large, true, Align::Center, false})
        .columns({"Mật hoa dừa", "190.000"}, {3, 1}, {Align::Left, Align::Right})
        .qr("TV01-01-000123");
    const auto file = dir.path() / "receipt.png";
    must(write_paper_png(document, profile("58mm"), file));
    const QImage png(QString::fromStdString(file.string()));
    REQUIRE(!png.isNull());
    const Raster raster = render(document, "58mm");
    CHECK(png.width() == 384);
    CHECK(png.height() == raster.height);
    CHECK(std::abs(png.dotsPerMeterX() - 7992) <= 1); // 203 dpi
    const QImage grey = png.convertToFormat(QImage::Format_Grayscale8);
    CHECK(grey == luminance(raster));

    CHECK(error_code(write_paper_png(document, profile("58mm"),
                                     dir.path() / "no-such-folder" / "receipt.png")) ==
          "printer.write_failed");
}
