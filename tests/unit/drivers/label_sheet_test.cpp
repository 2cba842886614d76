#include "drivers/printer/label_sheet.h"
#include "support/expect.h"
#include "support/temp_dir.h"

#include <QFontMetrics>
#include <QImage>
#include <catch2/catch.hpp>

#include <ZXing/ReadBarcode.h>
#include <cmath>
#include <string>
#include <vector>

using namespace ocop::drivers;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::TempDir;

namespace {

std::string decode(const QImage& image) {
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(gray.bytesPerLine()));
    const auto result =
        ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return result.isValid() ? result.text() : "<no QR found>";
}

int dark_pixels(const QImage& image, const QRect& area) {
    const QImage gray = image.copy(area).convertToFormat(QImage::Format_Grayscale8);
    int count = 0;
    for (int y = 0; y < gray.height(); ++y)
        for (int x = 0; x < gray.width(); ++x)
            count += gray.constScanLine(y)[x] < 128 ? 1 : 0;
    return count;
}

// The smallest rectangle holding every dark pixel of `area`.
QRect dark_bounds(const QImage& image, const QRect& area) {
    QRect bounds;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.constScanLine(y)[x] < 128)
                bounds |= QRect(x, y, 1, 1);
    return bounds;
}

std::string stamp_like(int n) {
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string text = "OCOP1:";
    for (int i = 0; i < 160; ++i)
        text += alphabet[static_cast<std::size_t>((i * 7 + n * 13) % 32)];
    return text;
}

// 30 labels of the kinds a store prints: stamp payloads, a VietQR, plain
// codes, with Vietnamese captions (and one without any).
std::vector<Label> sample_labels(int count) {
    std::vector<Label> labels;
    for (int i = 0; i < count; ++i) {
        Label label;
        switch (i % 3) {
        case 0:
            label.payload = stamp_like(i);
            label.captions = {"Trà Vinh — Mật ong hoa dừa", "OCOP 4★ · Số " + std::to_string(i)};
            break;
        case 1:
            label.payload = "https://ocop.example.vn/sp/" + std::to_string(1000 + i);
            label.captions = {"Bánh tét lá cẩm Cầu Kè", "Đặc sản Ễ ặ ữ ỵ"};
            break;
        default:
            label.payload = "Kẹo dừa Bến Tre #" + std::to_string(i);
            label.captions = {"Kẹo dừa sáp"};
        }
        labels.push_back(label);
    }
    labels[5].captions.clear();
    return labels;
}

} // namespace

TEST_CASE("an A4 page at 300 dpi holds 5 × 6 labels of 38 × 46 mm", "[label]") {
    const SheetGeometry geometry = must(sheet_geometry(SheetLayout{}));
    CHECK(geometry.page == QSize(2480, 3508));
    CHECK(geometry.columns() == 5);
    CHECK(geometry.rows() == 6);
    CHECK(geometry.cell(0).topLeft() == QPoint(118, 118)); // the 10 mm margin
    CHECK(geometry.cell(29).right() < 2480 - 118);
    CHECK(geometry.cell(29).bottom() < 3508 - 118);
    CHECK(geometry.caption_area(0).top() > geometry.qr_area(0).bottom());
}

TEST_CASE("every QR on a rendered A4 sheet reads back as its payload", "[label]") {
    TempDir dir;
    const auto labels = sample_labels(30);
    const SheetLayout layout;
    const auto files = must(write_label_sheets(labels, layout, dir.file("labels.png")));
    REQUIRE(files == std::vector{dir.file("labels.png")});

    const QImage page(QString::fromStdString(files[0].string()));
    REQUIRE(page.size() == QSize(2480, 3508));
    CHECK(std::lround(page.dotsPerMeterX() * 0.0254) == 300); // prints at its real size
    const SheetGeometry geometry = must(sheet_geometry(layout));
    for (int i = 0; i < 30; ++i) {
        CAPTURE(i);
        CHECK(decode(page.copy(geometry.cell(i))) == labels[static_cast<std::size_t>(i)].payload);
    }
}

TEST_CASE("captions in Vietnamese are drawn under their QR", "[label]") {
    const auto labels = sample_labels(30);
    const auto pages = must(render_label_sheets(labels, SheetLayout{}));
    const SheetGeometry geometry = must(sheet_geometry(SheetLayout{}));
    for (int i = 0; i < 30; ++i) {
        CAPTURE(i);
        if (labels[static_cast<std::size_t>(i)].captions.empty())
            CHECK(dark_pixels(pages[0], geometry.caption_area(i)) == 0);
        else
            CHECK(dark_pixels(pages[0], geometry.caption_area(i)) > 200);
    }
    // OCR of the captions is not attempted: tesseract is not part of the
    // build machine. The font's coverage is checked instead (next test).
}

TEST_CASE("the caption font has a glyph for every Vietnamese letter", "[label]") {
    const QString family = caption_font_family();
    CAPTURE(family.toStdString());
    const QFontMetrics metrics{QFont(family)};
    const QString letters = QStringLiteral(
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ₫★");
    for (const uint code : letters.toUcs4()) {
        CAPTURE(code);
        CHECK(metrics.inFontUcs4(code));
    }
}

TEST_CASE("each QR has whole-pixel modules and at least four modules of quiet zone", "[label]") {
    const Label label{stamp_like(1), {"Mẫu"}};
    const auto pages = must(render_label_sheets({label}, SheetLayout{}));
    const SheetGeometry geometry = must(sheet_geometry(SheetLayout{}));
    const int modules = must(encode_qr(label.payload)).size;
    const QRect code = dark_bounds(pages[0], geometry.qr_area(0));
    REQUIRE(code.width() == code.height());
    CHECK(code.width() % modules == 0);
    const int module = code.width() / modules;
    CHECK(module >= 3); // 0.25 mm at 300 dpi, the printable minimum
    const QRect cell = geometry.cell(0);
    CHECK(code.left() - cell.left() >= 4 * module);
    CHECK(cell.right() - code.right() >= 4 * module);
    CHECK(code.top() - cell.top() >= 4 * module);
    CHECK(geometry.caption_area(0).top() - code.bottom() > 4 * module);
}

TEST_CASE("labels that do not fit one page go to numbered files", "[label]") {
    TempDir dir;
    const auto labels = sample_labels(31);
    const auto files = must(write_label_sheets(labels, SheetLayout{}, dir.file("tem.png")));
    REQUIRE(files == std::vector{dir.file("tem-1.png"), dir.file("tem-2.png")});
    const QImage second(QString::fromStdString(files[1].string()));
    const SheetGeometry geometry = must(sheet_geometry(SheetLayout{}));
    CHECK(decode(second.copy(geometry.cell(0))) == labels[30].payload);
    CHECK(dark_pixels(second, geometry.qr_area(1)) == 0);
}

TEST_CASE("label sheets refuse what would print wrong", "[label]") {
    SheetLayout layout;
    CHECK(error_code(render_label_sheets({}, layout)) == "label.none");
    CHECK(error_code(render_label_sheets({{"X", {"1", "2", "3"}}}, layout)) ==
          "label.too_many_captions");

    SheetLayout tiny;
    tiny.label_width_mm = 12;
    tiny.label_height_mm = 16;
    CHECK(error_code(render_label_sheets({{stamp_like(0), {}}}, tiny)) == "label.qr_too_small");

    SheetLayout huge;
    huge.label_width_mm = 300;
    CHECK(error_code(sheet_geometry(huge)) == "label.bad_layout");
    SheetLayout zero;
    zero.dpi = 0;
    CHECK(error_code(sheet_geometry(zero)) == "label.bad_layout");

    TempDir dir;
    CHECK(error_code(write_label_sheets({{"X", {}}}, layout, dir.file("no/such/dir/x.png"))) ==
          "label.write_failed");
}

TEST_CASE("label stock: other sizes, no cut guides, 203 dpi", "[label]") {
    SheetLayout stock;
    stock.page_width_mm = 100;
    stock.page_height_mm = 150;
    stock.dpi = 203; // thermal label printers
    stock.margin_mm = 0;
    stock.label_width_mm = 50;
    stock.label_height_mm = 50;
    stock.cut_guides = false;
    const auto labels = sample_labels(6);
    const auto pages = must(render_label_sheets(labels, stock));
    const SheetGeometry geometry = must(sheet_geometry(stock));
    REQUIRE(geometry.per_page() == 6);
    REQUIRE(pages.size() == 1);
    for (int i = 0; i < 6; ++i)
        CHECK(decode(pages[0].copy(geometry.cell(i))) ==
              labels[static_cast<std::size_t>(i)].payload);
}
