#include "drivers/printer/qr_code.h"
#include "support/expect.h"

#include <QImage>
#include <catch2/catch.hpp>

#include <ZXing/ReadBarcode.h>
#include <string>

using ocop::drivers::encode_qr;
using ocop::drivers::QrErrorCorrection;
using ocop::drivers::QrMatrix;
using ocop::test::error_code;
using ocop::test::must;

namespace {

// Drawn the way a printer would: every module `scale` pixels, `quiet` light
// modules around the code (the matrix itself carries none).
QImage render(const QrMatrix& qr, int scale, int quiet) {
    const int side = (qr.size + 2 * quiet) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int mx = x / scale - quiet;
            const int my = y / scale - quiet;
            if (mx >= 0 && my >= 0 && mx < qr.size && my < qr.size && qr.at(mx, my))
                image.scanLine(y)[x] = 0;
        }
    return image;
}

std::string decode(const QImage& image) {
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(image.bytesPerLine()));
    const auto result =
        ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return result.isValid() ? result.text() : "<no QR found>";
}

std::string round_trip(const std::string& text, QrErrorCorrection correction) {
    return decode(render(must(encode_qr(text, correction)), 4, 4));
}

// An identification-stamp payload: "OCOP1:" and base32 (A–Z, 2–7), which a
// QR holds in its compact alphanumeric mode.
std::string stamp_like_payload() {
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string text = "OCOP1:";
    unsigned state = 12345;
    for (int i = 0; i < 160; ++i) {
        state = state * 1103515245u + 12345u;
        text += alphabet[(state >> 16) % alphabet.size()];
    }
    return text;
}

const std::string kVietQr =
    "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53"
    "037045405100005802VN62150811Chuyen tien630453E6";

} // namespace

TEST_CASE("a QR code reads back as the text it was made from", "[qr]") {
    const auto correction = GENERATE(QrErrorCorrection::Low, QrErrorCorrection::Medium,
                                     QrErrorCorrection::Quartile, QrErrorCorrection::High);
    const std::string text = GENERATE(
        std::string("OCOP-TV-000123"),
        std::string("Bánh tráng phơi sương Trảng Bàng — Tây Ninh, OCOP 4★"),
        std::string("Mật ong hoa nhãn Hưng Yên: ễ ặ ữ ỵ Đ đ"), kVietQr, stamp_like_payload());
    CAPTURE(text, static_cast<int>(correction));
    CHECK(round_trip(text, correction) == text);
}

TEST_CASE("the matrix has no quiet zone: the finder pattern starts at the corner", "[qr]") {
    const QrMatrix qr = must(encode_qr("OCOP-TV-000123"));
    CHECK((qr.size - 17) % 4 == 0); // version v is 17 + 4v modules wide
    CHECK(qr.dark.size() == static_cast<std::size_t>(qr.size * qr.size));
    CHECK(qr.at(0, 0));
    CHECK(qr.at(6, 0));
    CHECK_FALSE(qr.at(7, 0)); // the light separator right of the finder
    CHECK(qr.at(qr.size - 1, 0));
    CHECK(qr.at(0, qr.size - 1));
}

TEST_CASE("a stamp payload uses the compact alphanumeric mode", "[qr]") {
    // 166 alphanumeric characters fit version 9 (53 modules) at level M; as
    // bytes they would need version 10 or more.
    CHECK(must(encode_qr(stamp_like_payload(), QrErrorCorrection::Medium)).size <= 53);
}

TEST_CASE("more error correction makes a bigger code", "[qr]") {
    const std::string text = stamp_like_payload();
    CHECK(must(encode_qr(text, QrErrorCorrection::High)).size >
          must(encode_qr(text, QrErrorCorrection::Low)).size);
}

TEST_CASE("text that cannot be a QR code is refused with a reason", "[qr]") {
    CHECK(error_code(encode_qr(std::string(8000, 'x'))) == "qr.too_long");
    CHECK(error_code(encode_qr(std::string(3000, 'A'), QrErrorCorrection::High)) == "qr.too_long");
    CHECK(error_code(encode_qr("")) == "qr.empty");
    CHECK(error_code(encode_qr("gi\xe1 ti\xe1\xbb")) == "qr.bad_text"); // Latin-1 / cut UTF-8
}

TEST_CASE("the longest byte text of version 40-L still fits", "[qr]") {
    // 2953 bytes is the byte-mode capacity of the largest QR at level L.
    CHECK(must(encode_qr(std::string(2953, 'x'), QrErrorCorrection::Low)).size == 177);
    CHECK(error_code(encode_qr(std::string(2954, 'x'), QrErrorCorrection::Low)) == "qr.too_long");
}
