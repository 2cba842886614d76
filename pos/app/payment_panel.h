#pragma once

#include "pos/app/panel.h"
#include "pos/payment.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace ocop::app {

class CartModel;
class PrintMonitor;

// Taking the money for the cart: cash (with the notes a customer is likely
// to hand over), a VietQR transfer for the amount with the sale's reference,
// a card on the external terminal with its approval code, or several of
// them. Complete() commits the sale with its receipt's print job and starts
// the print; the cart is then empty for the next customer at once.
class PaymentPanel : public Panel {
    Q_OBJECT
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(QString paidText READ paidText NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY changed)
    Q_PROPERTY(qint64 remainingDong READ remainingDong NOTIFY changed)
    Q_PROPERTY(QString changeText READ changeText NOTIFY changed)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY changed)
    Q_PROPERTY(QVariantList payments READ payments NOTIFY changed)
    Q_PROPERTY(QVariantList quickTenders READ quickTenders NOTIFY quickTendersChanged)
    Q_PROPERTY(bool vietQrWaiting READ vietQrWaiting NOTIFY vietQrChanged)
    Q_PROPERTY(QString vietQrPayload READ vietQrPayload NOTIFY vietQrChanged)
    Q_PROPERTY(QString vietQrReference READ vietQrReference NOTIFY vietQrChanged)
    Q_PROPERTY(QString vietQrAmountText READ vietQrAmountText NOTIFY vietQrChanged)
    Q_PROPERTY(QString lastReceiptNo READ lastReceiptNo NOTIFY completed)
    Q_PROPERTY(QString lastTotalText READ lastTotalText NOTIFY completed)
    Q_PROPERTY(QString lastChangeText READ lastChangeText NOTIFY completed)
public:
    PaymentPanel(TerminalCore& core, CartModel& cart, PrintMonitor& printer, QObject* parent);

    QString dueText() const;
    QString paidText() const;
    QString remainingText() const;
    qint64 remainingDong() const { return remaining().dong; }
    QString changeText() const;
    bool canComplete() const;
    QVariantList payments() const;
    QVariantList quickTenders() const { return quick_tenders_; }
    bool vietQrWaiting() const { return !qr_payload_.empty(); }
    QString vietQrPayload() const;
    QString vietQrReference() const;
    QString vietQrAmountText() const;
    QString lastReceiptNo() const { return last_receipt_no_; }
    QString lastTotalText() const { return last_total_; }
    QString lastChangeText() const { return last_change_; }

    Q_INVOKABLE void begin(); // the pay screen opens: no payments yet
    Q_INVOKABLE bool addCash(const QString& amount);
    Q_INVOKABLE bool addCard(const QString& amount, const QString& approvalCode);
    // A dynamic VietQR code for `amount` ("" for what remains) with a
    // reference the cashier can match in the bank's notification.
    Q_INVOKABLE bool startVietQr(const QString& amount);
    Q_INVOKABLE bool confirmVietQr(); // the cashier saw the money arrive
    Q_INVOKABLE void cancelVietQr();
    Q_INVOKABLE void removePayment(int index);
    Q_INVOKABLE bool complete();

signals:
    void changed();
    void quickTendersChanged();
    void vietQrChanged();
    void completed();

private:
    pos::Money due() const;
    pos::Money paid() const;
    pos::Money remaining() const;
    Result<pos::Money> amount_or_remaining(const QString& amount) const;
    bool add(pos::PaymentInput payment);
    void update_quick_tenders();

    CartModel& cart_;
    PrintMonitor& printer_;
    std::vector<pos::PaymentInput> payments_;
    QVariantList quick_tenders_;
    std::string qr_payload_;
    std::string qr_reference_;
    pos::Money qr_amount_;
    QString last_receipt_no_;
    QString last_total_;
    QString last_change_;
};

} // namespace ocop::app
