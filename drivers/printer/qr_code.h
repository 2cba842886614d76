#pragma once

#include "common/error.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace ocop::drivers {

// A QR code as modules: size × size, true = dark. No quiet zone included.
struct QrMatrix {
    int size = 0;
    std::vector<bool> dark; // row-major

    bool at(int x, int y) const {
        return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
                    static_cast<std::size_t>(x)];
    }
};

enum class QrErrorCorrection { Low, Medium, Quartile, High };

// Encodes UTF-8 text (ZXing-C++'s writer). qr.too_long when it cannot fit.
Result<QrMatrix> encode_qr(std::string_view text,
                           QrErrorCorrection correction = QrErrorCorrection::Medium);

} // namespace ocop::drivers
