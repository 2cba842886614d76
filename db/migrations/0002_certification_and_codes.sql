-- Scanning and certification: issuing offices' keys, stamp revocations, the
-- store's certification policy, in-store code layouts, and what a sale line
-- records of the certification it was sold under.

-- The public keys of the offices that sign identification-logo stamps
-- (docs/stamps.md). Head office distributes them; a terminal never holds a
-- secret key. key_id is the short name carried in every stamp.
CREATE TABLE issuer_keys (
    key_id     TEXT PRIMARY KEY CHECK (length(key_id) BETWEEN 1 AND 16),
    issuer     TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('province', 'central')),
    public_key TEXT NOT NULL CHECK (length(public_key) = 64), -- Ed25519, hex
    valid_from TEXT NOT NULL,
    valid_to   TEXT,
    revoked_at TEXT -- a key that leaked: every stamp it signed is refused
) WITHOUT ROWID;

-- Stamp serials withdrawn by their issuing office (stolen rolls, misprints).
CREATE TABLE stamp_revocations (
    key_id      TEXT NOT NULL,
    serial_from INTEGER NOT NULL,
    serial_to   INTEGER NOT NULL,
    revoked_at  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (key_id, serial_from),
    CHECK (serial_to >= serial_from)
) WITHOUT ROWID;

-- What the store does with each answer of the certification check when a
-- product is sold as an OCOP / provincial-logo product: allow, warn (shown to
-- the cashier), or block (a manager may override with a reason, recorded in
-- the journal). Data, not code: a province may choose otherwise.
CREATE TABLE certification_policy (
    outcome TEXT PRIMARY KEY CHECK (outcome IN ('certified', 'expiring', 'expired', 'suspended',
                                                'revoked', 'not_certified', 'stamp_forged',
                                                'stamp_revoked', 'stamp_mismatch',
                                                'lot_expired')),
    action  TEXT NOT NULL CHECK (action IN ('allow', 'warn', 'block'))
) WITHOUT ROWID;

INSERT INTO certification_policy (outcome, action) VALUES
    ('certified', 'allow'),
    ('expiring', 'warn'),
    ('expired', 'block'),
    ('suspended', 'block'),
    ('revoked', 'block'),
    ('not_certified', 'warn'),
    ('stamp_forged', 'block'),
    ('stamp_revoked', 'block'),
    ('stamp_mismatch', 'block'),
    ('lot_expired', 'block');

-- Restricted-circulation codes (GS1 prefixes 20-29) printed by the store's
-- scales: which digits are the item and which the weight or price. A code
-- whose two-digit prefix falls in [prefix_from, prefix_to] uses the layout.
-- EAN-13: prefix (2) + item (item_digits) + [price check digit] +
-- value (value_digits) + check digit (1) = 13 digits.
CREATE TABLE instore_code_layouts (
    name              TEXT PRIMARY KEY,
    prefix_from       INTEGER NOT NULL CHECK (prefix_from BETWEEN 20 AND 29),
    prefix_to         INTEGER NOT NULL CHECK (prefix_to BETWEEN 20 AND 29),
    item_digits       INTEGER NOT NULL CHECK (item_digits BETWEEN 1 AND 6),
    value_kind        TEXT NOT NULL CHECK (value_kind IN ('weight', 'price')),
    value_digits      INTEGER NOT NULL CHECK (value_digits BETWEEN 4 AND 6),
    -- weight: decimals of the kilogram (3 = grams); price: of the đồng (0)
    decimals          INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 3),
    price_check_digit INTEGER NOT NULL DEFAULT 0 CHECK (price_check_digit IN (0, 1)),
    CHECK (prefix_to >= prefix_from),
    CHECK (2 + item_digits + price_check_digit + value_digits + 1 = 13)
) WITHOUT ROWID;

INSERT INTO instore_code_layouts VALUES
    -- scales that print the weight: 21 IIIII WWWWW C, grams
    ('weight_5_5', 20, 23, 5, 'weight', 5, 3, 0),
    -- scales that print the price in đồng: 24 IIII PPPPPP C
    ('price_4_6', 24, 27, 4, 'price', 6, 0, 0),
    -- the classic layout with a price check digit: 28 IIII V PPPPP C
    ('price_4_c5', 28, 29, 4, 'price', 5, 0, 1);

-- What a line was sold under: the answer of the certification check, the
-- stars and decision printed on the receipt, the logo stamp scanned, and the
-- manager's override when the policy blocked it.
ALTER TABLE sale_lines ADD COLUMN certification TEXT;
ALTER TABLE sale_lines ADD COLUMN ocop_stars INTEGER;
ALTER TABLE sale_lines ADD COLUMN decision_no TEXT;
ALTER TABLE sale_lines ADD COLUMN stamp TEXT; -- key_id:serial
ALTER TABLE sale_lines ADD COLUMN override_by INTEGER REFERENCES users (id);
ALTER TABLE sale_lines ADD COLUMN override_reason TEXT;
