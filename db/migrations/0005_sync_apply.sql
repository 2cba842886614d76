-- What the sync daemon (ocop-syncd) brings from head office and applies to
-- this terminal's tables (docs/sync.md, "Changes").

-- Head office names a certification by product and decision number; a later
-- change with the same key replaces it, so that pair is unique here too.
CREATE UNIQUE INDEX certifications_product_decision ON certifications (product_id, decision_no);

-- Head office's last stock figure of a product at this terminal's store: the
-- sum of every movement it holds for the store, counting this terminal's own
-- movements up to outbox seq `includes_seq`. A level is this figure plus the
-- terminal's movements after includes_seq (pos/stock.h); without a figure it
-- is the sum of the terminal's movements alone. Replaced whole by each pull.
CREATE TABLE hq_stock (
    store_id       INTEGER NOT NULL REFERENCES stores (id),
    product_id     INTEGER NOT NULL REFERENCES products (id),
    quantity_milli INTEGER NOT NULL,
    includes_seq   INTEGER NOT NULL DEFAULT 0 CHECK (includes_seq >= 0),
    PRIMARY KEY (store_id, product_id)
) WITHOUT ROWID;
