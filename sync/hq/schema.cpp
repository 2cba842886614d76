#include "sync/hq/schema.h"

#include "sync/hq/database.h"

#include <string>

namespace ocop::hq {

namespace {

// Portable SQL: BIGINT and TEXT only, so both backends hold the same values
// (money in đồng, quantities in thousandths, instants as the terminals
// write them, "YYYY-MM-DDTHH:MM:SS+07:00"). The one word that differs is
// the change log's self-numbering key: SQLite's AUTOINCREMENT never reuses
// an id (a replaced stock entry must not hand its id to the next change),
// PostgreSQL's identity never does either.
constexpr const char* kTables = R"sql(
CREATE TABLE IF NOT EXISTS stores (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- token_hash: SHA-256 (hex) of the terminal's bearer token; a re-enrolment
-- replaces it, which revokes the old token.
CREATE TABLE IF NOT EXISTS terminals (
    code        TEXT PRIMARY KEY,
    store       TEXT NOT NULL REFERENCES stores (code),
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS office_tokens (
    token_hash TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    issued_at  TEXT NOT NULL,
    revoked_at TEXT
);

-- One-time enrolment codes: only their SHA-256 is kept. expires_epoch is
-- the Unix time 24 hours after issue.
CREATE TABLE IF NOT EXISTS enrolment_codes (
    code_hash     TEXT PRIMARY KEY,
    store         TEXT NOT NULL REFERENCES stores (code),
    issued_at     TEXT NOT NULL,
    expires_epoch BIGINT NOT NULL,
    used_at       TEXT,
    used_by       TEXT
);

-- Every terminal's journal as received: each (terminal, seq) once.
CREATE TABLE IF NOT EXISTS events (
    terminal    TEXT NOT NULL REFERENCES terminals (code),
    seq         BIGINT NOT NULL,
    type        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    payload     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (terminal, seq)
);

-- The highest seq held without a gap (events are never stored past a gap,
-- so it is also the highest held), the hash of that event (the next one
-- must chain to it) and when the terminal last pushed.
CREATE TABLE IF NOT EXISTS terminal_heads (
    terminal     TEXT PRIMARY KEY REFERENCES terminals (code),
    held_seq     BIGINT NOT NULL,
    held_hash    TEXT NOT NULL,
    last_push_at TEXT
);

-- The catalogue head office owns ---------------------------------------------------
CREATE TABLE IF NOT EXISTS producers (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    province     TEXT NOT NULL,
    commune      TEXT,
    old_district TEXT,
    address      TEXT,
    phone        TEXT,
    tax_code     TEXT
);

CREATE TABLE IF NOT EXISTS products (
    sku        TEXT PRIMARY KEY,
    name_vi    TEXT NOT NULL,
    name_en    TEXT,
    category   TEXT NOT NULL,
    ocop_group TEXT,
    producer   TEXT REFERENCES producers (code),
    unit       TEXT NOT NULL,
    price      BIGINT NOT NULL CHECK (price >= 0),
    vat_class  TEXT NOT NULL,
    weighed    BIGINT NOT NULL DEFAULT 0,
    consigned  BIGINT NOT NULL DEFAULT 0,
    active     BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS barcodes (
    code  TEXT PRIMARY KEY,
    sku   TEXT NOT NULL REFERENCES products (sku),
    units BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS barcodes_sku ON barcodes (sku);

CREATE TABLE IF NOT EXISTS vat_rates (
    vat_class    TEXT NOT NULL,
    valid_from   TEXT NOT NULL,
    valid_to     TEXT,
    rate_bp      BIGINT NOT NULL,
    invoice_code TEXT NOT NULL,
    basis        TEXT NOT NULL,
    PRIMARY KEY (vat_class, valid_from)
);

-- cert_key is "SKU/DECISION_NO", the key of its change entries.
CREATE TABLE IF NOT EXISTS certifications (
    cert_key      TEXT PRIMARY KEY,
    sku           TEXT NOT NULL REFERENCES products (sku),
    producer      TEXT REFERENCES producers (code),
    decision_no   TEXT NOT NULL,
    decision_date TEXT NOT NULL,
    level         TEXT NOT NULL,
    stars         BIGINT NOT NULL,
    valid_from    TEXT NOT NULL,
    valid_to      TEXT NOT NULL,
    status        TEXT NOT NULL,
    status_note   TEXT
);

CREATE TABLE IF NOT EXISTS stamp_ranges (
    cert_key    TEXT NOT NULL REFERENCES certifications (cert_key),
    serial_from BIGINT NOT NULL,
    serial_to   BIGINT NOT NULL,
    PRIMARY KEY (cert_key, serial_from)
);

CREATE TABLE IF NOT EXISTS issuer_keys (
    key_id     TEXT PRIMARY KEY,
    issuer     TEXT NOT NULL,
    level      TEXT NOT NULL,
    public_key TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to   TEXT,
    revoked_at TEXT
);

CREATE TABLE IF NOT EXISTS stamp_revocations (
    key_id      TEXT NOT NULL,
    serial_from BIGINT NOT NULL,
    serial_to   BIGINT NOT NULL,
    revoked_at  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (key_id, serial_from)
);

-- What terminals read (docs/sync.md, "Downstream") --------------------------------
-- store is NULL for chain-wide entries (the catalogue) and the store's code
-- for store-scoped ones (stock), which are replaced: one per (store, sku).
CREATE TABLE IF NOT EXISTS changes (
    id         @ID@,
    entity     TEXT NOT NULL,
    change_key TEXT NOT NULL,
    store      TEXT,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_scoped ON changes (entity, store, change_key);

-- Projections of the events ---------------------------------------------------------
CREATE TABLE IF NOT EXISTS sales (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    store      TEXT NOT NULL,
    terminal   TEXT NOT NULL,
    seq        BIGINT NOT NULL,
    number     BIGINT NOT NULL,
    receipt_no TEXT NOT NULL,
    created_at TEXT NOT NULL,
    total      BIGINT NOT NULL,
    vat_total  BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS sales_created_at ON sales (created_at);

CREATE TABLE IF NOT EXISTS sale_lines (
    sale_id        TEXT NOT NULL REFERENCES sales (id),
    line_no        BIGINT NOT NULL,
    sku            TEXT NOT NULL,
    name           TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL,
    amount         BIGINT NOT NULL,
    vat_code       TEXT NOT NULL,
    ocop_stars     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (sale_id, line_no)
);
CREATE INDEX IF NOT EXISTS sale_lines_sku ON sale_lines (sku);

-- line_no numbers the movements of one event (a sale's lines, a stock
-- event's lines), so a resent event can never add a movement twice.
CREATE TABLE IF NOT EXISTS stock_movements (
    terminal       TEXT NOT NULL,
    seq            BIGINT NOT NULL,
    line_no        BIGINT NOT NULL,
    store          TEXT NOT NULL,
    sku            TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL,
    kind           TEXT NOT NULL,
    PRIMARY KEY (terminal, seq, line_no)
);
CREATE INDEX IF NOT EXISTS stock_movements_store_sku ON stock_movements (store, sku);

-- Consignment settlement (sync/hq/settlement.h, docs/stock.md) ---------------------
-- The terms of every receipt that carries a delivery note: the event's
-- (terminal, seq), its document and producer, consigned or bought, the
-- commission and each line's agreed price per unit.
CREATE TABLE IF NOT EXISTS consignment_receipts (
    terminal      TEXT NOT NULL,
    seq           BIGINT NOT NULL,
    store         TEXT NOT NULL,
    document      TEXT NOT NULL,
    producer      TEXT NOT NULL,
    consigned     BIGINT NOT NULL,
    commission_bp BIGINT,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (terminal, seq)
);

CREATE TABLE IF NOT EXISTS consignment_receipt_lines (
    terminal       TEXT NOT NULL,
    seq            BIGINT NOT NULL,
    line_no        BIGINT NOT NULL,
    sku            TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL,
    unit_cost      BIGINT,
    PRIMARY KEY (terminal, seq, line_no)
);
CREATE INDEX IF NOT EXISTS consignment_receipt_lines_sku ON consignment_receipt_lines (sku);

-- Paid settlements, frozen: id is "PRODUCER/FROM/TO", snapshot the whole
-- settlement as JSON as it was when marked paid.
CREATE TABLE IF NOT EXISTS settlements (
    id          TEXT PRIMARY KEY,
    producer    TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    net_amount  BIGINT NOT NULL,
    owed_amount BIGINT NOT NULL,
    reference   TEXT NOT NULL,
    note        TEXT NOT NULL,
    paid_by     TEXT NOT NULL,
    paid_at     TEXT NOT NULL,
    snapshot    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS settlements_producer ON settlements (producer, period_from);

-- Every sale or refund line a paid settlement counted: counted once.
CREATE TABLE IF NOT EXISTS settled_lines (
    settlement_id TEXT NOT NULL REFERENCES settlements (id),
    sale_id       TEXT NOT NULL,
    line_no       BIGINT NOT NULL,
    PRIMARY KEY (sale_id, line_no)
);

-- Transfers between stores, from both ends (sync/hq/transfers.h): the
-- sender's transfer_out makes the sent_* half, the receiver's transfer_in the
-- received_* half, in whichever order they arrive; a half not yet held is NULL.
CREATE TABLE IF NOT EXISTS transfers (
    id                   TEXT PRIMARY KEY,
    from_store           TEXT,
    to_store             TEXT,
    sent_at              TEXT,
    sent_by_terminal     TEXT,
    sent_seq             BIGINT,
    received_at          TEXT,
    received_by_terminal TEXT,
    received_seq         BIGINT
);

-- Per product of a transfer: what left and what arrived (thousandths).
CREATE TABLE IF NOT EXISTS transfer_lines (
    transfer_id    TEXT NOT NULL REFERENCES transfers (id),
    sku            TEXT NOT NULL,
    sent_milli     BIGINT NOT NULL DEFAULT 0,
    received_milli BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (transfer_id, sku)
);
)sql";

std::string tables_for(Dialect dialect) {
    std::string sql = kTables;
    const std::string id = dialect == Dialect::postgres
                               ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                               : "INTEGER PRIMARY KEY AUTOINCREMENT";
    sql.replace(sql.find("@ID@"), 4, id);
    return sql;
}

} // namespace

Result<void> create_schema(Database& database) {
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto created = database.run_script(tables_for(database.dialect())); !created)
        return created;
    return transaction->commit();
}

} // namespace ocop::hq
