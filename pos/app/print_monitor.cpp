#include "pos/app/print_monitor.h"

#include "pos/app/display_format.h"
#include "pos/checkout.h"
#include "pos/printing.h"

#include <QCoreApplication>

namespace ocop::app {

// Prints jobs on its own thread with its own connection to the terminal's
// database (a SQLite connection belongs to one thread), so following a job
// for up to printer timeout seconds never freezes the screen.
class PrintWorker : public QObject {
    Q_OBJECT
public:
    PrintWorker(std::filesystem::path database, const pos::Clock& clock)
        : database_(std::move(database)), clock_(clock) {}

    void print(qint64 id) {
        const auto outcome = run(id);
        if (!outcome) {
            emit finished(id, QStringLiteral("failed"), to_qstring(outcome.error().code),
                          to_qstring(outcome.error().message_vi));
            return;
        }
        emit finished(id, to_qstring(outcome->status), to_qstring(outcome->error_code),
                      to_qstring(outcome->error_vi));
    }

signals:
    void finished(qint64 id, const QString& status, const QString& code, const QString& why);

private:
    Result<pos::PrintJob> run(std::int64_t id) {
        if (!db_) {
            auto connection = db::Connection::open(database_);
            if (!connection)
                return fail(connection.error());
            db_ = std::make_unique<db::Connection>(std::move(*connection));
        }
        // Read each time: a printer chosen in the settings applies at once.
        auto printer = pos::printer_settings(*db_);
        if (!printer)
            return fail(printer.error());
        return pos::print_job(*db_, clock_, id, *printer);
    }

    std::filesystem::path database_;
    const pos::Clock& clock_;
    std::unique_ptr<db::Connection> db_;
};

PrintMonitor::PrintMonitor(TerminalCore& core, const std::filesystem::path& database,
                           QObject* parent)
    : Panel(core, parent), worker_(new PrintWorker(database, core.clock)) {
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(this, &PrintMonitor::startJob, worker_, &PrintWorker::print);
    connect(worker_, &PrintWorker::finished, this, &PrintMonitor::on_finished);
    thread_.start();
}

PrintMonitor::~PrintMonitor() {
    thread_.quit();
    thread_.wait();
}

int PrintMonitor::unfinishedJobs() const {
    auto jobs = pos::unfinished_print_jobs(*core_.db);
    return jobs ? static_cast<int>(jobs->size()) : 0;
}

void PrintMonitor::start(std::int64_t id, const QString& receipt_no) {
    job_id_ = id;
    receipt_no_ = receipt_no;
    state_ = QStringLiteral("printing");
    message_.clear();
    error_code_.clear();
    ++in_flight_;
    emit stateChanged();
    emit startJob(id);
}

void PrintMonitor::on_finished(qint64 id, const QString& status, const QString& code,
                               const QString& why) {
    --in_flight_;
    if (id == job_id_) {
        state_ = status == QLatin1String("printed") ? status : QStringLiteral("failed");
        error_code_ = code;
        message_ = why;
    }
    emit stateChanged();
}

void PrintMonitor::print_receipt_of(const std::string& sale_id, const std::string& receipt_no) {
    sale_id_ = sale_id;
    auto job = pos::receipt_job_of(*core_.db, sale_id);
    if (!job) {
        report(job.error());
        return;
    }
    if (!*job) // no printer configured and none asked for: nothing to print
        return;
    start(**job, to_qstring(receipt_no));
}

void PrintMonitor::print_shift_report(const std::string& shift_id) {
    enqueue_and_print(static_cast<int>(pos::PrintDocument::ShiftReport), shift_id, false);
}

bool PrintMonitor::enqueue_and_print(int document, const std::string& reference, bool copy) {
    auto id = pos::enqueue_print(*core_.db, core_.clock, static_cast<pos::PrintDocument>(document),
                                 reference, copy, false);
    if (!id)
        return report(id.error());
    start(*id, receipt_no_);
    return true;
}

bool PrintMonitor::reprint() {
    if (sale_id_.empty())
        return false;
    return enqueue_and_print(static_cast<int>(pos::PrintDocument::SaleReceipt), sale_id_, true);
}

bool PrintMonitor::retry() {
    if (job_id_ == 0)
        return false;
    start(job_id_, receipt_no_);
    return true;
}

bool PrintMonitor::testPrint() {
    return enqueue_and_print(static_cast<int>(pos::PrintDocument::TestPage), "test", false);
}

void PrintMonitor::retryAll() {
    auto jobs = pos::unfinished_print_jobs(*core_.db);
    if (!jobs) {
        report(jobs.error());
        return;
    }
    if (busy()) // a job in flight is followed by its own request
        return;
    for (const auto& job : *jobs)
        start(job.id, receipt_no_);
}

void PrintMonitor::wait_idle() {
    while (in_flight_ > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace ocop::app

#include "print_monitor.moc"
