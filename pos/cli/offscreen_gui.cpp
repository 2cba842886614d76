#include "pos/cli/offscreen_gui.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

namespace ocop::cli {

namespace {
// QGuiApplication keeps references to argc and argv for its lifetime.
int g_argc = 1;
char g_name[] = "ocop";
char* g_argv[] = {g_name, nullptr};
} // namespace

OffscreenGui::OffscreenGui() {
    if (QGuiApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt wants a runtime folder and complains on stderr when a service or an
    // SSH session has none; a private one in /tmp is what it would use anyway.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString folder = QDir::tempPath() + "/runtime-" + QString::number(getuid());
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", folder.toLocal8Bit());
    }
    application_ = std::make_unique<QGuiApplication>(g_argc, g_argv);
}

OffscreenGui::~OffscreenGui() = default;

} // namespace ocop::cli
