#include "drivers/scanner/camera_scanner.h"

#include "drivers/scanner/luminance.h"
#include "drivers/scanner/video_frame_luminance.h"

#include <algorithm>
#include <utility>

namespace ocop::drivers {

CameraScanner::CameraScanner(QObject* parent)
    : CameraScanner(ImageDecoder(), camera_budget(), parent) {}

CameraScanner::CameraScanner(ImageDecoder decoder, DecodeBudget budget, QObject* parent)
    : Scanner(parent), decoder_(std::move(decoder)), budget_(budget), worker_(new QObject) {
    thread_.setObjectName(QStringLiteral("camera decoder"));
    worker_->moveToThread(&thread_);
    thread_.start();
}

CameraScanner::~CameraScanner() {
    // Frames fed from another thread must have stopped (the camera and the
    // scanner go away together with their page): a delivery already under way
    // on that thread is not waited for by disconnect().
    disconnect(frames_);
    // A decode under way finishes (within the camera budget); frames still
    // queued for the worker are dropped with it.
    thread_.quit();
    thread_.wait();
    delete worker_;
}

void CameraScanner::setVideoSink(QVideoSink* sink) {
    if (sink == sink_)
        return;
    disconnect(frames_);
    sink_ = sink;
    if (sink_) {
        // Direct: the check for a busy worker runs on the thread that
        // delivers the frame, and a dropped frame costs nothing more.
        frames_ = connect(
            sink_, &QVideoSink::videoFrameChanged, this,
            [this](const QVideoFrame& frame) { on_frame(frame); }, Qt::DirectConnection);
    }
    set_status(sink_ ? QStringLiteral("camera: watching video frames")
                     : QStringLiteral("camera: no video sink"));
    emit videoSinkChanged();
}

void CameraScanner::setActive(bool active) {
    if (active_.exchange(active) != active)
        emit activeChanged();
}

void CameraScanner::setRepeatWindow(int milliseconds) {
    const std::chrono::milliseconds window(std::max(0, milliseconds));
    if (window == repeat_window_)
        return;
    repeat_window_ = window;
    emit repeatWindowChanged();
}

void CameraScanner::on_frame(const QVideoFrame& frame) {
    if (!active_.load() || !frame.isValid())
        return;
    if (busy_.exchange(true)) {
        frames_dropped_.fetch_add(1);
        return;
    }
    QMetaObject::invokeMethod(
        worker_, [this, frame] { decode(frame); }, Qt::QueuedConnection);
}

void CameraScanner::decode(const QVideoFrame& frame) {
    const auto grey = luminance_of(frame);
    Outcome outcome = grey ? Outcome(decoder_.decode(view_of(*grey), budget_).code)
                           : Outcome(std::unexpected(grey.error()));
    // Free before the result is handed over: the next frame may start while
    // the GUI thread is still busy with this one's.
    busy_.store(false);
    QMetaObject::invokeMethod(
        this, [this, outcome = std::move(outcome)] { deliver(outcome); }, Qt::QueuedConnection);
}

void CameraScanner::deliver(const Outcome& outcome) {
    ++frames_decoded_;
    emit framesDecodedChanged();
    // A camera whose frames cannot be read says so once, not thirty times a
    // second, and says when they can be read again.
    if (!outcome)
        set_status(QStringLiteral("camera: ") + QString::fromStdString(outcome.error().log_line()));
    else if (sink_)
        set_status(QStringLiteral("camera: watching video frames"));
    if (!outcome || !*outcome)
        return;
    const DecodedCode& code = **outcome;
    if (is_repeat(code.text, std::chrono::steady_clock::now()))
        return;
    last_text_ = QString::fromStdString(code.text);
    emit lastTextChanged();
    emit scanned(
        Scan{code.text, code.format, ScanSource::Camera, std::chrono::system_clock::now()});
}

void CameraScanner::set_status(const QString& status) {
    if (status == status_)
        return;
    status_ = status;
    emit statusChanged(status_);
}

bool CameraScanner::is_repeat(const std::string& text, std::chrono::steady_clock::time_point now) {
    const bool repeat = text == last_code_ && now - last_seen_ < repeat_window_;
    last_code_ = text;
    last_seen_ = now;
    return repeat;
}

} // namespace ocop::drivers
