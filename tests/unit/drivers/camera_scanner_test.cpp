#include "drivers/scanner/camera_scanner.h"
#include "drivers/scanner/luminance.h"
#include "drivers/scanner/video_frame_luminance.h"
#include "support/expect.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <catch2/catch.hpp>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

using namespace ocop::drivers;
using ocop::test::error_code;
using ocop::test::must;
namespace fs = std::filesystem;
using Format = QVideoFrameFormat::PixelFormat;

namespace {

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

std::string expected_text(const std::string& picture) {
    std::ifstream in(fs::path(fixtures() / picture).replace_extension(".txt"), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What a camera would see: the picture filling a 1280×720 frame.
QImage camera_view(const QImage& grey) {
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(128);
    const QImage fitted = grey.scaled(frame.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_Grayscale8);
    QPainter(&frame).drawImage((frame.width() - fitted.width()) / 2,
                               (frame.height() - fitted.height()) / 2, fitted);
    return frame;
}

QImage fixture_view(const std::string& picture) {
    return camera_view(must(load_luminance(fixtures() / picture)));
}

QImage generated_view(ZXing::BarcodeFormat format, const std::string& text) {
    const bool linear = format == ZXing::BarcodeFormat::EAN13;
    const auto bits =
        ZXing::MultiFormatWriter(format).setMargin(20).encode(text, 400, linear ? 200 : 400);
    const auto matrix = ZXing::ToMatrix<std::uint8_t>(bits, 0, 255);
    QImage grey(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y)
        std::copy_n(matrix.data() + y * matrix.width(), matrix.width(), grey.scanLine(y));
    return camera_view(grey);
}

QImage blank_view() {
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(200);
    return frame;
}

// A frame in `format` whose plane 0 is written by `write(row bytes, y)` and
// whose other planes (chroma) are mid grey.
QVideoFrame frame_of(QSize size, Format format,
                     const std::function<void(std::uint8_t*, int)>& write) {
    QVideoFrame frame(QVideoFrameFormat(size, format));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int plane = 1; plane < frame.planeCount(); ++plane)
        std::fill_n(frame.bits(plane), frame.mappedBytes(plane), std::uint8_t{128});
    for (int y = 0; y < size.height(); ++y)
        write(frame.bits(0) + y * frame.bytesPerLine(0), y);
    frame.unmap();
    return frame;
}

// Grey pixels as a 4-byte RGB format: `grey_at` byte positions get the
// value, the alpha/padding byte 255.
QVideoFrame rgb_frame(const QImage& grey, Format format, int alpha_at) {
    return frame_of(grey.size(), format, [&](std::uint8_t* row, int y) {
        for (int x = 0; x < grey.width(); ++x)
            for (int byte = 0; byte < 4; ++byte)
                row[4 * x + byte] = byte == alpha_at ? 255 : grey.constScanLine(y)[x];
    });
}

QVideoFrame xrgb_frame(const QImage& grey) {
    return rgb_frame(grey, Format::Format_XRGB8888, 0);
}

// Y samples `step` bytes apart from `offset`, the rest of each row 128.
QVideoFrame packed_frame(const QImage& grey, Format format, int offset, int step) {
    return frame_of(grey.size(), format, [&](std::uint8_t* row, int y) {
        std::fill_n(row, grey.width() * step, std::uint8_t{128});
        for (int x = 0; x < grey.width(); ++x)
            row[offset + x * step] = grey.constScanLine(y)[x];
    });
}

QVideoFrame nv12_frame(const QImage& grey) {
    return packed_frame(grey, Format::Format_NV12, 0, 1);
}

// 16-bit little-endian samples with the value in the top bits.
QVideoFrame wide_frame(const QImage& grey, Format format, int bits) {
    return frame_of(grey.size(), format, [&](std::uint8_t* row, int y) {
        for (int x = 0; x < grey.width(); ++x) {
            const unsigned value = unsigned{grey.constScanLine(y)[x]} << (bits - 8);
            row[2 * x] = static_cast<std::uint8_t>(value & 0xff);
            row[2 * x + 1] = static_cast<std::uint8_t>(value >> 8);
        }
    });
}

bool same_pixels(const QImage& a, const QImage& b) {
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y)
        if (!std::equal(a.constScanLine(y), a.constScanLine(y) + a.width(), b.constScanLine(y)))
            return false;
    return true;
}

// A scanner fed by a sink, as QML's VideoOutput would feed it. A sink
// ignores a frame equal to the one it holds (a camera never sends one), so
// every frame shown is made afresh.
struct Rig {
    QVideoSink sink;
    CameraScanner scanner;
    QSignalSpy scans{&scanner, &Scanner::scanned};

    Rig() { scanner.setVideoSink(&sink); }

    // Shows one frame and waits until the worker has decoded it.
    void show(const QVideoFrame& frame) {
        const int before = scanner.framesDecoded();
        sink.setVideoFrame(frame);
        REQUIRE(QTest::qWaitFor([&] { return scanner.framesDecoded() > before; }, 10000));
    }

    Scan scan(int index) const { return scans.at(index).at(0).value<Scan>(); }
};

} // namespace

TEST_CASE("video frames give their luminance in every camera format", "[camera]") {
    QImage grey(8, 4, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            grey.scanLine(y)[x] = static_cast<std::uint8_t>(x * 30 + y * 7);
    const std::vector<std::pair<const char*, QVideoFrame>> frames = {
        {"XRGB8888", xrgb_frame(grey)},
        {"ARGB8888", rgb_frame(grey, Format::Format_ARGB8888, 0)},
        {"BGRA8888", rgb_frame(grey, Format::Format_BGRA8888, 3)},
        {"BGRX8888", rgb_frame(grey, Format::Format_BGRX8888, 3)},
        {"RGBA8888", rgb_frame(grey, Format::Format_RGBA8888, 3)},
        {"ABGR8888", rgb_frame(grey, Format::Format_ABGR8888, 0)},
        {"NV12", nv12_frame(grey)},
        {"NV21", packed_frame(grey, Format::Format_NV21, 0, 1)},
        {"YUV420P", packed_frame(grey, Format::Format_YUV420P, 0, 1)},
        {"Y8", packed_frame(grey, Format::Format_Y8, 0, 1)},
        {"YUYV", packed_frame(grey, Format::Format_YUYV, 0, 2)},
        {"UYVY", packed_frame(grey, Format::Format_UYVY, 1, 2)},
        {"AYUV", packed_frame(grey, Format::Format_AYUV, 1, 4)},
        {"P010", wide_frame(grey, Format::Format_P010, 16)},
        {"Y16", wide_frame(grey, Format::Format_Y16, 16)},
        {"YUV420P10", wide_frame(grey, Format::Format_YUV420P10, 10)},
    };
    for (const auto& [name, frame] : frames) {
        INFO(name);
        const QImage luma = must(luminance_of(frame));
        CHECK(same_pixels(luma, grey));
    }
    CHECK(error_code(luminance_of(QVideoFrame())) == "scanner.frame_unreadable");
}

TEST_CASE("codes in real pictures are read from XRGB and NV12 frames", "[camera]") {
    if (!have_fixtures())
        return;
    Rig rig;
    rig.show(xrgb_frame(fixture_view("ean13-1/10.png")));
    REQUIRE(rig.scans.count() == 1);
    const Scan ean = rig.scan(0);
    CHECK(ean.text == expected_text("ean13-1/10.png"));
    CHECK(ean.symbology == "EAN-13");
    CHECK(ean.source == ScanSource::Camera);
    CHECK(std::chrono::system_clock::now() - ean.at < std::chrono::seconds(10));
    CHECK(rig.scanner.lastText() == QString::fromStdString(ean.text));

    rig.show(nv12_frame(fixture_view("qrcode-2/15.png")));
    REQUIRE(rig.scans.count() == 2);
    CHECK(rig.scan(1).text == expected_text("qrcode-2/15.png"));
    CHECK(rig.scan(1).symbology == "QRCode");

    rig.show(nv12_frame(fixture_view("datamatrix-1/GUID.png")));
    REQUIRE(rig.scans.count() == 3);
    CHECK(rig.scan(2).text == expected_text("datamatrix-1/GUID.png"));

    // A real picture with no code in it.
    rig.show(xrgb_frame(fixture_view("falsepositives-1/01.png")));
    CHECK(rig.scans.count() == 3);
}

TEST_CASE("a code held in front of the camera counts once per window", "[camera]") {
    Rig rig;
    CHECK(rig.scanner.repeatWindow() == 1500);
    rig.scanner.setRepeatWindow(400);
    const QImage qr = generated_view(ZXing::BarcodeFormat::QRCode, "OCOP-1");
    const QImage ean = generated_view(ZXing::BarcodeFormat::EAN13, "8935049510017");

    rig.show(xrgb_frame(qr));
    rig.show(xrgb_frame(qr));
    rig.show(nv12_frame(qr));
    CHECK(rig.scans.count() == 1);
    CHECK(rig.scanner.framesDecoded() == 3);

    // Another code is not a repeat, and neither is the first one coming back.
    rig.show(nv12_frame(ean));
    REQUIRE(rig.scans.count() == 2);
    CHECK(rig.scan(1).text == "8935049510017");
    CHECK(rig.scan(1).symbology == "EAN-13");
    rig.show(xrgb_frame(qr));
    CHECK(rig.scans.count() == 3);

    // Out of sight for longer than the window: a new scan.
    QTest::qWait(600);
    rig.show(xrgb_frame(qr));
    CHECK(rig.scans.count() == 4);
    CHECK(rig.scanner.lastText() == "OCOP-1");
}

TEST_CASE("a frame without a code emits nothing", "[camera]") {
    Rig rig;
    QSignalSpy texts(&rig.scanner, &CameraScanner::lastTextChanged);
    rig.show(xrgb_frame(blank_view()));
    rig.show(nv12_frame(blank_view()));
    CHECK(rig.scans.count() == 0);
    CHECK(texts.count() == 0);
    CHECK(rig.scanner.lastText().isEmpty());
    CHECK(rig.scanner.framesDecoded() == 2);
}

TEST_CASE("frames that cannot be read are reported once in the status", "[camera]") {
    Rig rig;
    QSignalSpy statuses(&rig.scanner, &Scanner::statusChanged);
    // A JPEG frame with nothing in it: no plane to read, nothing to convert.
    for (int i = 0; i < 3; ++i)
        rig.show(QVideoFrame(QVideoFrameFormat(QSize(64, 48), Format::Format_Jpeg)));
    REQUIRE(statuses.count() == 1);
    CHECK(statuses.at(0).at(0).toString().contains("scanner.frame_unreadable"));
    rig.show(xrgb_frame(blank_view()));
    REQUIRE(statuses.count() == 2);
    CHECK(statuses.at(1).at(0).toString() == "camera: watching video frames");
    CHECK(rig.scans.count() == 0);
}

TEST_CASE("frames arriving while the worker is busy are dropped", "[camera]") {
    Rig rig;
    const QImage view = generated_view(ZXing::BarcodeFormat::DataMatrix, "OCOP-VL-000123");
    std::vector<QVideoFrame> frames;
    const int shown = 20;
    for (int i = 0; i < shown; ++i)
        frames.push_back(xrgb_frame(view));
    for (const QVideoFrame& frame : frames)
        rig.sink.setVideoFrame(frame);
    REQUIRE(QTest::qWaitFor(
        [&] { return rig.scanner.framesDecoded() + rig.scanner.framesDropped() == shown; }, 20000));
    CHECK(rig.scanner.framesDropped() > 0);
    CHECK(rig.scans.count() == 1);
    CHECK(rig.scan(0).symbology == "DataMatrix");
}

TEST_CASE("an inactive scanner or one without a sink decodes nothing", "[camera]") {
    Rig rig;
    const QImage view = generated_view(ZXing::BarcodeFormat::QRCode, "OCOP-2");
    QSignalSpy active(&rig.scanner, &CameraScanner::activeChanged);
    rig.scanner.setActive(false);
    CHECK(active.count() == 1);
    rig.sink.setVideoFrame(xrgb_frame(view));
    QTest::qWait(300);
    CHECK(rig.scanner.framesDecoded() == 0);

    rig.scanner.setActive(true);
    rig.show(xrgb_frame(view));
    CHECK(rig.scans.count() == 1);

    rig.scanner.setVideoSink(nullptr);
    CHECK(rig.scanner.videoSink() == nullptr);
    rig.sink.setVideoFrame(xrgb_frame(view));
    QTest::qWait(300);
    CHECK(rig.scanner.framesDecoded() == 1);
}

TEST_CASE("the sink may go before the scanner, and the scanner with a frame in flight",
          "[camera]") {
    const QImage view = generated_view(ZXing::BarcodeFormat::QRCode, "OCOP-3");
    {
        CameraScanner scanner;
        {
            QVideoSink sink;
            scanner.setVideoSink(&sink);
            sink.setVideoFrame(xrgb_frame(view));
        }
        CHECK(scanner.videoSink() == nullptr);
        REQUIRE(QTest::qWaitFor([&] { return scanner.framesDecoded() == 1; }, 10000));
    }
    {
        QVideoSink sink;
        auto scanner = std::make_unique<CameraScanner>();
        scanner->setVideoSink(&sink);
        sink.setVideoFrame(xrgb_frame(view));
        scanner.reset(); // waits for the decode under way; nothing is delivered to it
        sink.setVideoFrame(xrgb_frame(view));
    }
    QTest::qWait(50);
}
