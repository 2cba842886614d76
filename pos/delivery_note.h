#pragma once

// Goods exchanged with a producer: received into the store (a delivery note,
// kind "receipt") or given back (kind "return"). Each is one numbered
// document, one "stock" event and its movements, in one transaction; the
// event carries the document so head office can settle with the producer
// (docs/stock.md).

#include "common/error.h"
#include "drivers/printer/document.h"
#include "pos/money.h"
#include "pos/stock.h"
#include "pos/till.h"
#include "pos/users.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

// What the store agreed with the producer for the goods on a note.
// Consigned: the store pays for what sells, keeping commission_bp (basis
// points of the selling price) or paying unit_cost per unit sold. Bought:
// the store pays unit_cost per unit received.
struct DeliveryTerms {
    bool consigned = true;
    std::optional<std::int64_t> commission_bp;
    std::optional<Money> unit_cost; // for every line that has none of its own
};

// A commission typed as a percent ("15", "12,5") in basis points (1250).
// stock.bad_commission for anything else, or more than two decimals.
Result<std::int64_t> parse_commission_percent(std::string_view text);

struct DeliveryLine {
    std::int64_t product_id = 0;
    Quantity quantity; // above zero: how much came in or goes back
    std::optional<std::string> lot;
    std::optional<std::string> expiry; // YYYY-MM-DD
    std::optional<Money> unit_cost;
};

struct DeliveryNote {
    std::string producer_code;
    std::vector<DeliveryLine> lines;
    DeliveryTerms terms;
    std::string note;
};

struct RecordedNote {
    std::string number; // "TV01-01-PN000001" (receipt) or "TV01-01-PT000001" (return)
    std::int64_t seq = 0;
    std::string created_at;
};

// Receives goods from a producer with a manager's approval. Refuses
// stock.unknown_producer, stock.wrong_producer (a product the catalogue
// gives to another producer), stock.terms_required (consigned goods need a
// commission or a unit cost, bought goods a unit cost), stock.bad_commission,
// stock.no_lines, stock.bad_quantity; nothing is written when refused.
Result<RecordedNote> receive_goods(Till& till, const DeliveryNote& note, const Approval& approval);

// Gives goods back to their producer: "return" movements taking the lines
// out. stock.not_enough when more would leave than the store holds.
Result<RecordedNote> return_to_producer(Till& till, const DeliveryNote& note);

// The slip handed to the producer, by the note's number: what was received
// (or returned), the terms, and room for both signatures.
// stock.unknown_note for a number this terminal never made.
Result<drivers::Document> delivery_slip(db::Connection& db, std::string_view number);

} // namespace ocop::pos
