#include "drivers/printer/qr_code.h"

#include <QString>
#include <QStringDecoder>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <algorithm>
#include <optional>
#include <stdexcept>

namespace ocop::drivers {

namespace {

// ZXing-C++ 1.4 takes the level on its 0..8 scale (shared with Aztec and
// PDF417) and maps it to QR's four levels as (n - 1) / 2: 2 → L, 4 → M,
// 6 → Q, 8 → H.
int zxing_ecc_level(QrErrorCorrection correction) {
    switch (correction) {
    case QrErrorCorrection::Low:
        return 2;
    case QrErrorCorrection::Medium:
        return 4;
    case QrErrorCorrection::Quartile:
        return 6;
    case QrErrorCorrection::High:
        return 8;
    }
    return 4;
}

// The writer of 1.4 takes std::wstring (UCS-4 on Linux). Invalid UTF-8 is
// refused rather than silently turned into U+FFFD, which would put a
// different text in the code than the caller asked for.
std::optional<std::wstring> wide_text(std::string_view utf8) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(utf8.data(), std::ssize(utf8)));
    if (decoder.hasError())
        return std::nullopt;
    return text.toStdWString();
}

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Only text beyond ASCII gets the UTF-8 character-set marker (ECI 26): plain
// ASCII (VietQR, stamp payloads) is then encoded exactly as every reader,
// including old banking apps that mishandle ECI, expects it.
ZXing::MultiFormatWriter writer_for(std::string_view text, QrErrorCorrection correction) {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEccLevel(zxing_ecc_level(correction)).setMargin(0);
    if (!is_ascii(text))
        writer.setEncoding(ZXing::CharacterSet::UTF8);
    return writer;
}

QrMatrix to_matrix(const ZXing::BitMatrix& bits) {
    QrMatrix matrix;
    matrix.size = bits.width();
    matrix.dark.reserve(static_cast<std::size_t>(matrix.size) *
                        static_cast<std::size_t>(matrix.size));
    for (int y = 0; y < matrix.size; ++y)
        for (int x = 0; x < matrix.size; ++x)
            matrix.dark.push_back(bits.get(x, y));
    return matrix;
}

} // namespace

Result<QrMatrix> encode_qr(std::string_view text, QrErrorCorrection correction) {
    if (text.empty())
        return fail("qr.empty", "nothing to encode in a QR code",
                    "Không có nội dung để tạo mã QR.");
    const auto wide = wide_text(text);
    if (!wide)
        return fail("qr.bad_text", "the text for the QR code is not valid UTF-8",
                    "Nội dung mã QR không phải văn bản UTF-8 hợp lệ.");
    try {
        // Width and height 0 with margin 0: the bare module matrix, one
        // element per module, so that callers choose the scale and quiet zone.
        return to_matrix(writer_for(text, correction).encode(*wide, 0, 0));
    } catch (const std::invalid_argument& error) {
        // ZXing's only refusal left once the text is non-empty and valid is
        // "Data too big": no QR version holds it at this correction level.
        return fail("qr.too_long",
                    "the text is too long for a QR code (" + std::to_string(text.size()) +
                        " bytes): " + error.what(),
                    "Nội dung quá dài, không vừa một mã QR.");
    }
}

} // namespace ocop::drivers
