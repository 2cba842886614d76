#include "pos/app/qr_image_provider.h"

#include "drivers/printer/qr_code.h"

#include <QPainter>
#include <QUrl>

namespace ocop::app {

namespace {
constexpr int kQuietModules = 4; // the quiet zone the QR standard asks for
}

QImage QrImageProvider::requestImage(const QString& id, QSize* size, const QSize& requested) {
    const QByteArray payload = QUrl::fromPercentEncoding(id.toUtf8()).toUtf8();
    auto matrix = drivers::encode_qr(
        std::string_view(payload.constData(), static_cast<std::size_t>(payload.size())));
    const int side = requested.width() > 0 ? requested.width() : 400;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (matrix) {
        const int modules = matrix->size + 2 * kQuietModules;
        const int scale = std::max(1, side / modules);
        const int offset = (side - matrix->size * scale) / 2;
        QPainter painter(&image);
        for (int y = 0; y < matrix->size; ++y)
            for (int x = 0; x < matrix->size; ++x)
                if (matrix->at(x, y))
                    painter.fillRect(offset + x * scale, offset + y * scale, scale, scale,
                                     Qt::black);
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace ocop::app
