#include "pos/app/cart_model.h"

#include "pos/app/display_format.h"
#include "pos/app/session.h"
#include "pos/journal.h"
#include "pos/till.h"

#include <QVariantMap>

namespace ocop::app {

CartModel::CartModel(TerminalCore& core, Session& session, QObject* parent)
    : QAbstractListModel(parent), core_(core), session_(session) {
    start_new_sale();
}

bool CartModel::report(const Error& error) {
    emit failed(to_qstring(error.code), core_.message(error));
    return false;
}

int CartModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> CartModel::roleNames() const {
    return {{NameRole, "name"},
            {SkuRole, "sku"},
            {UnitRole, "unit"},
            {QuantityRole, "quantity"},
            {WeighedRole, "weighed"},
            {UnitPriceRole, "unitPrice"},
            {AmountRole, "amount"},
            {DiscountRole, "discount"},
            {CertOutcomeRole, "certOutcome"},
            {CertStarsRole, "certStars"},
            {OverriddenRole, "overridden"},
            {LotRole, "lot"},
            {ExpiryRole, "expiry"}};
}

QVariant CartModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !valid_row(index.row()))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const pos::CartLine& line = cart_.lines()[row];
    const pos::LineAmounts& amounts = cart_.totals().lines[row];
    const auto& certification = line.certification;
    switch (role) {
    case NameRole:
        return to_qstring(line.name);
    case SkuRole:
        return to_qstring(line.sku);
    case UnitRole:
        return to_qstring(line.unit);
    case QuantityRole:
        return quantity_text(line.quantity);
    case WeighedRole:
        return line.weighed;
    case UnitPriceRole:
        return money_text(line.unit_price);
    case AmountRole:
        return money_text(amounts.amount());
    case DiscountRole: {
        const pos::Money discount = amounts.line_discount + amounts.order_discount;
        return discount.dong == 0 ? QString() : money_text(-discount);
    }
    case CertOutcomeRole:
        return certification ? to_qstring(certification->outcome) : QString();
    case CertStarsRole:
        return certification ? certification->stars : 0;
    case OverriddenRole:
        return certification && certification->override.has_value();
    case LotRole:
        return to_qstring(line.lot.value_or(""));
    case ExpiryRole:
        return line.expiry ? date_text(*line.expiry) : QString();
    default:
        return {};
    }
}

QString CartModel::subtotalText() const {
    return money_text(cart_.totals().subtotal);
}

QString CartModel::discountText() const {
    const pos::Money discount = cart_.totals().discount_total;
    return discount.dong == 0 ? QString() : money_text(-discount);
}

QString CartModel::totalText() const {
    return money_text(cart_.totals().total());
}

QString CartModel::vatTotalText() const {
    pos::Money vat;
    for (const auto& line : vat_lines_)
        vat.dong += line.toMap().value("vatDong").toLongLong();
    return money_text(vat);
}

QString CartModel::unitsText() const {
    pos::Quantity units;
    for (const auto& line : cart_.lines())
        units = units + (line.weighed ? pos::Quantity::units(1) : line.quantity);
    return quantity_text(units);
}

QString CartModel::blockedProduct() const {
    if (!blocked_ || !blocked_->match)
        return {};
    const pos::Product& product = blocked_->match->product;
    return to_qstring(core_.english() && !product.name_en.empty() ? product.name_en
                                                                  : product.name_vi);
}

QStringList CartModel::messages_of(const pos::CodeCheck& check) const {
    QStringList list;
    for (const auto& message : core_.english() ? check.messages_en() : check.messages_vi())
        list.append(to_qstring(message));
    return list;
}

QStringList CartModel::blockedMessages() const {
    return blocked_ ? messages_of(*blocked_) : QStringList();
}

void CartModel::refresh() {
    Result<std::vector<pos::VatLine>> vat = std::vector<pos::VatLine>{};
    if (!cart_.empty())
        vat = pos::cart_vat(core_.till, cart_);
    QVariantList lines;
    if (vat) {
        for (const auto& line : *vat)
            lines.append(QVariantMap{{"code", to_qstring(line.invoice_code)},
                                     {"vatText", money_text(line.vat)},
                                     {"grossText", money_text(line.gross)},
                                     {"vatDong", QVariant::fromValue(line.vat.dong)}});
    }
    // Only when they differ: a list handed to QML again rebuilds its views.
    if (lines != vat_lines_) {
        vat_lines_ = std::move(lines);
        emit vatLinesChanged();
    }
    emit totalsChanged(); // first: what the screen shows is the cart as it is
    if (!vat)
        report(vat.error());
}

bool CartModel::run_scan(const pos::ScanRequest& request) {
    // Into a copy first: a view must hear of a new row before it exists.
    pos::Cart next = cart_;
    auto scanned = pos::scan_into_cart(core_.till, next, request);
    if (!scanned)
        return report(scanned.error());
    if (scanned->blocked()) {
        blocked_request_ = request;
        blocked_ = scanned->check;
        emit blockedChanged();
        return false;
    }
    const int row = static_cast<int>(*scanned->line);
    if (row >= count()) {
        beginInsertRows({}, row, row);
        cart_ = std::move(next);
        endInsertRows();
    } else {
        cart_ = std::move(next);
        emit dataChanged(index(row), index(row));
    }
    last_row_ = row;
    refresh();
    if (scanned->check.action == pos::PolicyAction::Warn)
        emit warned(data(index(row), NameRole).toString(), messages_of(scanned->check));
    return true;
}

bool CartModel::scan(const QString& text, const QString& quantity) {
    if (!session_.shiftOpen()) {
        return report(Error{"sale.no_open_shift", "open a shift before selling",
                            "Chưa mở ca. Hãy mở ca trước khi bán hàng."});
    }
    pos::ScanRequest request{to_std(text.trimmed()), std::nullopt, std::nullopt};
    if (!quantity.trimmed().isEmpty()) {
        auto typed = pos::parse_quantity(to_std(quantity.trimmed()));
        if (!typed)
            return report(typed.error());
        request.quantity = *typed;
    }
    if (blocked_) // a new scan answers the question: the held product is left out
        dismissBlocked();
    return run_scan(request);
}

bool CartModel::approveBlocked(const QString& manager, const QString& pin, const QString& reason) {
    if (!blocked_request_)
        return false;
    auto approval = session_.approve(manager, pin, reason);
    if (!approval)
        return report(approval.error());
    pos::ScanRequest request = *blocked_request_;
    request.override = std::move(*approval);
    blocked_request_.reset();
    blocked_.reset();
    emit blockedChanged();
    return run_scan(request);
}

void CartModel::dismissBlocked() {
    blocked_request_.reset();
    blocked_.reset();
    emit blockedChanged();
}

bool CartModel::step(int row, std::int64_t units) {
    if (!valid_row(row))
        return false;
    const pos::CartLine& line = cart_.lines()[static_cast<std::size_t>(row)];
    const pos::Quantity next = line.quantity + pos::Quantity::units(units);
    if (next.milli <= 0)
        return remove(row);
    return setQuantity(row, quantity_text(next));
}

bool CartModel::increment(int row) {
    return step(row, 1);
}

bool CartModel::decrement(int row) {
    return step(row, -1);
}

bool CartModel::setQuantity(int row, const QString& quantity) {
    if (!valid_row(row))
        return false;
    auto parsed = pos::parse_quantity(to_std(quantity.trimmed()));
    if (!parsed)
        return report(parsed.error());
    if (auto set = cart_.set_quantity(static_cast<std::size_t>(row), *parsed); !set)
        return report(set.error());
    // Order discounts spread over every line: all amounts may have moved.
    emit dataChanged(index(0), index(count() - 1));
    last_row_ = row;
    refresh();
    return true;
}

bool CartModel::remove(int row) {
    if (!valid_row(row))
        return false;
    // On a copy first: the cart may keep the line (a discount would no
    // longer hold), and a view must hear of a removal before it happens.
    pos::Cart next = cart_;
    if (auto removed = next.remove(static_cast<std::size_t>(row)); !removed)
        return report(removed.error());
    beginRemoveRows({}, row, row);
    cart_ = std::move(next);
    endRemoveRows();
    // Removing a line moves every other line's share of an order discount.
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1));
    last_row_ = count() - 1;
    refresh();
    return true;
}

bool CartModel::voidSale(const QString& reason) {
    if (cart_.empty())
        return true;
    if (!core_.user)
        return false;
    if (auto voided = pos::void_cart(core_.till, cart_, *core_.user, to_std(reason)); !voided)
        return report(voided.error());
    start_new_sale();
    return true;
}

void CartModel::start_new_sale() {
    auto policy = pos::cart_policy(*core_.db);
    if (!policy)
        report(policy.error());
    // Rows removed rather than a reset: views drop their delegates one by one.
    if (count() > 0)
        beginRemoveRows({}, 0, count() - 1);
    const bool had_rows = count() > 0;
    cart_ = pos::Cart(policy.value_or(pos::CartPolicy{}));
    if (had_rows)
        endRemoveRows();
    blocked_request_.reset();
    blocked_.reset();
    last_row_ = -1;
    if (!vat_lines_.isEmpty()) {
        vat_lines_.clear();
        emit vatLinesChanged();
    }
    emit blockedChanged();
    emit totalsChanged();
}

} // namespace ocop::app
