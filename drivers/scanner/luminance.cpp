#include "drivers/scanner/luminance.h"

#include <QImageReader>

#include <string>

namespace ocop::drivers {

QImage luminance_of(const QImage& picture) {
    if (picture.format() == QImage::Format_Grayscale8)
        return picture;
    return picture.convertToFormat(QImage::Format_Grayscale8);
}

LumaView view_of(const QImage& grey) {
    if (grey.isNull() || grey.format() != QImage::Format_Grayscale8)
        return {};
    return {grey.constBits(), grey.width(), grey.height(), static_cast<int>(grey.bytesPerLine())};
}

QImage image_over(LumaView view) {
    if (view.empty())
        return {};
    return QImage(view.data, view.width, view.height, view.stride, QImage::Format_Grayscale8);
}

Result<QImage> load_luminance(const std::filesystem::path& file) {
    QImageReader reader(QString::fromStdString(file.string()));
    // Photos from phones are stored sideways with an EXIF note; ZXing turns
    // codes itself, but the position it reports should match what people see.
    reader.setAutoTransform(true);
    const QImage picture = reader.read();
    if (picture.isNull())
        return fail("scanner.image_unreadable",
                    "cannot read the picture " + file.string() + ": " +
                        reader.errorString().toStdString(),
                    "Không đọc được ảnh " + file.string() + ".");
    return luminance_of(picture);
}

} // namespace ocop::drivers
