#pragma once

// A producer's consignment settlement as the office reads it: the CSV (one
// row per product), the printable statement in Vietnamese (HTML, with a
// print stylesheet and room for both signatures), and the list of paid
// settlements. `ocop-hq settlement` and GET /v1/office/settlement print the
// same text from here.

#include "sync/hq/settlement.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ocop::hq {

// One row per product, with the producer, the period and the status on every
// row so that a file read alone still says what it is; the totals are the
// sums of the columns.
std::string settlement_rows_csv(const Settlement& settlement);

// "Bảng kê thanh toán hàng ký gửi": a whole HTML document, UTF-8.
std::string settlement_html(const Settlement& settlement);

nlohmann::json paid_settlements_json(const std::vector<PaidSettlement>& paid);
std::string paid_settlements_csv(const std::vector<PaidSettlement>& paid);

// Text made safe inside HTML (&, <, >, ", ').
std::string html_escape(std::string_view text);

} // namespace ocop::hq
