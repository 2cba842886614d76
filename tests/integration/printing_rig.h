#pragma once

// What the integration tests of printing share: a private cupsd with a raw
// queue "receipt" on an ESC/POS printer emulator, and ways to look at what
// came out.

#include "support/escpos_emulator.h"
#include "support/private_cupsd.h"
#include "support/temp_dir.h"

#include <QImage>

#include <ZXing/ReadBarcode.h>
#include <cstddef>
#include <string>
#include <string_view>

namespace ocop::test {

struct PrintingRig {
    // contimeout: seconds CUPS's socket backend keeps trying an unreachable
    // printer before the job is aborted.
    explicit PrintingRig(int contimeout_seconds = 5, int paper_width_mm = 80)
        : printer(dir.path() / "printer", paper_width_mm == 58 ? 384 : 576) {
        cups.add_raw_queue("receipt", printer.device_uri(contimeout_seconds), paper_width_mm);
    }

    TempDir dir;
    EscposEmulator printer;
    PrivateCupsd cups;
};

// Where two byte strings first differ; -1 when they are the same (a check
// that prints a number, not kilobytes of raster).
inline long first_difference(std::string_view a, std::string_view b) {
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (a[i] != b[i])
            return static_cast<long>(i);
    return a.size() == b.size() ? -1 : static_cast<long>(std::min(a.size(), b.size()));
}

// The QR code a picture of the paper holds, as ZXing reads it.
inline std::string read_qr(const QImage& picture) {
    const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    const auto result =
        ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return result.isValid() ? result.text() : "<no QR code found>";
}

} // namespace ocop::test
