#pragma once

// Pictures on a thermal head, which has only black and white dots: scaled
// to the paper and dithered, so that greys survive as patterns.

#include "common/error.h"
#include "drivers/printer/document.h"

#include <QImage>

namespace ocop::drivers {

// Floyd–Steinberg error diffusion of a Grayscale8 image: every pixel of the
// result is 0 (black) or 255 (white).
QImage floyd_steinberg(const QImage& grey);

// A Picture block as it prints on paper `paper_dots` wide: no wider than
// its max_width_percent of the paper (never enlarged), in proportion,
// dithered. printer.bad_picture when its pixels do not match its size.
Result<QImage> picture_dots(const Picture& picture, int paper_dots);

} // namespace ocop::drivers
