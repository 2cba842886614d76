#pragma once

#include "common/error.h"

#include <QImage>

#include <cstdint>
#include <filesystem>

namespace ocop::drivers {

// A greyscale picture as the barcode decoder reads it: one byte of luminance
// per pixel (0 black, 255 white), rows `stride` bytes apart. It does not own
// the bytes: whoever made it keeps them alive while it is used.
struct LumaView {
    const std::uint8_t* data = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0; // bytes from the start of one row to the next; at least width

    bool empty() const { return data == nullptr || width <= 0 || height <= 0; }
};

// Pictures that own their luminance are QImages in Format_Grayscale8: Qt
// loads, scales and paints them, and their rows are already what LumaView
// describes.

// `picture` in any format as greyscale (Format_Grayscale8), with Qt's own
// weights; a picture already in that format is shared, not copied.
QImage luminance_of(const QImage& picture);

// A view of a Format_Grayscale8 image; empty for a null image or any other
// format.
LumaView view_of(const QImage& grey);

// A greyscale image that reads the bytes of `view` in place (no copy): valid
// only while they are.
QImage image_over(LumaView view);

// Loads a PNG, JPEG (or any format Qt reads) as greyscale.
// scanner.image_unreadable when the file is missing or not a picture.
Result<QImage> load_luminance(const std::filesystem::path& file);

} // namespace ocop::drivers
