#include "drivers/scanner/image_decoder.h"
#include "drivers/scanner/luminance.h"
#include "drivers/scanner/luminance_filters.h"
#include "support/expect.h"

#include <QPainter>
#include <QTransform>
#include <catch2/catch.hpp>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace ocop::drivers;
using ocop::test::error_code;
using ocop::test::must;
namespace fs = std::filesystem;

namespace {

// The pictures live beside the project, never inside it (tests/README).
fs::path fixtures() {
    return fs::path(OCOP_SOURCE_DIR) / ".." / "shared" / "fixtures" / "barcodes";
}

bool have_fixtures() {
    if (fs::is_directory(fixtures()))
        return true;
    WARN("skipped: no barcode pictures at " << fixtures().string()
                                            << " (the shared fixtures live beside the checkout)");
    return false;
}

std::string file_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// UPC-E as the UPC-A it stands for: "01234565" -> "012345000065".
std::string expanded_upce(const std::string& code) {
    if (code.size() != 8)
        return code;
    const std::string d = code.substr(1, 6);
    std::string middle;
    if (d[5] <= '2')
        middle = d.substr(0, 2) + d[5] + "0000" + d.substr(2, 3);
    else if (d[5] == '3')
        middle = d.substr(0, 3) + "00000" + d.substr(3, 2);
    else if (d[5] == '4')
        middle = d.substr(0, 4) + "00000" + d.substr(4, 1);
    else
        middle = d.substr(0, 5) + "0000" + d[5];
    return code.substr(0, 1) + middle + code.substr(7, 1);
}

// The fixtures write UPC-A in 13 digits and UPC-E expanded: numeric codes
// are compared as GTIN-14.
std::string comparable(std::string text, const std::string& format) {
    if (format == "UPC-E")
        text = expanded_upce(text);
    const bool numeric = !text.empty() && std::all_of(text.begin(), text.end(),
                                                      [](char c) { return c >= '0' && c <= '9'; });
    if (numeric && text.size() < 14)
        text.insert(0, 14 - text.size(), '0');
    return text;
}

QImage letterboxed(const QImage& grey, int width = 1280, int height = 720) {
    QImage frame(width, height, QImage::Format_Grayscale8);
    frame.fill(128);
    const QImage fitted = grey.scaled(width, height, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_Grayscale8);
    QPainter painter(&frame);
    painter.drawImage((width - fitted.width()) / 2, (height - fitted.height()) / 2, fitted);
    return frame;
}

// --- generated codes and what a camera does to them ------------------------

int gtin_check_digit(const std::string& digits) {
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const int digit = digits[digits.size() - 1 - i] - '0';
        sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

// A code drawn as ZXing writes it, on white, `quiet` pixels of margin.
QImage code_picture(ZXing::BarcodeFormat format, const std::string& text, int width, int height,
                    int quiet = 24) {
    const auto bits = ZXing::MultiFormatWriter(format)
                          .setEncoding(ZXing::CharacterSet::UTF8)
                          .setMargin(quiet)
                          .encode(text, width, height);
    const auto matrix = ZXing::ToMatrix<std::uint8_t>(bits, 0, 255);
    QImage grey(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y)
        std::copy_n(matrix.data() + y * matrix.width(), matrix.width(), grey.scanLine(y));
    return grey;
}

// A 3×3 box blur applied `times` times: close to a Gaussian by the third.
QImage blurred(const QImage& grey, int times) {
    QImage result = grey.copy();
    for (int t = 0; t < times; ++t) {
        QImage next = result.copy();
        for (int y = 1; y + 1 < result.height(); ++y)
            for (int x = 1; x + 1 < result.width(); ++x) {
                int sum = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        sum += result.constScanLine(y + dy)[x + dx];
                next.scanLine(y)[x] = static_cast<std::uint8_t>(sum / 9);
            }
        result = next;
    }
    return result;
}

QImage rotated(const QImage& grey, double degrees) {
    return rotated_by(work_image(grey), degrees).grey;
}

// Black becomes `low`, white `high`.
QImage low_contrast(const QImage& grey, int low, int high) {
    QImage result = grey.copy();
    for (int y = 0; y < result.height(); ++y)
        for (int x = 0; x < result.width(); ++x) {
            std::uint8_t& pixel = result.scanLine(y)[x];
            pixel = static_cast<std::uint8_t>(low + pixel * (high - low) / 255);
        }
    return result;
}

// Uniform noise of ± amplitude, the same every run.
QImage noisy(const QImage& grey, int amplitude, unsigned seed = 7) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> noise(-amplitude, amplitude);
    QImage result = grey.copy();
    for (int y = 0; y < result.height(); ++y)
        for (int x = 0; x < result.width(); ++x) {
            std::uint8_t& pixel = result.scanLine(y)[x];
            pixel = static_cast<std::uint8_t>(std::clamp(pixel + noise(random), 0, 255));
        }
    return result;
}

DecodeReport decoded(const QImage& grey, DecodeBudget budget = image_file_budget()) {
    return ImageDecoder().decode(view_of(grey), budget);
}

std::string read_text(const QImage& grey) {
    const auto report = decoded(grey);
    return report.code ? report.code->text : "(nothing read)";
}

// Runs ZXing's ReadBarcodes with its default hints on `grey` in a child
// process: whether it killed itself with SIGABRT.
bool read_barcodes_aborts(const QImage& grey) {
    const pid_t child = fork();
    if (child == 0) {
        // Catch2's handler would report the abort as this test failing.
        std::signal(SIGABRT, SIG_DFL);
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2); // the assertion message is expected
        const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                    ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
        ZXing::ReadBarcodes(view);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

} // namespace

TEST_CASE("every fixture picture: more read than ZXing once, none wrong", "[decoder]") {
    if (!have_fixtures())
        return;
    const ImageDecoder decoder;
    int pictures = 0, read = 0, wrong = 0, false_positives = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fixtures())) {
        if (entry.path().extension() != ".png")
            continue;
        const fs::path expected_file = fs::path(entry.path()).replace_extension(".txt");
        const bool no_code = entry.path().parent_path().filename() == "falsepositives-1";
        if (!no_code && !fs::exists(expected_file))
            continue; // a code nobody wrote the text of
        const auto report = must(decode_file(decoder, entry.path()));
        if (no_code) {
            if (report.code) {
                ++false_positives;
                FAIL_CHECK(entry.path().string() << ": no code there, read " << report.code->text);
            }
            continue;
        }
        ++pictures;
        if (!report.code)
            continue;
        const std::string expected = file_text(expected_file);
        if (comparable(report.code->text, report.code->format) ==
            comparable(expected, report.code->format)) {
            ++read;
        } else {
            ++wrong;
            FAIL_CHECK(entry.path().string() << " (pass " << report.code->pass << "): read "
                                             << report.code->text << ", expected " << expected);
        }
    }
    INFO(read << " of " << pictures << " read");
    CHECK(pictures == 226);
    // Measured: 195 (docs/scanning.md); ZXing called once reads 170, zbarimg 137.
    CHECK(read >= 190);
    CHECK(wrong == 0);
    CHECK(false_positives == 0);
}

TEST_CASE("camera frames on which ZXing's ReadBarcodes aborts are decoded", "[decoder][abort]") {
    if (!have_fixtures())
        return;
    // EAN/UPC pictures scaled into a 1280×720 frame: ReadBarcodes with its
    // default hints fails `assert(lineCount() == 1)` (Result.cpp:140) on
    // each of them — 42 of the 100 EAN/UPC fixture pictures — and Debian
    // keeps assertions on, so the process dies.
    const std::vector<std::string> pictures = {
        "ean13-1/10.png", "ean13-1/14.png", "ean13-1/25.png", "ean13-2/13.png",
        "ean13-3/14.png", "ean13-3/52.png", "ean13-4/01.png", "upca-1/2.png",
        "upca-2/01.png",  "upca-2/31.png",  "upca-3/21.png",  "upce-1/1.png",
    };
    int aborting = 0, read = 0;
    for (const std::string& name : pictures) {
        const QImage frame = letterboxed(must(load_luminance(fixtures() / name)));
        if (read_barcodes_aborts(frame))
            ++aborting;
        const auto report = decoded(frame); // an abort would take the test binary down
        INFO(name);
        if (!report.code)
            continue;
        const std::string expected =
            file_text(fs::path(fixtures() / name).replace_extension(".txt"));
        CHECK(comparable(report.code->text, report.code->format) ==
              comparable(expected, report.code->format));
        ++read;
    }
    CHECK(read >= 10);
    // All 12 do with Debian's ZXing 1.4.0-3. A later ZXing may have fixed it;
    // then this list no longer proves anything and can be replaced.
    if (aborting == 0)
        WARN("ZXing's ReadBarcodes no longer aborts on these frames (docs/scanning.md)");
}

TEST_CASE("generated codes are read through blur, rotation, low contrast and noise", "[decoder]") {
    const std::string stem = "893504951001";
    const std::string ean13 = stem + std::to_string(gtin_check_digit(stem));
    const std::string vietnamese = "Mật hoa dừa Sokfarm — Trà Vinh, OCOP ★★★★";
    const std::string datamatrix = "OCOP-VL-2026-000123";
    const std::vector<std::pair<std::string, QImage>> codes = {
        {ean13, code_picture(ZXing::BarcodeFormat::EAN13, ean13, 380, 160)},
        {vietnamese, code_picture(ZXing::BarcodeFormat::QRCode, vietnamese, 320, 320)},
        {datamatrix, code_picture(ZXing::BarcodeFormat::DataMatrix, datamatrix, 240, 240)},
    };
    for (const auto& [text, picture] : codes) {
        INFO(text);
        CHECK(read_text(picture) == text);
        CHECK(read_text(blurred(picture, 3)) == text);
        CHECK(read_text(rotated(picture, 20)) == text);
        CHECK(read_text(rotated(picture, -35)) == text);
        CHECK(read_text(low_contrast(picture, 105, 150)) == text);
        CHECK(read_text(noisy(picture, 60)) == text);
        CHECK(read_text(noisy(low_contrast(blurred(rotated(picture, 12), 2), 90, 170), 25)) ==
              text);
    }
}

TEST_CASE("what is read is reported with its format, pass and corners", "[decoder]") {
    QImage canvas(800, 600, QImage::Format_Grayscale8);
    canvas.fill(200);
    const QImage qr =
        code_picture(ZXing::BarcodeFormat::QRCode, "https://ocop.vn/sp/123", 200, 200, 0);
    QPainter(&canvas).drawImage(300, 150, qr);
    const auto report = decoded(canvas);
    REQUIRE(report.code);
    CHECK(report.code->text == "https://ocop.vn/sp/123");
    CHECK(report.code->format == "QRCode");
    CHECK(report.code->pass == "as-is");
    CHECK(report.passes_run == 1);
    for (const Point& corner : report.code->corners) {
        CHECK(corner.x >= 295);
        CHECK(corner.x <= 505);
        CHECK(corner.y >= 145);
        CHECK(corner.y <= 355);
    }
}

TEST_CASE("prepared pictures map their points back to the original", "[decoder]") {
    QImage grey(400, 200, QImage::Format_Grayscale8);
    grey.fill(255);
    const WorkImage original = work_image(grey);
    const WorkImage small = scaled_to_long_side(original, 100);
    CHECK(small.grey.size() == QSize(100, 50));
    CHECK(small.to_original.map(QPointF(50, 25)) == QPointF(200, 100));
    const WorkImage framed = with_quiet_zone(small);
    CHECK(framed.grey.width() == 100 + 2 * (100 / 8 + 4));
    CHECK(framed.to_original.map(QPointF(16, 16)) == QPointF(0, 0));
    const WorkImage turned = rotated_by(original, 30);
    const QPointF centre =
        turned.to_original.map(QPointF(turned.grey.width() / 2.0, turned.grey.height() / 2.0));
    CHECK(centre.x() == Approx(200));
    CHECK(centre.y() == Approx(100));
}

TEST_CASE("nothing is read where there is nothing", "[decoder]") {
    QImage blank(640, 480, QImage::Format_Grayscale8);
    blank.fill(255);
    const auto report = decoded(blank);
    CHECK_FALSE(report.code);
    CHECK(report.passes_run == static_cast<int>(ImageDecoder::pass_names().size()));
    CHECK_FALSE(decoded(noisy(blank, 120)).code);
    CHECK_FALSE(ImageDecoder().decode(LumaView{}).code);
    QImage tiny(1, 1, QImage::Format_Grayscale8);
    tiny.fill(0);
    CHECK_FALSE(decoded(tiny).code);
}

TEST_CASE("the budget limits the passes", "[decoder]") {
    QImage blank(640, 480, QImage::Format_Grayscale8);
    blank.fill(255);
    CHECK(decoded(blank, DecodeBudget{1, std::chrono::milliseconds::max()}).passes_run == 1);
    CHECK(decoded(blank, DecodeBudget{3, std::chrono::milliseconds::max()}).passes_run == 3);
    // The first pass always runs, whatever the time allowed.
    CHECK(decoded(blank, DecodeBudget{9, std::chrono::milliseconds(0)}).passes_run == 1);
    CHECK(camera_budget().max_passes < image_file_budget().max_passes);
}

TEST_CASE("only the configured formats are read", "[decoder]") {
    const std::string stem = "893123456789";
    const std::string ean13 = stem + std::to_string(gtin_check_digit(stem));
    const QImage picture = code_picture(ZXing::BarcodeFormat::EAN13, ean13, 380, 160);
    DecoderOptions only_qr;
    only_qr.formats = {CodeFormat::QRCode};
    CHECK_FALSE(ImageDecoder(only_qr).decode(view_of(picture)).code);
    const auto report = ImageDecoder().decode(view_of(picture));
    REQUIRE(report.code);
    CHECK(report.code->format == "EAN-13");
    DecoderOptions none;
    none.formats = {};
    CHECK_FALSE(ImageDecoder(none).decode(view_of(picture)).code);
}

TEST_CASE("short ITF is refused unless allowed", "[decoder]") {
    const QImage picture = code_picture(ZXing::BarcodeFormat::ITF, "12345670", 400, 120);
    CHECK_FALSE(decoded(picture).code);
    DecoderOptions short_itf;
    short_itf.min_itf_digits = 6;
    const auto report = ImageDecoder(short_itf).decode(view_of(picture));
    REQUIRE(report.code);
    CHECK(report.code->text == "12345670");
    CHECK(report.code->format == "ITF");
    const QImage itf14 = code_picture(ZXing::BarcodeFormat::ITF, "18935049510014", 480, 120);
    CHECK(read_text(itf14) == "18935049510014");
}

TEST_CASE("formats from configuration", "[decoder]") {
    CHECK(must(parse_formats("ean13, QRCode")) ==
          std::vector<CodeFormat>{CodeFormat::EAN13, CodeFormat::QRCode});
    CHECK(must(parse_formats("EAN-8 upc_e,itf  Code128 datamatrix EAN-8")) ==
          std::vector<CodeFormat>{CodeFormat::EAN8, CodeFormat::UPCE, CodeFormat::ITF,
                                  CodeFormat::Code128, CodeFormat::DataMatrix});
    CHECK(error_code(parse_formats("EAN-13, PDF417")) == "scanner.unknown_format");
    CHECK(error_code(parse_formats(" , ")) == "scanner.unknown_format");
    CHECK(std::string(format_name(CodeFormat::UPCA)) == "UPC-A");
    CHECK(store_formats().size() == 8);
}

TEST_CASE("pictures are loaded as luminance", "[decoder]") {
    CHECK(error_code(load_luminance("/nonexistent/picture.png")) == "scanner.image_unreadable");
    CHECK(error_code(decode_file(ImageDecoder(), "/nonexistent/picture.png")) ==
          "scanner.image_unreadable");
    QImage colour(2, 1, QImage::Format_RGB32);
    colour.setPixel(0, 0, qRgb(255, 255, 255));
    colour.setPixel(1, 0, qRgb(0, 0, 0));
    const QImage grey = luminance_of(colour);
    REQUIRE(grey.format() == QImage::Format_Grayscale8);
    CHECK(grey.constScanLine(0)[0] == 255);
    CHECK(grey.constScanLine(0)[1] == 0);
    const LumaView view = view_of(grey);
    CHECK(view.width == 2);
    CHECK(view.height == 1);
    CHECK(view.stride >= 2);
    CHECK(view_of(colour).empty());
}
