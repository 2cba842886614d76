#pragma once

// Applying a page of head office's change log to the terminal's own tables
// (docs/sync.md, "Changes"): producers by code, products by sku with their
// barcodes, VAT rates, certifications by product and decision number with
// their stamp ranges, issuing offices' keys, stamp revocations, store names,
// head office's stock figures of this store (table hq_stock) and the
// transfers sent to it (tables incoming_transfers, incoming_transfer_lines).

#include "common/error.h"
#include "sync/daemon/terminal_identity.h"
#include "sync/protocol/messages.h"

namespace ocop::db {
class Connection;
}

namespace ocop::syncd {

// Applies every change of the page and stores its cursor, in one local
// transaction: all of it or nothing. A change that cannot be applied (a
// product of a producer this terminal does not know, a field missing, an
// entity it does not know) fails the page with sync.apply_failed, naming the
// change; the cursor stays where it was, so the page is fetched again.
Result<void> apply_changes_page(db::Connection& db, const TerminalIdentity& terminal,
                                const sync::ChangesPage& page);

} // namespace ocop::syncd
