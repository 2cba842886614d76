#include "drivers/scanner/luminance_filters.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace ocop::drivers {

namespace {

std::size_t index(int value) {
    return static_cast<std::size_t>(value);
}

QImage blank(int width, int height) {
    QImage canvas(width, height, QImage::Format_Grayscale8);
    canvas.fill(255);
    return canvas;
}

// Applies a lookup table to every pixel of a copy.
QImage mapped(const QImage& grey, const std::array<std::uint8_t, 256>& table) {
    QImage result = grey.copy();
    for (int y = 0; y < result.height(); ++y) {
        std::uint8_t* row = result.scanLine(y);
        for (int x = 0; x < result.width(); ++x)
            row[x] = table[row[x]];
    }
    return result;
}

// Sum of the pixel and its left and right neighbours that exist, and how
// many there were.
void horizontal_sums(const QImage& grey, std::vector<std::uint16_t>& sums) {
    const int width = grey.width();
    for (int y = 0; y < grey.height(); ++y) {
        const std::uint8_t* row = grey.constScanLine(y);
        std::uint16_t* out = sums.data() + index(y) * index(width);
        for (int x = 0; x < width; ++x) {
            int sum = row[x];
            if (x > 0)
                sum += row[x - 1];
            if (x + 1 < width)
                sum += row[x + 1];
            out[x] = static_cast<std::uint16_t>(sum);
        }
    }
}

int neighbours(int at, int size) {
    return 1 + (at > 0 ? 1 : 0) + (at + 1 < size ? 1 : 0);
}

} // namespace

WorkImage work_image(const QImage& grey) {
    return {grey, QTransform()};
}

WorkImage scaled_by(const WorkImage& image, double factor) {
    const int width = std::max(1, static_cast<int>(image.grey.width() * factor));
    const int height = std::max(1, static_cast<int>(image.grey.height() * factor));
    QImage grey = image.grey.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                      .convertToFormat(QImage::Format_Grayscale8);
    const QTransform back = QTransform::fromScale(double(image.grey.width()) / width,
                                                  double(image.grey.height()) / height);
    return {std::move(grey), back * image.to_original};
}

WorkImage scaled_to_long_side(const WorkImage& image, int long_side) {
    const int longest = std::max(image.grey.width(), image.grey.height());
    return scaled_by(image, double(long_side) / std::max(1, longest));
}

WorkImage with_quiet_zone(const WorkImage& image) {
    const int margin = std::max(image.grey.width(), image.grey.height()) / 8 + 4;
    QImage grey = blank(image.grey.width() + 2 * margin, image.grey.height() + 2 * margin);
    QPainter painter(&grey);
    painter.drawImage(margin, margin, image.grey);
    painter.end();
    return {std::move(grey), QTransform::fromTranslate(-margin, -margin) * image.to_original};
}

WorkImage rotated_by(const WorkImage& image, double degrees) {
    const QRect bounds = QTransform().rotate(degrees).mapRect(image.grey.rect());
    QImage grey = blank(bounds.width(), bounds.height());
    QTransform placed;
    placed.translate(grey.width() / 2.0, grey.height() / 2.0);
    placed.rotate(degrees);
    placed.translate(-image.grey.width() / 2.0, -image.grey.height() / 2.0);
    QPainter painter(&grey);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(placed);
    painter.drawImage(0, 0, image.grey);
    painter.end();
    return {std::move(grey), placed.inverted() * image.to_original};
}

WorkImage contrast_stretched(const WorkImage& image) {
    std::array<int, 256> histogram{};
    for (int y = 0; y < image.grey.height(); ++y) {
        const std::uint8_t* row = image.grey.constScanLine(y);
        for (int x = 0; x < image.grey.width(); ++x)
            ++histogram[row[x]];
    }
    const int tail = image.grey.width() * image.grey.height() / 100;
    int low = 0;
    for (int seen = histogram[0]; low < 255 && seen < tail; seen += histogram[index(++low)]) {
    }
    int high = 255;
    for (int seen = histogram[255]; high > 0 && seen < tail; seen += histogram[index(--high)]) {
    }
    if (high <= low)
        return image;
    std::array<std::uint8_t, 256> table{};
    for (int value = 0; value < 256; ++value)
        table[index(value)] =
            static_cast<std::uint8_t>(std::clamp((value - low) * 255 / (high - low), 0, 255));
    return {mapped(image.grey, table), image.to_original};
}

WorkImage sharpened(const WorkImage& image) {
    const QImage& grey = image.grey;
    const int width = grey.width();
    const int height = grey.height();
    std::vector<std::uint16_t> rows(index(width) * index(height));
    horizontal_sums(grey, rows);
    QImage result(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const std::uint16_t* above = rows.data() + index(std::max(y - 1, 0)) * index(width);
        const std::uint16_t* here = rows.data() + index(y) * index(width);
        const std::uint16_t* below =
            rows.data() + index(std::min(y + 1, height - 1)) * index(width);
        const int rows_used = neighbours(y, height);
        const std::uint8_t* in = grey.constScanLine(y);
        std::uint8_t* out = result.scanLine(y);
        for (int x = 0; x < width; ++x) {
            int sum = here[x];
            if (y > 0)
                sum += above[x];
            if (y + 1 < height)
                sum += below[x];
            const int mean = sum / (rows_used * neighbours(x, width));
            out[x] = static_cast<std::uint8_t>(std::clamp(2 * in[x] - mean, 0, 255));
        }
    }
    return {std::move(result), image.to_original};
}

WorkImage inverted(const WorkImage& image) {
    QImage grey = image.grey.copy();
    grey.invertPixels();
    return {std::move(grey), image.to_original};
}

} // namespace ocop::drivers
