#include "drivers/printer/raster_painter.h"

#include <QColor>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace ocop::drivers {

namespace {

constexpr int kThreshold = 128;

void draw_lines(QPainter& painter, const Layout& layout) {
    for (const LaidLine& line : layout.lines) {
        painter.setFont(line.font);
        painter.setPen(line.white ? Qt::white : Qt::black);
        painter.drawText(QPoint(line.box.x(), line.baseline), line.text);
    }
}

} // namespace

QImage paint_layout(const Layout& layout) {
    if (layout.width <= 0 || layout.height <= 0)
        return {};
    QImage image(layout.width, layout.height, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, false);
    for (const QRect& fill : layout.fills)
        painter.fillRect(fill, Qt::black);
    for (const LaidImage& laid : layout.images)
        painter.drawImage(laid.at, laid.dots);
    draw_lines(painter, layout);
    return image;
}

Raster to_raster(const QImage& grey) {
    Raster raster;
    if (grey.isNull())
        return raster;
    const QImage source = grey.convertToFormat(QImage::Format_Grayscale8);
    raster.width = source.width();
    raster.height = source.height();
    const auto stride = static_cast<std::size_t>((raster.width + 7) / 8);
    raster.rows.assign(stride * static_cast<std::size_t>(raster.height), 0);
    // Eight pixels a byte, without branches (a receipt is a few million
    // pixels, and this loop used to be a sixth of the whole job).
    const int whole = raster.width / 8;
    for (int y = 0; y < raster.height; ++y) {
        const std::uint8_t* in = source.constScanLine(y);
        std::uint8_t* out = raster.rows.data() + static_cast<std::size_t>(y) * stride;
        for (int byte = 0; byte < whole; ++byte) {
            const std::uint8_t* eight = in + byte * 8;
            unsigned bits = 0;
            for (int bit = 0; bit < 8; ++bit)
                bits = bits << 1 | (eight[bit] < kThreshold ? 1u : 0u);
            out[byte] = static_cast<std::uint8_t>(bits);
        }
        for (int x = whole * 8; x < raster.width; ++x)
            if (in[x] < kThreshold)
                out[x / 8] = static_cast<std::uint8_t>(out[x / 8] | (0x80 >> (x % 8)));
    }
    return raster;
}

QImage paper_image(const Raster& raster, int dpi) {
    // A PNG needs at least one row: an empty document is a blank strip.
    QImage image(raster.width, std::max(1, raster.height), QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    const auto stride = static_cast<std::size_t>((raster.width + 7) / 8);
    for (int y = 0; y < raster.height; ++y)
        std::copy_n(raster.rows.begin() +
                        static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * stride),
                    stride, image.scanLine(y));
    const int dots_per_metre = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dots_per_metre);
    image.setDotsPerMeterY(dots_per_metre);
    return image;
}

} // namespace ocop::drivers
