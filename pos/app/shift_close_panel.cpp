#include "pos/app/shift_close_panel.h"

#include "pos/app/display_format.h"
#include "pos/app/print_monitor.h"
#include "pos/app/session.h"
#include "pos/cash.h"

namespace ocop::app {

ShiftClosePanel::ShiftClosePanel(TerminalCore& core, Session& session, PrintMonitor& printer,
                                 QObject* parent)
    : QAbstractListModel(parent), core_(core), session_(session), printer_(printer) {
    for (const pos::Money denomination : pos::banknote_denominations())
        count_.emplace_back(denomination, 0);
}

bool ShiftClosePanel::report(const Error& error) {
    emit failed(to_qstring(error.code), core_.message(error));
    return false;
}

int ShiftClosePanel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(count_.size());
}

QHash<int, QByteArray> ShiftClosePanel::roleNames() const {
    return {{DenominationRole, "denomination"}, {PiecesRole, "pieces"}, {SubtotalRole, "subtotal"}};
}

QVariant ShiftClosePanel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& [denomination, pieces] = count_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DenominationRole:
        return to_qstring(pos::format_amount(denomination));
    case PiecesRole:
        return pieces;
    case SubtotalRole:
        return money_text({denomination.dong * pieces});
    default:
        return {};
    }
}

pos::Money ShiftClosePanel::counted() const {
    return pos::cash_total({count_}).value_or(pos::Money{});
}

QString ShiftClosePanel::countedText() const {
    return money_text(counted());
}

QString ShiftClosePanel::expectedText() const {
    return summary_ ? money_text(summary_->expected_cash) : QString();
}

qint64 ShiftClosePanel::varianceDong() const {
    return summary_ ? (counted() - summary_->expected_cash).dong : 0;
}

QString ShiftClosePanel::varianceText() const {
    return summary_ ? money_text({varianceDong()}) : QString();
}

int ShiftClosePanel::salesCount() const {
    return summary_ ? static_cast<int>(summary_->sales_count) : 0;
}

int ShiftClosePanel::refundsCount() const {
    return summary_ ? static_cast<int>(summary_->refunds_count) : 0;
}

QString ShiftClosePanel::salesTotalText() const {
    return summary_ ? money_text(summary_->sales_total) : QString();
}

QString ShiftClosePanel::refundsTotalText() const {
    return summary_ ? money_text(summary_->refunds_total) : QString();
}

QString ShiftClosePanel::openingFloatText() const {
    return summary_ ? money_text(summary_->shift.opening_float) : QString();
}

QString ShiftClosePanel::cashText() const {
    return summary_ ? money_text(summary_->cash) : QString();
}

QString ShiftClosePanel::vietQrText() const {
    return summary_ ? money_text(summary_->vietqr) : QString();
}

QString ShiftClosePanel::cardText() const {
    return summary_ ? money_text(summary_->card) : QString();
}

void ShiftClosePanel::refresh() {
    session_.refresh();
    summary_.reset();
    if (const auto& shift = session_.shift()) {
        auto summary = pos::shift_summary(*core_.db, shift->id);
        if (summary)
            summary_ = std::move(*summary);
        else
            report(summary.error());
    }
    emit changed();
}

bool ShiftClosePanel::setPieces(int row, int pieces) {
    if (row < 0 || row >= rowCount())
        return false;
    if (pieces < 0) {
        return report(
            Error{"cash.negative_pieces", "a count cannot be negative", "Số tờ không được âm."});
    }
    count_[static_cast<std::size_t>(row)].second = pieces;
    emit dataChanged(index(row), index(row));
    emit changed();
    return true;
}

bool ShiftClosePanel::printX() {
    const auto& shift = session_.shift();
    if (!shift)
        return false;
    printer_.print_shift_report(shift->id);
    return true;
}

bool ShiftClosePanel::close(const QString& manager, const QString& pin) {
    auto approval = session_.approve(manager, pin, QStringLiteral("Z"));
    if (!approval)
        return report(approval.error());
    auto closed_summary = pos::close_shift(core_.till, *approval, counted());
    if (!closed_summary)
        return report(closed_summary.error());
    const QString variance = money_text(closed_summary->variance());
    printer_.print_shift_report(closed_summary->shift.id);
    for (auto& entry : count_)
        entry.second = 0;
    emit dataChanged(index(0), index(rowCount() - 1));
    summary_ = std::move(*closed_summary);
    session_.refresh();
    emit changed();
    emit closed(variance);
    return true;
}

} // namespace ocop::app
