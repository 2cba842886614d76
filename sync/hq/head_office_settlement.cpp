// A producer's consignment settlement, read and marked paid (the rules are
// in sync/hq/settlement.cpp; docs/stock.md, "Settlement at head office").

#include "sync/hq/head_office.h"
#include "sync/hq/settlement.h"

namespace ocop::hq {

Result<Settlement> HeadOffice::settlement(std::string_view producer, std::string_view from,
                                          std::string_view to) {
    return read_settlement(*database_, producer, from, to);
}

Result<Settlement> HeadOffice::pay_settlement(std::string_view producer, std::string_view from,
                                              std::string_view to, SettlementPayment payment,
                                              std::string_view now) {
    payment.paid_at = now;
    return hq::pay_settlement(*database_, producer, from, to, payment);
}

Result<std::vector<PaidSettlement>>
HeadOffice::paid_settlements(const std::optional<std::string>& producer) {
    return hq::paid_settlements(*database_, producer);
}

} // namespace ocop::hq
