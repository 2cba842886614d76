#pragma once

#include "drivers/scanner/image_decoder.h"
#include "drivers/scanner/scanner.h"

#include <QPointer>
#include <QString>
#include <QThread>
#include <QVideoFrame>
#include <QVideoSink>

#include <atomic>
#include <chrono>
#include <optional>
#include <string>

namespace ocop::drivers {

// Reads codes from a camera's video frames, as a Scanner: one scanned(Scan)
// per code shown, with source Camera and the symbology ZXing names.
//
// In QML, give it the sink of the VideoOutput that shows the camera:
//     CameraScanner { videoSink: viewfinder.videoSink; active: page.visible }
// (pos/app registers the type). No camera is needed to drive it: anything
// that calls QVideoSink::setVideoFrame will do.
//
// Threads: frames arrive on whatever thread the sink is fed from and are only
// looked at there — if the decoding thread is busy the frame is dropped, so
// the preview never waits for the decoder. Otherwise the frame (shared, not
// copied) goes to the scanner's own worker thread, which takes its luminance
// and decodes it with camera_budget(). The outcome comes back to the thread
// the scanner lives in (the GUI thread), where repeats are folded and
// scanned() is emitted.
//
// Repeats: a code held in front of the camera is read on frame after frame.
// The same text counts once until it has been out of sight for repeatWindow
// milliseconds (default 1500); every sighting restarts the window. A
// different code is emitted at once.
class CameraScanner : public Scanner {
    Q_OBJECT
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString lastText READ lastText NOTIFY lastTextChanged)
    Q_PROPERTY(int repeatWindow READ repeatWindow WRITE setRepeatWindow NOTIFY repeatWindowChanged)
    Q_PROPERTY(int framesDecoded READ framesDecoded NOTIFY framesDecodedChanged)
    Q_PROPERTY(int framesDropped READ framesDropped NOTIFY framesDecodedChanged)

public:
    explicit CameraScanner(QObject* parent = nullptr);
    CameraScanner(ImageDecoder decoder, DecodeBudget budget, QObject* parent = nullptr);
    ~CameraScanner() override;

    QVideoSink* videoSink() const { return sink_; }
    // Listens to this sink's frames instead of the previous one's; nullptr: none.
    void setVideoSink(QVideoSink* sink);

    // While inactive, frames are ignored (nothing is decoded). Active by default.
    bool isActive() const { return active_.load(); }
    void setActive(bool active);

    // The text of the latest code emitted, "" before the first.
    QString lastText() const { return last_text_; }

    int repeatWindow() const { return static_cast<int>(repeat_window_.count()); }
    void setRepeatWindow(int milliseconds);

    // Frames decoded (with or without a code), and frames dropped because
    // the worker was busy: how the settings screen tells a slow machine.
    // Both are re-read on framesDecodedChanged.
    int framesDecoded() const { return frames_decoded_; }
    int framesDropped() const { return frames_dropped_.load(); }

signals:
    void videoSinkChanged();
    void activeChanged();
    void lastTextChanged();
    void repeatWindowChanged();
    // After every decoded frame, whether or not it held a code.
    void framesDecodedChanged();

private:
    // What one frame gave: a code, nothing, or why it could not be read.
    using Outcome = Result<std::optional<DecodedCode>>;

    void on_frame(const QVideoFrame& frame); // any thread
    void decode(const QVideoFrame& frame);   // the worker thread
    void deliver(const Outcome& outcome);    // this object's thread
    void set_status(const QString& status);
    bool is_repeat(const std::string& text, std::chrono::steady_clock::time_point now);

    const ImageDecoder decoder_;
    const DecodeBudget budget_;
    QThread thread_;
    QObject* worker_ = nullptr; // lives in thread_; decoding runs in its context
    QPointer<QVideoSink> sink_;
    QMetaObject::Connection frames_;

    std::atomic<bool> active_{true};
    std::atomic<bool> busy_{false}; // a frame is on its way to or in the worker
    std::atomic<int> frames_dropped_{0};
    int frames_decoded_ = 0;

    std::chrono::milliseconds repeat_window_{1500};
    std::string last_code_; // the latest code seen, emitted or folded
    std::chrono::steady_clock::time_point last_seen_;
    QString last_text_;
    QString status_;
};

} // namespace ocop::drivers
