#pragma once

#include <memory>

class QGuiApplication;

namespace ocop::cli {

// Commands that draw (stamp sheets, receipts) need a QGuiApplication for
// fonts, but the `ocop` command runs on servers and over SSH with no display:
// this makes one on Qt's offscreen platform for as long as it lives, unless
// the process already has one.
class OffscreenGui {
public:
    OffscreenGui();
    OffscreenGui(const OffscreenGui&) = delete;
    OffscreenGui& operator=(const OffscreenGui&) = delete;
    ~OffscreenGui();

private:
    std::unique_ptr<QGuiApplication> application_;
};

} // namespace ocop::cli
