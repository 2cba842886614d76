#include "pos/app/payment_panel.h"

#include "pos/app/cart_model.h"
#include "pos/app/display_format.h"
#include "pos/app/print_monitor.h"
#include "pos/cash.h"
#include "pos/checkout.h"
#include "pos/vietqr.h"

#include <QVariantMap>

namespace ocop::app {

PaymentPanel::PaymentPanel(TerminalCore& core, CartModel& cart, PrintMonitor& printer,
                           QObject* parent)
    : Panel(core, parent), cart_(cart), printer_(printer) {
    // A scan while the pay screen is open adds to the sale: what is due follows.
    connect(&cart_, &CartModel::totalsChanged, this, &PaymentPanel::changed);
    connect(this, &PaymentPanel::changed, this, &PaymentPanel::update_quick_tenders);
}

pos::Money PaymentPanel::due() const {
    return cart_.cart().totals().total();
}

pos::Money PaymentPanel::paid() const {
    pos::Money sum;
    for (const auto& payment : payments_)
        sum += payment.amount;
    return sum;
}

pos::Money PaymentPanel::remaining() const {
    const pos::Money left = due() - paid();
    return left.dong > 0 ? left : pos::Money{};
}

QString PaymentPanel::dueText() const {
    return money_text(due());
}

QString PaymentPanel::paidText() const {
    return money_text(paid());
}

QString PaymentPanel::remainingText() const {
    return money_text(remaining());
}

QString PaymentPanel::changeText() const {
    auto settlement = pos::settle(due(), payments_);
    return money_text(settlement ? settlement->change : pos::Money{});
}

bool PaymentPanel::canComplete() const {
    return !cart_.cart().empty() && pos::settle(due(), payments_).has_value();
}

QVariantList PaymentPanel::payments() const {
    QVariantList list;
    for (const auto& payment : payments_) {
        const std::string detail =
            payment.method == pos::PaymentMethod::Card ? payment.approval_code : payment.reference;
        list.append(
            QVariantMap{{"method", to_qstring(std::string(pos::method_code(payment.method)))},
                        {"amountText", money_text(payment.amount)},
                        {"detail", to_qstring(detail)}});
    }
    return list;
}

// Only when they differ: the buttons are rebuilt each time QML gets a list.
void PaymentPanel::update_quick_tenders() {
    QVariantList tenders;
    if (remaining().dong > 0) {
        for (const pos::Money amount : pos::quick_tenders(remaining()))
            tenders.append(QVariantMap{{"dong", QVariant::fromValue(amount.dong)},
                                       {"text", to_qstring(pos::format_amount(amount))}});
    }
    if (tenders == quick_tenders_)
        return;
    quick_tenders_ = std::move(tenders);
    emit quickTendersChanged();
}

QString PaymentPanel::vietQrPayload() const {
    return to_qstring(qr_payload_);
}

QString PaymentPanel::vietQrReference() const {
    return to_qstring(qr_reference_);
}

QString PaymentPanel::vietQrAmountText() const {
    return qr_payload_.empty() ? QString() : money_text(qr_amount_);
}

void PaymentPanel::begin() {
    payments_.clear();
    cancelVietQr();
    emit changed();
}

Result<pos::Money> PaymentPanel::amount_or_remaining(const QString& amount) const {
    if (amount.trimmed().isEmpty())
        return remaining();
    return pos::parse_money(to_std(amount));
}

bool PaymentPanel::add(pos::PaymentInput payment) {
    if (payment.amount.dong <= 0) {
        return report(Error{"payment.not_positive", "a payment must be above zero",
                            "Số tiền thanh toán phải lớn hơn 0."});
    }
    payments_.push_back(std::move(payment));
    emit changed();
    return true;
}

bool PaymentPanel::addCash(const QString& amount) {
    auto money = amount_or_remaining(amount);
    if (!money)
        return report(money.error());
    return add({pos::PaymentMethod::Cash, *money, {}, {}});
}

bool PaymentPanel::addCard(const QString& amount, const QString& approvalCode) {
    auto money = amount_or_remaining(amount);
    if (!money)
        return report(money.error());
    if (approvalCode.trimmed().isEmpty()) {
        return report(Error{"payment.card_approval_required",
                            "a card payment needs the approval code from the card terminal",
                            "Nhập mã chuẩn chi in trên phiếu của máy cà thẻ."});
    }
    return add({pos::PaymentMethod::Card, *money, to_std(approvalCode.trimmed()), {}});
}

bool PaymentPanel::startVietQr(const QString& amount) {
    auto money = amount_or_remaining(amount);
    if (!money)
        return report(money.error());
    auto account = pos::store_account(*core_.db);
    if (!account)
        return report(account.error());
    const std::string reference =
        pos::transfer_reference(core_.till.terminal.code, core_.clock.now());
    auto payload = pos::vietqr_payload({*account, *money, reference, pos::QrInitiation::Dynamic});
    if (!payload)
        return report(payload.error());
    qr_payload_ = std::move(*payload);
    qr_reference_ = reference;
    qr_amount_ = *money;
    emit vietQrChanged();
    return true;
}

bool PaymentPanel::confirmVietQr() {
    if (qr_payload_.empty())
        return false;
    pos::PaymentInput payment{pos::PaymentMethod::VietQr, qr_amount_, {}, qr_reference_};
    cancelVietQr();
    return add(std::move(payment));
}

void PaymentPanel::cancelVietQr() {
    qr_payload_.clear();
    qr_reference_.clear();
    qr_amount_ = {};
    emit vietQrChanged();
}

void PaymentPanel::removePayment(int index) {
    if (index < 0 || index >= static_cast<int>(payments_.size()))
        return;
    payments_.erase(payments_.begin() + index);
    emit changed();
}

bool PaymentPanel::complete() {
    if (!core_.user) {
        return report(TerminalCore::not_signed_in());
    }
    auto sale =
        pos::complete_sale_with_receipt(core_.till, cart_.cart(), *core_.user, payments_, false);
    if (!sale)
        return report(sale.error()); // nothing was written: the cart and payments stay
    last_receipt_no_ = to_qstring(sale->receipt_no);
    last_total_ = money_text(sale->total);
    last_change_ = money_text(sale->change_given);
    payments_.clear();
    cart_.start_new_sale();
    emit completed();
    emit changed();
    printer_.print_receipt_of(sale->id, sale->receipt_no);
    return true;
}

} // namespace ocop::app
