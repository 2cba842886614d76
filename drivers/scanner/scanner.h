#pragma once

#include "drivers/scanner/scan.h"

#include <QObject>
#include <QString>

namespace ocop::drivers {

// What every scanner is to the terminal: something that says "scanned"
// with a Scan, and says when it becomes unavailable or comes back.
class Scanner : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void scanned(const ocop::drivers::Scan& scan);
    // Human-readable, English, for logs and the settings screen.
    void statusChanged(const QString& status);
};

} // namespace ocop::drivers

Q_DECLARE_METATYPE(ocop::drivers::Scan)
