#pragma once

#include "pos/app/panel.h"

#include <QString>
#include <QThread>

#include <cstdint>
#include <filesystem>

namespace ocop::app {

class PrintWorker;

// Receipts on their way to the printer, off the screen's thread: a sale is
// committed with its receipt's job, then the job is printed here while the
// cashier already scans the next sale. The state of the latest job is shown
// on screen (printing, printed, or why not), with reprint and retry.
class PrintMonitor : public Panel {
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged) // idle, printing, printed, failed
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY stateChanged)
    Q_PROPERTY(QString receiptNo READ receiptNo NOTIFY stateChanged)
    Q_PROPERTY(int unfinishedJobs READ unfinishedJobs NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
public:
    PrintMonitor(TerminalCore& core, const std::filesystem::path& database, QObject* parent);
    ~PrintMonitor() override;

    QString state() const { return state_; }
    QString message() const { return message_; }
    QString errorCode() const { return error_code_; }
    QString receiptNo() const { return receipt_no_; }
    int unfinishedJobs() const;
    bool busy() const { return in_flight_ > 0; }

    // The receipt of a sale just committed (its job was queued with it).
    void print_receipt_of(const std::string& sale_id, const std::string& receipt_no);
    // The X or Z report of a shift.
    void print_shift_report(const std::string& shift_id);

    Q_INVOKABLE bool reprint();   // the latest receipt again, marked BẢN SAO
    Q_INVOKABLE bool retry();     // the latest job again, after paper was changed
    Q_INVOKABLE bool testPrint(); // a test page, from the settings
    Q_INVOKABLE void retryAll();  // every job left unprinted (a printer came back)

    // Waits until every job handed to the worker has an outcome (tests, exit).
    void wait_idle();

signals:
    void stateChanged();
    void startJob(qint64 id); // to the worker

private:
    void on_finished(qint64 id, const QString& status, const QString& code, const QString& why);
    bool enqueue_and_print(int document, const std::string& reference, bool copy);
    void start(std::int64_t id, const QString& receipt_no);

    QThread thread_;
    PrintWorker* worker_ = nullptr;
    QString state_ = QStringLiteral("idle");
    QString message_;
    QString error_code_;
    QString receipt_no_;
    std::string sale_id_;
    std::int64_t job_id_ = 0;
    int in_flight_ = 0;
};

} // namespace ocop::app
