#pragma once

// "Pay" and "Refund" as the terminal and the `ocop` command both do them:
// the journal entry and, when its receipt is to be printed, the receipt's
// print job, committed together. Whatever the printer does afterwards, a
// receipt is never forgotten, and a sale never waits for the printer.

#include "common/error.h"
#include "pos/cart.h"
#include "pos/journal.h"
#include "pos/payment.h"
#include "pos/sale_record.h"
#include "pos/till.h"
#include "pos/users.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// complete_sale, and in the same transaction the receipt's print job when
// `queue_receipt` asks for it or the till has a printer (printer.queue). The
// job kicks the cash drawer when cash was taken (printer.open_drawer).
Result<SaleRecord> complete_sale_with_receipt(Till& till, const Cart& cart, const User& cashier,
                                              const std::vector<PaymentInput>& payments,
                                              bool queue_receipt);

// refund_sale, and in the same transaction the refund receipt's print job,
// on the same terms. The drawer opens only when cash is paid out.
Result<SaleRecord> refund_with_receipt(Till& till, const RefundRequest& request,
                                       const User& cashier, const Approval& approval,
                                       bool queue_receipt);

// The latest print job of a sale's or refund's receipt (a reprint is a newer
// job), or nullopt when it was never queued.
Result<std::optional<std::int64_t>> receipt_job_of(db::Connection& db, std::string_view sale_id);

} // namespace ocop::pos
