-- The documents behind the stock movements a person records (issue 7,
-- docs/stock.md): delivery notes from and back to producers, transfers
-- between stores, and stocktakes. A level is still only the sum of
-- stock_movements; these tables say why each movement happened, and each
-- document names the outbox event that carried its movements.

-- A delivery note: goods received from a producer (kind 'receipt') or given
-- back to them (kind 'return'). Numbered per terminal and kind
-- ("TV01-01-PN000001", "TV01-01-PT000001"). A receipt carries the agreed
-- terms: consigned (the store pays the producer for what sells, keeping
-- commission_bp of the price) or bought (unit_cost per line).
CREATE TABLE delivery_notes (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('receipt', 'return')),
    store_id      INTEGER NOT NULL REFERENCES stores (id),
    producer_id   INTEGER NOT NULL REFERENCES producers (id),
    consigned     INTEGER NOT NULL CHECK (consigned IN (0, 1)),
    commission_bp INTEGER CHECK (commission_bp BETWEEN 0 AND 10000),
    manager_id    INTEGER REFERENCES users (id),
    note          TEXT,
    created_at    TEXT NOT NULL,
    outbox_seq    INTEGER NOT NULL UNIQUE
);

CREATE TABLE delivery_note_lines (
    note_id        INTEGER NOT NULL REFERENCES delivery_notes (id),
    line_no        INTEGER NOT NULL CHECK (line_no > 0),
    product_id     INTEGER NOT NULL REFERENCES products (id),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
    unit_cost      INTEGER CHECK (unit_cost >= 0),
    lot            TEXT,
    expiry         TEXT,
    PRIMARY KEY (note_id, line_no)
) WITHOUT ROWID;

-- A transfer between stores, seen from this terminal's end: 'out' where the
-- goods left (the id is made there, "TV01-01-CK000001"), 'in' where they
-- arrived and were confirmed. One row per end, so a second confirmation of
-- the same transfer is refused by the key.
CREATE TABLE stock_transfers (
    id         TEXT NOT NULL,
    direction  TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    from_store TEXT, -- NULL when the confirming store was not told
    to_store   TEXT NOT NULL,
    note       TEXT,
    created_at TEXT NOT NULL,
    outbox_seq INTEGER NOT NULL UNIQUE,
    PRIMARY KEY (id, direction)
) WITHOUT ROWID;

CREATE TABLE stock_transfer_lines (
    transfer_id    TEXT NOT NULL,
    direction      TEXT NOT NULL,
    line_no        INTEGER NOT NULL CHECK (line_no > 0),
    product_id     INTEGER NOT NULL REFERENCES products (id),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
    lot            TEXT,
    expiry         TEXT,
    PRIMARY KEY (transfer_id, direction, line_no),
    FOREIGN KEY (transfer_id, direction) REFERENCES stock_transfers (id, direction)
) WITHOUT ROWID;

-- A stocktake: started at outbox seq start_seq (the movements after it are
-- the ones made during the count), over the whole store or one category,
-- applied once with a manager's approval as 'adjustment' movements.
CREATE TABLE stocktakes (
    id          INTEGER PRIMARY KEY,
    store_id    INTEGER NOT NULL REFERENCES stores (id),
    category    TEXT REFERENCES categories (code),
    started_at  TEXT NOT NULL,
    start_seq   INTEGER NOT NULL CHECK (start_seq >= 0),
    applied_at  TEXT,
    applied_seq INTEGER,
    manager_id  INTEGER REFERENCES users (id)
);

-- At most one count open at a time in a store.
CREATE UNIQUE INDEX stocktakes_open ON stocktakes (store_id) WHERE applied_at IS NULL;

-- What was counted of each product, summed over its scans.
CREATE TABLE stocktake_counts (
    stocktake_id  INTEGER NOT NULL REFERENCES stocktakes (id),
    product_id    INTEGER NOT NULL REFERENCES products (id),
    counted_milli INTEGER NOT NULL CHECK (counted_milli >= 0),
    PRIMARY KEY (stocktake_id, product_id)
) WITHOUT ROWID;
