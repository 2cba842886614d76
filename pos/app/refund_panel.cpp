#include "pos/app/refund_panel.h"

#include "pos/app/display_format.h"
#include "pos/app/print_monitor.h"
#include "pos/app/session.h"
#include "pos/checkout.h"
#include "pos/settings.h"

#include <QDate>
#include <QVariantMap>

namespace ocop::app {

RefundPanel::RefundPanel(TerminalCore& core, Session& session, PrintMonitor& printer,
                         QObject* parent)
    : QAbstractListModel(parent), core_(core), session_(session), printer_(printer) {}

bool RefundPanel::report(const Error& error) {
    emit failed(to_qstring(error.code), core_.message(error));
    return false;
}

int RefundPanel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(choices_.size());
}

QHash<int, QByteArray> RefundPanel::roleNames() const {
    return {{LineNoRole, "lineNo"},         {NameRole, "name"},     {SoldRole, "sold"},
            {RefundableRole, "refundable"}, {ChosenRole, "chosen"}, {AmountRole, "amount"}};
}

QVariant RefundPanel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Choice& choice = choices_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case LineNoRole:
        return choice.line.sold.line_no;
    case NameRole:
        return to_qstring(choice.line.sold.name);
    case SoldRole:
        return quantity_text(choice.line.sold.quantity);
    case RefundableRole:
        return quantity_text(choice.line.left());
    case ChosenRole:
        return choice.chosen ? quantity_text(choice.quantity) : QString();
    case AmountRole:
        return money_text(choice.line.left_amount());
    default:
        return {};
    }
}

QString RefundPanel::receiptNo() const {
    return sale_ ? to_qstring(sale_->receipt_no) : QString();
}

QString RefundPanel::soldAt() const {
    return sale_ ? display_time_text(sale_->created_at) : QString();
}

QString RefundPanel::saleTotalText() const {
    return sale_ ? money_text(sale_->total) : QString();
}

bool RefundPanel::anySelected() const {
    return std::any_of(choices_.begin(), choices_.end(), [](const Choice& c) { return c.chosen; });
}

// What the chosen lines give back, by the rule pos::refund_sale applies.
pos::Money RefundPanel::refund_estimate() const {
    pos::Money total;
    for (const Choice& choice : choices_)
        if (choice.chosen)
            total += choice.line.share_of(choice.quantity).amount();
    return total;
}

QString RefundPanel::refundTotalText() const {
    return money_text(refund_estimate());
}

bool RefundPanel::find(const QString& text) {
    auto lookup_url = pos::get_setting(*core_.db, "receipt.lookup_url");
    const std::string url = lookup_url && *lookup_url ? **lookup_url : std::string();
    const auto reference = pos::sale_reference_from_scan(to_std(text.trimmed()), url);
    auto sale = pos::load_sale(*core_.db, reference.value_or(to_std(text.trimmed())));
    if (!sale)
        return report(sale.error());
    auto lines = pos::refundable_lines(*core_.db, *sale);
    if (!lines)
        return report(lines.error());
    beginResetModel();
    sale_ = std::move(*sale);
    choices_.clear();
    for (auto& line : *lines)
        choices_.push_back({std::move(line), false, {}});
    endResetModel();
    emit saleChanged();
    emit selectionChanged();
    return true;
}

bool RefundPanel::listDay(const QString& date) {
    const QString today = to_qstring(pos::local_date(core_.clock.now()));
    QDate day = QDate::fromString(date.isEmpty() ? today : date, Qt::ISODate);
    if (!day.isValid())
        day = QDate::fromString(date, "dd/MM/yyyy");
    if (!day.isValid()) {
        return report(Error{"refund.bad_date", "the date is not dd/MM/yyyy",
                            "Ngày phải có dạng ngày/tháng/năm, ví dụ 29/11/2026."});
    }
    const std::string iso = to_std(day.toString(Qt::ISODate));
    auto sales = pos::list_sales(*core_.db, {iso, iso});
    if (!sales)
        return report(sales.error());
    day_sales_.clear();
    for (const auto& sale : *sales) {
        if (sale.kind != "sale")
            continue;
        day_sales_.append(QVariantMap{{"receiptNo", to_qstring(sale.receipt_no)},
                                      {"time", display_time_text(sale.created_at)},
                                      {"totalText", money_text(sale.total)}});
    }
    emit daySalesChanged();
    return true;
}

void RefundPanel::choose(int row, bool chosen) {
    if (row < 0 || row >= rowCount())
        return;
    Choice& choice = choices_[static_cast<std::size_t>(row)];
    choice.chosen = chosen && choice.line.left().milli > 0;
    choice.quantity = choice.chosen ? choice.line.left() : pos::Quantity{};
    emit dataChanged(index(row), index(row));
    emit selectionChanged();
}

void RefundPanel::chooseAll() {
    for (int row = 0; row < rowCount(); ++row)
        choose(row, true);
}

bool RefundPanel::setQuantity(int row, const QString& quantity) {
    if (row < 0 || row >= rowCount())
        return false;
    auto parsed = pos::parse_quantity(to_std(quantity.trimmed()));
    if (!parsed)
        return report(parsed.error());
    Choice& choice = choices_[static_cast<std::size_t>(row)];
    if (*parsed > choice.line.left()) {
        return report(Error{"refund.too_much", "more than is left to refund on the line",
                            "Số lượng trả vượt quá số còn có thể trả của dòng này."});
    }
    choice.chosen = true;
    choice.quantity = *parsed;
    emit dataChanged(index(row), index(row));
    emit selectionChanged();
    return true;
}

bool RefundPanel::complete(const QString& manager, const QString& pin, const QString& reason,
                           const QString& payout) {
    if (!sale_ || !anySelected() || !core_.user)
        return false;
    auto approval = session_.approve(manager, pin, reason);
    if (!approval)
        return report(approval.error());
    pos::RefundRequest request{sale_->id, {}, pos::PaymentMethod::Cash, {}};
    for (const Choice& choice : choices_)
        if (choice.chosen)
            request.lines.push_back({choice.line.sold.line_no, choice.quantity});
    request.payout = pos::method_from_code(to_std(payout)).value_or(pos::PaymentMethod::Cash);
    auto refund = pos::refund_with_receipt(core_.till, request, *core_.user, *approval, false);
    if (!refund)
        return report(refund.error());
    emit completed(to_qstring(refund->receipt_no), money_text(-refund->total));
    printer_.print_receipt_of(refund->id, refund->receipt_no);
    reset();
    return true;
}

void RefundPanel::reset() {
    beginResetModel();
    sale_.reset();
    choices_.clear();
    endResetModel();
    emit saleChanged();
    emit selectionChanged();
}

} // namespace ocop::app
