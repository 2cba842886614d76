#include "pos/checkout.h"

#include "db/connection.h"
#include "pos/printing.h"
#include "pos/settings.h"

namespace ocop::pos {

namespace {

// A till has a printer once a queue is chosen. A printer that is set up
// wrongly (an unknown paper profile) still gets the job: it then fails to
// print and waits in the queue, where someone sees it.
Result<bool> has_printer(db::Connection& db) {
    auto queue = get_setting(db, "printer.queue");
    if (!queue)
        return fail(queue.error());
    return *queue && !(*queue)->empty();
}

// Records the entry with `record`, then queues its receipt, all in one
// transaction (a savepoint when the caller has one open).
template <class Record>
Result<SaleRecord> with_receipt(Till& till, bool queue_receipt, Record record) {
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto entry = record();
    if (!entry)
        return fail(entry.error());
    auto printer = has_printer(till.db);
    if (!printer)
        return fail(printer.error());
    if (queue_receipt || *printer) {
        if (auto job = enqueue_sale_receipt(till.db, till.clock, entry->id); !job)
            return fail(job.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return entry;
}

} // namespace

Result<SaleRecord> complete_sale_with_receipt(Till& till, const Cart& cart, const User& cashier,
                                              const std::vector<PaymentInput>& payments,
                                              bool queue_receipt) {
    return with_receipt(till, queue_receipt,
                        [&] { return complete_sale(till, cart, cashier, payments); });
}

Result<SaleRecord> refund_with_receipt(Till& till, const RefundRequest& request,
                                       const User& cashier, const Approval& approval,
                                       bool queue_receipt) {
    return with_receipt(till, queue_receipt,
                        [&] { return refund_sale(till, request, cashier, approval); });
}

Result<std::optional<std::int64_t>> receipt_job_of(db::Connection& db, std::string_view sale_id) {
    return db.query_int64("SELECT max(id) FROM print_jobs WHERE document = ? AND reference = ?",
                          document_code(PrintDocument::SaleReceipt), sale_id);
}

} // namespace ocop::pos
