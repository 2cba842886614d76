#include "pos/app/stock_documents.h"

#include "pos/app/display_format.h"
#include "pos/app/session.h"
#include "pos/clock.h"
#include "pos/delivery_note.h"
#include "pos/stock_partners.h"
#include "pos/stock_transfer.h"
#include "pos/write_off.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

namespace ocop::app {

namespace {

QVariantList partner_list(const std::vector<pos::Partner>& partners) {
    QVariantList list;
    for (const auto& partner : partners)
        list.append(
            QVariantMap{{"code", to_qstring(partner.code)}, {"name", to_qstring(partner.name)}});
    return list;
}

// The manager types dates as they read them on the label (dd/MM/yyyy); the
// domain keeps ISO dates.
Result<std::string> iso_date(const QString& text) {
    const QDate local = QDate::fromString(text.trimmed(), QStringLiteral("dd/MM/yyyy"));
    if (local.isValid())
        return to_std(local.toString(Qt::ISODate));
    return pos::parse_date(to_std(text.trimmed()));
}

Result<pos::DeliveryTerms> delivery_terms(bool consigned, const QString& commission,
                                          const QString& cost) {
    pos::DeliveryTerms terms;
    terms.consigned = consigned;
    if (!commission.trimmed().isEmpty()) {
        auto points = pos::parse_commission_percent(to_std(commission.trimmed()));
        if (!points)
            return fail(points.error());
        terms.commission_bp = *points;
    }
    if (!cost.trimmed().isEmpty()) {
        auto money = pos::parse_money(to_std(cost.trimmed()));
        if (!money)
            return fail(money.error());
        terms.unit_cost = *money;
    }
    return terms;
}

std::optional<std::string> optional_text(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(to_std(trimmed));
}

} // namespace

StockDocuments::StockDocuments(TerminalCore& core, Session& session, QObject* parent)
    : Panel(core, parent), session_(session) {}

QVariantList StockDocuments::lines() const {
    QVariantList list;
    for (const Line& line : lines_) {
        const pos::Product& product = line.match.product;
        list.append(QVariantMap{
            {"sku", to_qstring(product.sku)},
            {"name", to_qstring(core_.english() && !product.name_en.empty() ? product.name_en
                                                                            : product.name_vi)},
            {"quantity", quantity_text(line.quantity)},
            {"unit", to_qstring(product.unit)},
            {"weighed", product.weighed},
            {"producer", to_qstring(product.producer_code)},
            {"producerName", to_qstring(product.producer_name)},
            {"lot", line.lot ? to_qstring(*line.lot) : QString()},
            {"expiry", line.expiry ? date_text(*line.expiry) : QString()}});
    }
    return list;
}

bool StockDocuments::add(const QString& code) {
    auto match = pos::find_by_code(*core_.db, to_std(code.trimmed()));
    if (!match)
        return report(match.error());
    const auto units = pos::Quantity::units(match->units_per_scan);
    for (Line& line : lines_) {
        if (line.match.product.id == match->product.id && !line.lot) {
            line.quantity = line.quantity + units;
            emit linesChanged();
            return true;
        }
    }
    lines_.push_back(Line{*match, units, std::nullopt, std::nullopt});
    emit linesChanged();
    return true;
}

bool StockDocuments::setQuantity(int row, const QString& quantity) {
    if (!valid_row(row))
        return false;
    auto parsed = pos::parse_quantity(to_std(quantity.trimmed()));
    if (!parsed)
        return report(parsed.error());
    Line& line = lines_[static_cast<std::size_t>(row)];
    // Typed in selling units; a case code's line counts the units it holds.
    line.quantity = pos::Quantity{parsed->milli};
    emit linesChanged();
    return true;
}

bool StockDocuments::setLot(int row, const QString& lot, const QString& expiry) {
    if (!valid_row(row))
        return false;
    std::optional<std::string> date;
    if (!expiry.trimmed().isEmpty()) {
        auto parsed = iso_date(expiry);
        if (!parsed)
            return report(parsed.error());
        date = *parsed;
    }
    Line& line = lines_[static_cast<std::size_t>(row)];
    line.lot = optional_text(lot);
    line.expiry = date;
    emit linesChanged();
    return true;
}

void StockDocuments::remove(int row) {
    if (!valid_row(row))
        return;
    lines_.erase(lines_.begin() + row);
    emit linesChanged();
}

void StockDocuments::clear() {
    lines_.clear();
    emit linesChanged();
}

void StockDocuments::reloadPartners() {
    auto producers = pos::list_producers(*core_.db);
    auto stores = pos::other_stores(*core_.db, core_.till.store_id);
    if (!producers)
        report(producers.error());
    else if (!stores)
        report(stores.error());
    producers_ = producers ? partner_list(*producers) : QVariantList{};
    stores_ = stores ? partner_list(*stores) : QVariantList{};
    emit partnersChanged();
}

std::vector<pos::MovementLine> StockDocuments::movement_lines() const {
    std::vector<pos::MovementLine> out;
    for (const Line& line : lines_)
        out.push_back({line.match.product.id, line.quantity, line.lot, line.expiry});
    return out;
}

bool StockDocuments::done(const QString& kind, const QString& number) {
    lines_.clear();
    emit linesChanged();
    emit recorded(kind, number);
    return true;
}

bool StockDocuments::receive(const QString& producer, bool consigned, const QString& commission,
                             const QString& cost, const QString& note, const QString& manager,
                             const QString& pin) {
    auto terms = delivery_terms(consigned, commission, cost);
    if (!terms)
        return report(terms.error());
    pos::DeliveryNote delivery{to_std(producer), {}, *terms, to_std(note.trimmed())};
    for (const Line& line : lines_)
        delivery.lines.push_back({line.match.product.id, line.quantity, line.lot, line.expiry, {}});
    auto approval = session_.approve(manager, pin, QStringLiteral("Nhận hàng"));
    if (!approval)
        return report(approval.error());
    auto recorded_note = pos::receive_goods(core_.till, delivery, *approval);
    if (!recorded_note)
        return report(recorded_note.error());
    return done(QStringLiteral("receipt"), to_qstring(recorded_note->number));
}

bool StockDocuments::giveBack(const QString& producer, const QString& note) {
    pos::DeliveryNote delivery{to_std(producer), {}, {}, to_std(note.trimmed())};
    for (const Line& line : lines_)
        delivery.lines.push_back({line.match.product.id, line.quantity, line.lot, line.expiry, {}});
    auto recorded_note = pos::return_to_producer(core_.till, delivery);
    if (!recorded_note)
        return report(recorded_note.error());
    return done(QStringLiteral("return"), to_qstring(recorded_note->number));
}

bool StockDocuments::writeOff(const QString& reason) {
    // The domain refuses it too, with the command line's words (--reason);
    // the screen says where the reason goes here.
    if (reason.trimmed().isEmpty()) {
        return report(Error{"stock.reason_required", "a write-off needs its reason",
                            "Huỷ hàng phải ghi rõ lý do: chọn một lý do hoặc nhập lý do."});
    }
    auto seq = pos::write_off(core_.till, movement_lines(), to_std(reason.trimmed()));
    if (!seq)
        return report(seq.error());
    return done(QStringLiteral("damage"), QString::number(*seq));
}

bool StockDocuments::transferOut(const QString& store, const QString& note) {
    auto sent = pos::transfer_out(core_.till, to_std(store.trimmed()), movement_lines(),
                                  to_std(note.trimmed()));
    if (!sent)
        return report(sent.error());
    return done(QStringLiteral("transfer_out"), to_qstring(sent->id));
}

bool StockDocuments::transferIn(const QString& transferId, const QString& fromStore,
                                const QString& note) {
    auto seq = pos::transfer_in(core_.till, to_std(transferId.trimmed()), optional_text(fromStore),
                                movement_lines(), to_std(note.trimmed()));
    if (!seq)
        return report(seq.error());
    reloadIncoming();
    return done(QStringLiteral("transfer_in"), transferId.trimmed());
}

void StockDocuments::reloadIncoming() {
    auto transfers = pos::incoming_transfers(core_.till);
    incoming_.clear();
    if (!transfers)
        report(transfers.error());
    for (const auto& transfer : transfers ? *transfers : std::vector<pos::IncomingTransfer>{}) {
        QStringList lines;
        for (const auto& line : transfer.lines) {
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(quantity_text(line.quantity), to_qstring(line.unit),
                                  to_qstring(line.name)));
        }
        incoming_.append(QVariantMap{{"id", to_qstring(transfer.id)},
                                     {"fromStore", to_qstring(transfer.from_store)},
                                     {"sentAt", display_time_text(transfer.sent_at)},
                                     {"lines", lines.join(QStringLiteral("; "))}});
    }
    emit incomingChanged();
}

bool StockDocuments::confirmIncoming(const QString& transferId) {
    auto seq = pos::transfer_in(core_.till, to_std(transferId), std::nullopt, {}, {});
    if (!seq)
        return report(seq.error());
    reloadIncoming();
    emit recorded(QStringLiteral("transfer_in"), transferId);
    return true;
}

} // namespace ocop::app
