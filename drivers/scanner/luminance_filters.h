#pragma once

#include <QImage>
#include <QTransform>

namespace ocop::drivers {

// A picture made from the one being decoded, for one more attempt at it, and
// the way back: where a point found in `grey` lies in the original, so that a
// code's corners can be reported in the caller's pixels whatever was done.
struct WorkImage {
    QImage grey;            // Format_Grayscale8
    QTransform to_original; // grey's pixel coordinates -> the original's
};

// The original itself (shared, not copied).
WorkImage work_image(const QImage& grey);

// Geometry. Scaling is smooth (area-averaging when shrinking), which is what
// makes a blurred or oversized code readable again at a smaller size.
WorkImage scaled_by(const WorkImage& image, double factor);
WorkImage scaled_to_long_side(const WorkImage& image, int long_side);
// A white border of an eighth of the long side: a code cut off at the edge
// of a picture has no quiet zone, which linear readers need to find its ends.
WorkImage with_quiet_zone(const WorkImage& image);
// Turned clockwise about the centre onto a larger white canvas.
WorkImage rotated_by(const WorkImage& image, double degrees);

// Tone. None of these moves a pixel.
// Maps the 1st..99th percentile of brightness onto 0..255 (washed-out or
// dark pictures); unchanged when the picture is flat.
WorkImage contrast_stretched(const WorkImage& image);
// Unsharp mask: twice the pixel minus the mean of its 3×3 neighbourhood
// (soft edges from focus blur or motion).
WorkImage sharpened(const WorkImage& image);
// Light codes on dark backgrounds: ZXing 1.4 looks for dark modules only.
WorkImage inverted(const WorkImage& image);

} // namespace ocop::drivers
