#pragma once

// A producer's consignment settlement at head office (docs/stock.md,
// "Settlement at head office"): for a period, what was received, sold,
// refunded, returned and written off, what is owed under the terms of the
// receipts, and what remains in the stores; frozen once marked paid.

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::hq {

class Database;

// The part of a product's sales settled under one set of terms: a
// commission (the store keeps commission_bp of the selling price) or an
// agreed price per unit sold (unit_cost, đồng).
struct SettlementTerms {
    std::optional<std::int64_t> commission_bp, unit_cost;
    std::int64_t quantity_milli = 0, amount = 0; // net of refunds
    std::int64_t owed_amount = 0;                // rounded once, for this product and terms
};

// One product of the producer. Quantities are thousandths of a unit,
// amounts đồng. sold/refunded count every sale line this settlement counts
// (those dated before the period too: carried_*); refunded_*, returned_milli
// and written_off_milli are positive figures.
struct SettlementLine {
    std::string sku, name;
    std::int64_t sold_milli = 0, sold_amount = 0;
    std::int64_t refunded_milli = 0, refunded_amount = 0;
    std::int64_t net_amount = 0;                        // sold_amount - refunded_amount
    std::int64_t received_milli = 0;                    // consigned receipts dated in the period
    std::int64_t returned_milli = 0;                    // given back to the producer in the period
    std::int64_t written_off_milli = 0;                 // damage in the period
    std::int64_t carried_milli = 0, carried_amount = 0; // net, dated before the period
    std::int64_t unconsigned_milli = 0, unconsigned_amount = 0; // net, no consigned receipt
    std::int64_t owed_amount = 0;
    std::int64_t remaining_milli = 0; // in every store at the end of the period
    std::vector<SettlementTerms> terms;
};

// A sale or refund line dated before the period that no paid settlement
// counted (it reached head office late, or the period before was not paid).
struct CarriedLine {
    std::string sale_id, kind, receipt_no, created_at, store, sku;
    std::int64_t line_no = 0, quantity_milli = 0, amount = 0;
};

// What a store holds of a product at the end of the period.
struct SettlementStock {
    std::string store, sku, name;
    std::int64_t quantity_milli = 0;
};

// How a settlement was paid.
struct SettlementPayment {
    std::string reference, note, paid_by, paid_at;
};

struct Settlement {
    std::string producer, producer_name, from, to;
    std::vector<SettlementLine> lines;
    std::int64_t net_amount = 0; // sold - refunded, đồng
    std::int64_t sold_amount = 0, refunded_amount = 0;
    std::int64_t owed_amount = 0; // what head office pays the producer
    std::int64_t carried_amount = 0, unconsigned_amount = 0;
    std::vector<CarriedLine> carried;
    std::vector<SettlementStock> remaining;
    std::optional<SettlementPayment> paid; // set once marked paid: a frozen snapshot
};

// A paid settlement as `ocop-hq settlement list` shows it.
struct PaidSettlement {
    std::string producer, from, to;
    std::int64_t net_amount = 0, owed_amount = 0;
    SettlementPayment payment;
};

// The settlement's JSON (the office API's `settlement` record and the
// snapshot a paid one is kept as), and back.
nlohmann::json settlement_to_json(const Settlement& settlement);
Result<Settlement> settlement_from_json(const nlohmann::json& json);

// Rounds numerator / denominator (denominator > 0) to the nearest whole
// number, halves away from zero (so a refund cancels its sale exactly).
std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator);

// Projects the terms of a `stock` event of kind `receipt` that carries a
// delivery note (`document`, `consigned`): consignment_receipts and its lines.
Result<void> project_consignment_receipt(Database& database, std::string_view terminal,
                                         std::string_view store, std::int64_t seq,
                                         std::string_view created_at,
                                         const nlohmann::json& movement);

// The settlement of [from, to] (local dates, inclusive): the paid snapshot
// when exactly this period was paid, else worked out now.
Result<Settlement> read_settlement(Database& database, std::string_view producer,
                                   std::string_view from, std::string_view to);

// Marks the settlement of [from, to] paid, in one transaction: the figures
// now are frozen and the sale lines they count are recorded as settled.
// hq.settlement_overlaps when a paid period of the producer overlaps it.
Result<Settlement> pay_settlement(Database& database, std::string_view producer,
                                  std::string_view from, std::string_view to,
                                  const SettlementPayment& payment);

Result<std::vector<PaidSettlement>> paid_settlements(Database& database,
                                                     const std::optional<std::string>& producer);

} // namespace ocop::hq
