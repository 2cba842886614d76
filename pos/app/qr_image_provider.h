#pragma once

#include <QQuickImageProvider>

namespace ocop::app {

// "image://qr/<payload, percent-encoded>": a QR code drawn with square
// modules and a quiet zone, for the VietQR transfer on both screens.
class QrImageProvider : public QQuickImageProvider {
public:
    QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
    QImage requestImage(const QString& id, QSize* size, const QSize& requested) override;
};

} // namespace ocop::app
