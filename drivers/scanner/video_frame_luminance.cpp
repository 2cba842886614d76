#include "drivers/scanner/video_frame_luminance.h"

#include "drivers/scanner/luminance.h"

#include <QVideoFrameFormat>

#include <cstdint>
#include <optional>
#include <string>

namespace ocop::drivers {

namespace {

// Where the Y sample of pixel x sits in a row of plane 0: at
// offset + x * step, `wide` samples being 16-bit little-endian with the value
// in the top `bits` bits.
struct LumaLayout {
    int offset = 0;
    int step = 1;
    bool wide = false;
    int bits = 8; // significant bits of a wide sample
};

// Byte positions of red, green and blue in a 4-byte pixel.
struct RgbLayout {
    int red;
    int green;
    int blue;
};

std::optional<LumaLayout> luma_layout(QVideoFrameFormat::PixelFormat format) {
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        return LumaLayout{};
    case F::Format_YUYV:
        return LumaLayout{0, 2};
    case F::Format_UYVY:
        return LumaLayout{1, 2};
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
        return LumaLayout{1, 4};
    case F::Format_P010:
    case F::Format_P016:
    case F::Format_Y16:
        return LumaLayout{0, 2, true, 16};
    case F::Format_YUV420P10:
        return LumaLayout{0, 2, true, 10};
    default:
        return std::nullopt;
    }
}

// Names say the order of the bytes in memory (Qt 6): XRGB8888 is X, R, G, B.
std::optional<RgbLayout> rgb_layout(QVideoFrameFormat::PixelFormat format) {
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return RgbLayout{1, 2, 3};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return RgbLayout{2, 1, 0};
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return RgbLayout{3, 2, 1};
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return RgbLayout{0, 1, 2};
    default:
        return std::nullopt;
    }
}

std::uint8_t luma_at(const std::uint8_t* row, int x, const LumaLayout& layout) {
    const std::uint8_t* sample = row + layout.offset + x * layout.step;
    if (!layout.wide)
        return *sample;
    const unsigned value = sample[0] | (unsigned{sample[1]} << 8);
    return static_cast<std::uint8_t>(value >> (layout.bits - 8));
}

std::uint8_t luma_at(const std::uint8_t* row, int x, const RgbLayout& layout) {
    const std::uint8_t* pixel = row + 4 * x;
    // ZXing's RGBToLum, so a frame reads as the same picture would from a file.
    return static_cast<std::uint8_t>((306 * unsigned{pixel[layout.red]} +
                                      601 * unsigned{pixel[layout.green]} +
                                      117 * unsigned{pixel[layout.blue]} + 0x200) >>
                                     10);
}

// Copies plane 0 of a mapped frame through `layout`, row by row.
template <class Layout>
QImage copy_luma(const QVideoFrame& mapped, const Layout& layout) {
    QImage grey(mapped.width(), mapped.height(), QImage::Format_Grayscale8);
    const std::uint8_t* plane = mapped.bits(0);
    const auto stride = static_cast<std::ptrdiff_t>(mapped.bytesPerLine(0));
    for (int y = 0; y < grey.height(); ++y) {
        const std::uint8_t* row = plane + y * stride;
        std::uint8_t* out = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            out[x] = luma_at(row, x, layout);
    }
    return grey;
}

std::unexpected<Error> unreadable(const QVideoFrame& frame, const std::string& why) {
    const std::string format =
        QVideoFrameFormat::pixelFormatToString(frame.pixelFormat()).toStdString();
    return fail("scanner.frame_unreadable", "cannot read a " + format + " camera frame: " + why,
                "Không đọc được hình từ camera.");
}

// Plane 0 holds at least `height` rows of what the layout reads.
bool plane_fits(const QVideoFrame& mapped, int bytes_per_row) {
    const auto needed =
        static_cast<qint64>(mapped.bytesPerLine(0)) * (mapped.height() - 1) + bytes_per_row;
    return mapped.bits(0) != nullptr && mapped.bytesPerLine(0) >= bytes_per_row &&
           mapped.mappedBytes(0) >= needed;
}

} // namespace

Result<QImage> luminance_of(const QVideoFrame& frame) {
    if (!frame.isValid() || frame.width() <= 0 || frame.height() <= 0)
        return unreadable(frame, "empty frame");
    const auto luma = luma_layout(frame.pixelFormat());
    const auto rgb = rgb_layout(frame.pixelFormat());
    if (!luma && !rgb) {
        const QImage image = frame.toImage();
        if (image.isNull())
            return unreadable(frame, "unsupported pixel format");
        return luminance_of(image);
    }
    QVideoFrame mapped = frame; // shares the buffer; mapping is per copy
    if (!mapped.map(QVideoFrame::ReadOnly))
        return unreadable(frame, "cannot map it for reading");
    const int row_bytes =
        luma ? luma->offset + (frame.width() - 1) * luma->step + (luma->wide ? 2 : 1)
             : 4 * frame.width();
    if (!plane_fits(mapped, row_bytes)) {
        mapped.unmap();
        return unreadable(frame, "plane smaller than the frame");
    }
    QImage grey = luma ? copy_luma(mapped, *luma) : copy_luma(mapped, *rgb);
    mapped.unmap();
    return grey;
}

} // namespace ocop::drivers
