-- Transfers head office carries down to the store they were sent to
-- (docs/sync.md, entity `transfer`; docs/stock.md, "Transfers"): what the
-- sending store recorded, so the receiving store can confirm with the
-- transfer's id alone. Replaced whole by each pull; status 'received' once
-- head office holds a confirmation from this store (this till's or another's).
CREATE TABLE incoming_transfers (
    id         TEXT PRIMARY KEY,
    from_store TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('sent', 'received'))
) WITHOUT ROWID;

CREATE TABLE incoming_transfer_lines (
    transfer_id    TEXT NOT NULL REFERENCES incoming_transfers (id),
    line_no        INTEGER NOT NULL CHECK (line_no > 0),
    product_id     INTEGER NOT NULL REFERENCES products (id),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
    lot            TEXT,
    expiry         TEXT,
    PRIMARY KEY (transfer_id, line_no)
) WITHOUT ROWID;
