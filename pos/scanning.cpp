#include "pos/scanning.h"

#include "db/connection.h"
#include "db/outbox.h"
#include "pos/clock.h"

#include <nlohmann/json.hpp>

namespace ocop::pos {

namespace {

// The product a GTIN names, in whichever form the catalogue stored it.
Result<CodeMatch> find_by_gtin(db::Connection& db, const Gtin& gtin) {
    for (const auto& form : gtin.lookup_forms()) {
        auto match = find_by_code(db, form);
        if (match || match.error().code != "catalog.unknown_code")
            return match;
    }
    return find_by_code(db, gtin.printed()); // the unknown-code error, with the code as printed
}

Result<CodeMatch> find_product(db::Connection& db, const ScannedCode& code) {
    switch (code.kind) {
    case ScannedCode::Kind::Gtin:
    case ScannedCode::Kind::Gs1:
    case ScannedCode::Kind::DigitalLink:
        if (code.gtin)
            return find_by_gtin(db, *code.gtin);
        return fail("scan.no_gtin", "the GS1 data carries no GTIN (AI 01): " + code.text,
                    "Mã quét không có mã sản phẩm (GTIN). Hãy quét mã vạch khác trên bao bì.");
    case ScannedCode::Kind::InStore:
    case ScannedCode::Kind::StoreCode:
    case ScannedCode::Kind::Stamp:
        break;
    }
    return find_by_code(db, code.item_code.empty() ? code.text : code.item_code);
}

// How much a code says was bought, given the product it names.
void apply_label(CodeCheck& check) {
    const Product& product = check.match->product;
    const ScannedCode& code = check.code;
    if (code.weight && product.weighed) {
        check.quantity = *code.weight;
    } else if (code.price) {
        check.printed_amount = *code.price;
        // A priced label on a weighed product: the weight it stands for, to
        // the gram, for the stock; the customer pays the printed price.
        check.quantity = product.weighed && product.price.dong > 0
                             ? Quantity{mul_div_round(code.price->dong, 1000, product.price.dong)}
                             : Quantity::units(1);
    } else if (code.count) {
        check.quantity = *code.count;
    }
}

int severity(PolicyAction action) {
    return static_cast<int>(action);
}

void check_lot(const CertificationRules& rules, CodeCheck& check, std::string_view date) {
    if (!check.code.expiry || *check.code.expiry >= date)
        return;
    CertificationAnswer lot;
    lot.outcome = CertificationOutcome::LotExpired;
    lot.action = rules.action(CertificationOutcome::LotExpired);
    lot.claims_certification = true;
    lot.message_vi = "LÔ HÀNG ĐÃ HẾT HẠN sử dụng ngày " + *check.code.expiry +
                     (check.code.lot ? " (lô " + *check.code.lot + ")" : "");
    lot.message_en = "lot expired on " + *check.code.expiry;
    check.lot = std::move(lot);
}

std::string stamp_label(const StampPayload& stamp) {
    return stamp.key_id + ":" + std::to_string(stamp.serial);
}

LineCertification line_certification(const CodeCheck& check,
                                     const std::optional<Approval>& override) {
    const CertificationAnswer& answer = check.certification;
    LineCertification line;
    line.outcome = std::string(outcome_code(answer.outcome));
    const bool in_force = answer.outcome == CertificationOutcome::Certified ||
                          answer.outcome == CertificationOutcome::Expiring;
    if (answer.certification) {
        line.stars = in_force ? answer.certification->stars : 0;
        line.decision_no = answer.certification->decision_no;
    }
    if (answer.stamp)
        line.stamp = stamp_label(*answer.stamp);
    if (check.action == PolicyAction::Block)
        line.override = override;
    return line;
}

// The journal keeps every override when it happens, whatever becomes of the
// cart afterwards.
Result<void> record_override(Till& till, const CodeCheck& check, const Approval& approval) {
    nlohmann::json payload{{"sku", check.match->product.sku},
                           {"product_id", check.match->product.id},
                           {"code", check.code.text},
                           {"outcome", outcome_code(check.certification.outcome)},
                           {"manager", approval.manager.username},
                           {"reason", approval.reason}};
    if (check.lot)
        payload["lot_outcome"] = outcome_code(check.lot->outcome);
    if (check.certification.stamp)
        payload["stamp"] = stamp_label(*check.certification.stamp);
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto event = db::append_event(till.db, till.terminal, "override",
                                  local_timestamp(till.clock.now()), payload.dump());
    if (!event)
        return fail(event.error());
    return transaction->commit();
}

Error blocked_without_product(const CodeCheck& check) {
    return Error{"stamp.no_product",
                 "stamp names no product here: " + check.certification.message_en,
                 check.certification.message_vi +
                     ". Không xác định được sản phẩm — hãy quét mã vạch trên bao bì."};
}

} // namespace

std::vector<std::string> CodeCheck::messages(std::string CertificationAnswer::*text) const {
    std::vector<std::string> messages;
    if (lot && lot->action != PolicyAction::Allow)
        messages.push_back((*lot).*text);
    if (certification.action != PolicyAction::Allow ||
        certification.outcome == CertificationOutcome::Certified)
        messages.push_back(certification.*text);
    return messages;
}

std::vector<std::string> CodeCheck::messages_vi() const {
    return messages(&CertificationAnswer::message_vi);
}

std::vector<std::string> CodeCheck::messages_en() const {
    return messages(&CertificationAnswer::message_en);
}

Result<CodeCheck> check_code(db::Connection& db, std::string_view text, std::string_view date) {
    auto rules = load_scan_rules(db);
    if (!rules)
        return fail(rules.error());
    return check_code(db, *rules, text, date);
}

Result<CodeCheck> check_code(db::Connection& db, const ScanRules& rules, std::string_view text,
                             std::string_view date) {
    auto days = to_days(date);
    if (!days)
        return fail(days.error());
    const int year = static_cast<int>(std::chrono::year_month_day{*days}.year());
    auto code = parse_scanned(text, rules.layouts, year);
    if (!code)
        return fail(code.error());

    CodeCheck check{*code, std::nullopt, Quantity::units(1), std::nullopt,
                    {},    std::nullopt, PolicyAction::Allow};
    if (code->kind == ScannedCode::Kind::Stamp) {
        auto answer = check_stamp(db, rules.certification, code->text, date);
        if (!answer)
            return fail(answer.error());
        check.certification = std::move(*answer);
        if (check.certification.product) {
            auto match = find_by_code(db, check.certification.product->sku);
            if (!match)
                return fail(match.error());
            check.match = std::move(*match);
        }
    } else {
        auto match = find_product(db, *code);
        if (!match)
            return fail(match.error());
        check.match = std::move(*match);
        apply_label(check);
        auto answer = check_product(db, rules.certification, check.match->product, date);
        if (!answer)
            return fail(answer.error());
        check.certification = std::move(*answer);
    }
    check_lot(rules.certification, check, date);
    check.action = check.certification.action;
    if (check.lot && severity(check.lot->action) > severity(check.action))
        check.action = check.lot->action;
    return check;
}

Result<ScanResult> scan_into_cart(Till& till, Cart& cart, const ScanRequest& request) {
    auto rules = till.scan_rules->get(till.db);
    if (!rules)
        return fail(rules.error());
    auto check = check_code(till.db, **rules, request.text, local_date(till.clock.now()));
    if (!check)
        return fail(check.error());
    if (!check->match)
        return fail(blocked_without_product(*check));
    const Product& product = check->match->product;
    const bool label_quantity = check->code.weight || check->code.price || check->code.count;
    if (request.quantity && !label_quantity)
        check->quantity = *request.quantity;
    if (product.weighed && !label_quantity && !request.quantity) {
        return fail("scan.weight_required", product.sku + " is sold by weight; no weight given",
                    "\"" + product.name_vi +
                        "\" bán theo cân: hãy cân hàng và nhập khối lượng "
                        "(kg), hoặc quét tem cân.");
    }

    ScanResult result{std::move(*check), std::nullopt};
    if (result.check.action == PolicyAction::Block) {
        if (!request.override)
            return result; // the terminal asks a manager; nothing is added
        if (auto recorded = record_override(till, result.check, *request.override); !recorded)
            return fail(recorded.error());
    }
    // A count from the label is already in selling units; a quantity per
    // scan of a case code is multiplied by its units in Cart::add.
    LineExtras extras{result.check.code.lot, result.check.code.expiry,
                      line_certification(result.check, request.override),
                      result.check.printed_amount};
    auto line = cart.add(*result.check.match, result.check.quantity, std::move(extras));
    if (!line)
        return fail(line.error());
    result.line = *line;
    return result;
}

nlohmann::json to_json(const CodeCheck& check) {
    nlohmann::json json = to_json(check.certification);
    json["code"] = {{"text", check.code.text},
                    {"kind", kind_name(check.code.kind)},
                    {"symbology_id", check.code.symbology_id}};
    if (check.code.gtin)
        json["code"]["gtin"] = check.code.gtin->digits();
    if (check.code.lot)
        json["code"]["lot"] = *check.code.lot;
    if (check.code.expiry)
        json["code"]["expiry"] = *check.code.expiry;
    if (check.match) {
        json["product"] = {{"id", check.match->product.id},
                           {"sku", check.match->product.sku},
                           {"name_vi", check.match->product.name_vi},
                           {"price", check.match->product.price.dong},
                           {"unit", check.match->product.unit}};
    }
    json["quantity_milli"] = check.quantity.milli;
    json["action"] = action_code(check.action);
    if (check.lot)
        json["lot_outcome"] = outcome_code(check.lot->outcome);
    nlohmann::json messages = nlohmann::json::array();
    for (const auto& message : check.messages_vi())
        messages.push_back(message);
    json["messages_vi"] = messages;
    return json;
}

} // namespace ocop::pos
