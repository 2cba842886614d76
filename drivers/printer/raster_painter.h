#pragma once

// A laid-out document drawn as printer dots: QPainter into a greyscale
// image exactly the paper's width, then one bit a dot.

#include "drivers/printer/layout.h"
#include "drivers/printer/receipt_printer.h"

#include <QImage>

namespace ocop::drivers {

// White paper with the layout's fills, images and text in black (white on
// the fills for inverted text). Grayscale8, layout.width × layout.height;
// a null image when the layout is empty.
QImage paint_layout(const Layout& layout);

// Black where a pixel is darker than mid-grey. Text is drawn without
// anti-aliasing and images are already dithered, so the threshold only
// decides pixels that are already black or white.
Raster to_raster(const QImage& grey);

// The raster as a 1-bit image (index 0 white, 1 black) that remembers its
// resolution, for PNG files that print at their real size.
QImage paper_image(const Raster& raster, int dpi);

} // namespace ocop::drivers
