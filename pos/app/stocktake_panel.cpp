#include "pos/app/stocktake_panel.h"

#include "pos/app/display_format.h"
#include "pos/app/session.h"
#include "pos/catalogue.h"

#include <QVariantMap>

namespace ocop::app {

StocktakePanel::StocktakePanel(TerminalCore& core, Session& session, QObject* parent)
    : Panel(core, parent), session_(session) {}

QString StocktakePanel::product_name(const pos::Product& product) const {
    return to_qstring(core_.english() && !product.name_en.empty() ? product.name_en
                                                                  : product.name_vi);
}

QString StocktakePanel::scope() const {
    if (!take_ || !take_->category)
        return {};
    auto name = pos::category_name(*core_.db, *take_->category);
    return to_qstring(name ? *name : *take_->category);
}

void StocktakePanel::refresh() {
    auto take = pos::open_stocktake(*core_.db, core_.till.store_id);
    if (!take)
        report(take.error());
    const bool same = take && *take && take_ && (*take)->id == take_->id;
    take_ = take ? *take : std::nullopt;
    if (!same) {
        report_.clear();
        report_shown_ = false;
        reload_counted();
    }
    emit changed();
}

bool StocktakePanel::start(const QString& category) {
    std::optional<std::string> scope;
    if (!category.isEmpty())
        scope = to_std(category);
    auto take = pos::start_stocktake(core_.till, scope);
    if (!take)
        return report(take.error());
    take_ = *take;
    counted_.clear();
    report_.clear();
    report_shown_ = false;
    emit changed();
    return true;
}

bool StocktakePanel::scan(const QString& code) {
    return count(code.trimmed(), std::nullopt);
}

bool StocktakePanel::countPending(const QString& quantity) {
    auto parsed = pos::parse_quantity(to_std(quantity.trimmed()));
    if (!parsed)
        return report(parsed.error());
    const QString code = pending_code_;
    cancelPending();
    return count(code, *parsed);
}

void StocktakePanel::cancelPending() {
    pending_code_.clear();
    pending_name_.clear();
    emit changed();
}

bool StocktakePanel::count(const QString& code, std::optional<pos::Quantity> quantity) {
    auto counted = pos::count_scan(core_.till, to_std(code), quantity);
    if (!counted && counted.error().code == "stock.count_needs_quantity") {
        // Weighed goods: the screen asks for the weight rather than failing.
        auto match = pos::find_by_code(*core_.db, to_std(code));
        pending_code_ = code;
        pending_name_ = match ? product_name(match->product) : code;
        emit changed();
        return true;
    }
    if (!counted)
        return report(counted.error());
    remember(*counted);
    report_shown_ = false; // a count after the report makes it stale
    emit changed();
    return true;
}

// A count started earlier, or on another screen, shows what it has counted
// so far when the screen opens on it.
void StocktakePanel::reload_counted() {
    counted_.clear();
    if (!take_)
        return;
    auto counted = pos::counted_so_far(*core_.db, core_.till.store_id);
    if (!counted) {
        report(counted.error());
        return;
    }
    for (const auto& product : *counted)
        remember(product);
}

void StocktakePanel::remember(const pos::CountedProduct& product) {
    const QString sku = to_qstring(product.product.sku);
    for (qsizetype i = 0; i < counted_.size(); ++i) {
        if (counted_[i].toMap().value(QStringLiteral("sku")).toString() == sku) {
            counted_.removeAt(i);
            break;
        }
    }
    counted_.prepend(QVariantMap{{"sku", sku},
                                 {"name", product_name(product.product)},
                                 {"counted", quantity_text(product.counted)},
                                 {"unit", to_qstring(product.product.unit)}});
}

bool StocktakePanel::showReport() {
    auto lines = pos::stocktake_report(*core_.db, core_.till.store_id);
    if (!lines)
        return report(lines.error());
    report_ = std::move(*lines);
    report_shown_ = true;
    emit changed();
    return true;
}

void StocktakePanel::hideReport() {
    report_shown_ = false;
    emit changed();
}

QVariantList StocktakePanel::reportLines() const {
    QVariantList list;
    for (const auto& line : report_) {
        const pos::VarianceLine& v = line.variance;
        list.append(QVariantMap{{"sku", to_qstring(line.product.sku)},
                                {"name", product_name(line.product)},
                                {"unit", to_qstring(line.product.unit)},
                                {"expected", quantity_text(v.expected)},
                                {"counted", quantity_text(v.counted)},
                                {"difference", quantity_text(v.difference())},
                                {"differs", v.difference().milli != 0},
                                {"short", v.difference().milli < 0},
                                {"value", money_text(v.value())}});
    }
    return list;
}

QString StocktakePanel::reportValueText() const {
    pos::Money total;
    for (const auto& line : report_)
        total += line.variance.value();
    return money_text(total);
}

bool StocktakePanel::apply(const QString& manager, const QString& pin) {
    auto approval = session_.approve(manager, pin, QStringLiteral("Kiểm kê"));
    if (!approval)
        return report(approval.error());
    auto applied_take = pos::apply_stocktake(core_.till, *approval);
    if (!applied_take)
        return report(applied_take.error());
    take_.reset();
    counted_.clear();
    report_.clear();
    report_shown_ = false;
    emit changed();
    emit applied(static_cast<int>(applied_take->adjusted), money_text(applied_take->value));
    return true;
}

} // namespace ocop::app
