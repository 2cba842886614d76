#include "drivers/printer/dither.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace ocop::drivers {

namespace {

// Spreads one pixel's error to its unvisited neighbours: 7/16 right, then
// 3/16, 5/16, 1/16 on the row below (left, under, right).
void diffuse(std::vector<int>& here, std::vector<int>& below, int x, int width, int error) {
    const auto at = [](int i) {
        return static_cast<std::size_t>(i);
    };
    if (x + 1 < width)
        here[at(x + 1)] += error * 7 / 16;
    if (x > 0)
        below[at(x - 1)] += error * 3 / 16;
    below[at(x)] += error * 5 / 16;
    if (x + 1 < width)
        below[at(x + 1)] += error / 16;
}

Result<void> check(const Picture& picture) {
    const bool sized = picture.width > 0 && picture.height > 0 &&
                       picture.pixels.size() == static_cast<std::size_t>(picture.width) *
                                                    static_cast<std::size_t>(picture.height);
    if (!sized)
        return fail("printer.bad_picture",
                    "a picture of " + std::to_string(picture.width) + " × " +
                        std::to_string(picture.height) + " has " +
                        std::to_string(picture.pixels.size()) + " pixels",
                    "Hình trong phiếu in bị lỗi kích thước, không in được.");
    return {};
}

QImage as_image(const Picture& picture) {
    QImage image(picture.width, picture.height, QImage::Format_Grayscale8);
    for (int y = 0; y < picture.height; ++y)
        std::copy_n(picture.pixels.begin() + static_cast<std::ptrdiff_t>(y) * picture.width,
                    picture.width, image.scanLine(y));
    return image;
}

} // namespace

QImage floyd_steinberg(const QImage& grey) {
    const QImage source = grey.convertToFormat(QImage::Format_Grayscale8);
    const int width = source.width();
    QImage out(source.size(), QImage::Format_Grayscale8);
    std::vector<int> here(static_cast<std::size_t>(width));
    std::vector<int> below(static_cast<std::size_t>(width), 0);
    for (int y = 0; y < source.height(); ++y) {
        const std::uint8_t* in = source.constScanLine(y);
        here.swap(below);
        std::fill(below.begin(), below.end(), 0);
        std::uint8_t* row = out.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const int wanted = in[x] + here[static_cast<std::size_t>(x)];
            const int printed = wanted < 128 ? 0 : 255;
            row[x] = static_cast<std::uint8_t>(printed);
            diffuse(here, below, x, width, wanted - printed);
        }
    }
    return out;
}

Result<QImage> picture_dots(const Picture& picture, int paper_dots) {
    if (auto checked = check(picture); !checked)
        return fail(checked.error());
    const int percent = std::clamp(picture.max_width_percent, 1, 100);
    const int widest = std::max(1, paper_dots * percent / 100);
    QImage image = as_image(picture);
    if (image.width() > widest) {
        // At least one row: a very wide, flat picture must not vanish.
        const auto height = std::max<long>(
            1, std::lround(static_cast<double>(image.height()) * widest / image.width()));
        image = image
                    .scaled(widest, static_cast<int>(height), Qt::IgnoreAspectRatio,
                            Qt::SmoothTransformation)
                    .convertToFormat(QImage::Format_Grayscale8);
    }
    return floyd_steinberg(image);
}

} // namespace ocop::drivers
