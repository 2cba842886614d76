#pragma once

// Transfers between stores (HeadOffice::transfers) as JSON, CSV and text
// for people. `ocop-hq transfers` and GET /v1/office/transfers print the
// same records from here.

#include "common/error.h"
#include "sync/hq/transfer_report.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ocop::hq {

// "in_transit", "received" or "all" (hq.bad_status).
Result<TransferFilter::Status> parse_transfer_status(std::string_view text);

// [{id, status, from_store, to_store, sent_at, sent_by_terminal, received_at,
//   received_by_terminal, hours_in_transit, overdue, has_difference,
//   lines: [{sku, name, sent_milli, received_milli, missing_milli}]}]
nlohmann::json transfers_json(const std::vector<TransferRow>& transfers);
// One row per line, the transfer's fields on each.
std::string transfers_csv(const std::vector<TransferRow>& transfers);
// A list for people, Vietnamese and English: an overdue transfer is marked
// "QUÁ HẠN / OVERDUE", a line short of what was sent "thiếu / missing".
std::string transfers_text(const std::vector<TransferRow>& transfers, std::int64_t overdue_hours);

} // namespace ocop::hq
