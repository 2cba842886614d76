#include "terminal_events.h"

#include "sync/protocol/messages.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace ocop::test {

const db::OutboxEvent& TerminalChain::add_sale() {
    const auto number = static_cast<std::int64_t>(sale_ids_.size()) + 1;
    char id[64];
    std::snprintf(id, sizeof id, "5a1e0000-0000-4000-8000-%04d%08lld", terminal_.back() - '0',
                  static_cast<long long>(number));
    char receipt[64];
    std::snprintf(receipt, sizeof receipt, "%s-%06lld", terminal_.c_str(),
                  static_cast<long long>(number));
    char created_at[64];
    std::snprintf(created_at, sizeof created_at, "2026-11-29T10:%02lld:00+07:00",
                  static_cast<long long>(number % 60));
    // The fields pos::to_json(SaleRecord) writes.
    const nlohmann::json line{{"line_no", 1},
                              {"product_id", 1},
                              {"sku", "TV-MHD-250"},
                              {"name", "Mật hoa dừa Sokfarm 250 ml"},
                              {"unit", "chai"},
                              {"quantity", "1"},
                              {"quantity_milli", 1000},
                              {"list_price", 95000},
                              {"unit_price", 95000},
                              {"gross", 95000},
                              {"line_discount", 0},
                              {"order_discount", 0},
                              {"amount", 95000},
                              {"vat_rate_bp", 800},
                              {"vat_code", "8%"},
                              {"lot", nullptr},
                              {"expiry", nullptr},
                              {"refund_of_line", nullptr},
                              {"certification", "TV-MHD-250/123/QĐ-UBND"},
                              {"ocop_stars", 4},
                              {"decision_no", "123/QĐ-UBND"},
                              {"stamp", ""},
                              {"override_by", ""},
                              {"override_reason", ""}};
    const nlohmann::json sale{{"id", id},
                              {"kind", "sale"},
                              {"terminal", terminal_},
                              {"store", store_},
                              {"number", number},
                              {"receipt_no", receipt},
                              {"shift_id", 1},
                              {"cashier", "thungan"},
                              {"cashier_name", "Thu ngân"},
                              {"approved_by", ""},
                              {"approval_note", ""},
                              {"created_at", created_at},
                              {"refund_of", nullptr},
                              {"refund_of_receipt", nullptr},
                              {"subtotal", 95000},
                              {"discount_total", 0},
                              {"total", 95000},
                              {"vat_total", 7037},
                              {"change_given", 0},
                              {"lines", nlohmann::json::array({line})},
                              {"vat", nlohmann::json::array({{{"vat_code", "8%"},
                                                              {"rate_bp", 800},
                                                              {"gross", 95000},
                                                              {"vat", 7037},
                                                              {"net", 87963}}})},
                              {"payments", nlohmann::json::array({{{"seq", 1},
                                                                   {"method", "cash"},
                                                                   {"amount", 95000},
                                                                   {"tendered", 95000},
                                                                   {"reference", ""},
                                                                   {"approval_code", ""}}})}};
    sale_ids_.push_back(id);
    return add_event("sale", sale.dump(), created_at);
}

const db::OutboxEvent& TerminalChain::add_event(std::string type, std::string payload,
                                                std::string created_at) {
    db::OutboxEvent event;
    event.seq = static_cast<std::int64_t>(events_.size()) + 1;
    event.type = std::move(type);
    event.created_at = std::move(created_at);
    event.payload = std::move(payload);
    event.prev_hash = events_.empty() ? std::string(db::kGenesisHash) : events_.back().hash;
    event.hash = db::event_hash(event.prev_hash, terminal_, event.seq, event.type, event.created_at,
                                event.payload);
    events_.push_back(std::move(event));
    return events_.back();
}

std::string TerminalChain::push_body(std::int64_t first, std::int64_t last) const {
    sync::PushRequest request{terminal_, {}};
    for (std::int64_t seq = first; seq <= last; ++seq)
        request.events.push_back(events_.at(static_cast<std::size_t>(seq - 1)));
    return sync::to_json(request).dump();
}

} // namespace ocop::test
