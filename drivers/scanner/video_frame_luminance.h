#pragma once

#include "common/error.h"

#include <QImage>
#include <QVideoFrame>

namespace ocop::drivers {

// The brightness of a video frame as a greyscale picture (Format_Grayscale8,
// the frame's size), for the barcode decoder.
//
// YUV frames, which is what cameras deliver (NV12, NV21, YUV420P, YV12,
// YUV422P, IMC1-4, YUYV, UYVY, AYUV, Y8, and the 10/16-bit P010, P016, Y16,
// YUV420P10), give their Y samples as they are: no colour conversion. RGB
// frames are weighted as ZXing weighs them (0.299 R + 0.587 G + 0.114 B).
// Anything else (JPEG from some webcams) goes through QVideoFrame::toImage.
// scanner.frame_unreadable when the frame cannot be mapped or converted.
Result<QImage> luminance_of(const QVideoFrame& frame);

} // namespace ocop::drivers
