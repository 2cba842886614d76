#pragma once

// Plain-text output of the `ocop` command, in Vietnamese, for a person at a
// terminal. (--json output is the domain's to_json; this is presentation only.)

#include "db/sync_state.h"
#include "pos/catalogue.h"
#include "pos/sale_record.h"
#include "pos/shift.h"
#include "pos/stock.h"

#include <string>
#include <string_view>
#include <vector>

namespace ocop::cli {

// Pads or cuts UTF-8 text to `width` characters as a terminal shows them.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

std::string product_line(const pos::Product& product);
std::string product_card(const pos::ProductDetail& detail);
std::string sale_text(const pos::SaleRecord& sale);
std::string sale_list_line(const pos::SaleRecord& sale);
std::string stock_table(const std::vector<pos::StockLevel>& levels);
std::string shift_text(const pos::ShiftSummary& summary);
std::string sync_status_text(const db::SyncStatus& status);

} // namespace ocop::cli
