#pragma once

#include "common/error.h"
#include "pos/app/terminal_core.h"

#include <QObject>
#include <QString>

namespace ocop::app {

// The base of every bridge object: it works on the terminal's core and says
// what went wrong with failed(code, message) — the message in the screen's
// language, the code for the technician — which the terminal gathers into
// one place on screen. An invokable that can fail returns false after
// reporting, so QML can stay where it is.
class Panel : public QObject {
    Q_OBJECT
public:
    Panel(TerminalCore& core, QObject* parent) : QObject(parent), core_(core) {}

signals:
    void failed(const QString& code, const QString& message);

protected:
    bool report(const Error& error) {
        emit failed(QString::fromStdString(error.code), core_.message(error));
        return false;
    }

    TerminalCore& core_;
};

} // namespace ocop::app
