-- The store terminal's database, first version.
--
-- Conventions (docs/database.md says more):
--   money      INTEGER count of đồng, VAT included, signed (a refund is negative)
--   quantity   INTEGER thousandths of the unit (`quantity_milli`), so 1.25 kg is 1250
--   rates      INTEGER basis points (800 = 8 %)
--   dates      TEXT 'YYYY-MM-DD'; instants TEXT 'YYYY-MM-DDTHH:MM:SS+07:00' (local, with offset)
--   ids        sales and shifts have UUIDs (they travel to head office); catalogue rows
--              have integer ids local to this file and codes that are the same everywhere.
-- Stock has no level column anywhere: a level is the sum of stock_movements.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Catalogue -------------------------------------------------------------------------------

CREATE TABLE categories (
    code       TEXT PRIMARY KEY,
    name_vi    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO categories (code, name_vi, name_en, sort_order) VALUES
    ('ocop',     'Sản phẩm OCOP',    'OCOP products',          1),
    ('dac_san',  'Đặc sản',          'Provincial specialties', 2),
    ('thu_cong', 'Thủ công mỹ nghệ', 'Handicrafts',            3),
    ('khac',     'Khác',             'Other',                  4);

-- The OCOP product groups, kept with the decision that set them so that a
-- later decision is a new set of rows, not an edit.
CREATE TABLE ocop_groups (
    code     TEXT PRIMARY KEY,
    name_vi  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    decision TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO ocop_groups (code, name_vi, name_en, decision) VALUES
    ('thuc_pham',  'Thực phẩm', 'Food', 'QĐ 148/QĐ-TTg ngày 24/02/2023'),
    ('do_uong',    'Đồ uống', 'Beverages', 'QĐ 148/QĐ-TTg ngày 24/02/2023'),
    ('duoc_lieu',  'Dược liệu và sản phẩm từ dược liệu', 'Medicinal herbs and herbal products',
                   'QĐ 148/QĐ-TTg ngày 24/02/2023'),
    ('thu_cong_my_nghe', 'Hàng thủ công mỹ nghệ', 'Handicrafts', 'QĐ 148/QĐ-TTg ngày 24/02/2023'),
    ('sinh_vat_canh', 'Sinh vật cảnh', 'Ornamental plants and animals',
                   'QĐ 148/QĐ-TTg ngày 24/02/2023'),
    ('du_lich',    'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
                   'Community tourism, eco-tourism and destinations', 'QĐ 148/QĐ-TTg ngày 24/02/2023');

-- Addresses follow the 2025 reform: province + commune (xã/phường); the
-- district that no longer exists may be kept for people who still use it.
CREATE TABLE producers (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL CHECK (length(name) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('company', 'cooperative', 'household', 'other')),
    province     TEXT NOT NULL,
    commune      TEXT,
    old_district TEXT,
    address      TEXT,
    phone        TEXT,
    tax_code     TEXT
);

CREATE TABLE vat_classes (
    code    TEXT PRIMARY KEY,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO vat_classes (code, name_vi, name_en) VALUES
    ('standard_reducible', 'Thuế suất 10%, được giảm 2% theo chính sách tạm thời',
                           '10% goods eligible for the temporary 2-point reduction'),
    ('standard',           'Thuế suất 10% (không được giảm, ví dụ hàng chịu thuế TTĐB như rượu)',
                           '10% goods not eligible for the reduction (excise goods such as liquor)'),
    ('reduced',            'Thuế suất 5% (ví dụ nông sản tươi chưa qua chế biến)',
                           '5% goods (e.g. fresh unprocessed produce)'),
    ('exempt',             'Không chịu thuế GTGT', 'Not subject to VAT');

-- Rates are dated data, never constants in code. valid_to is inclusive;
-- NULL means open-ended. The program refuses a date no row covers.
CREATE TABLE vat_rates (
    vat_class    TEXT NOT NULL REFERENCES vat_classes (code),
    valid_from   TEXT NOT NULL,
    valid_to     TEXT,
    rate_bp      INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    invoice_code TEXT NOT NULL CHECK (invoice_code IN ('0%', '5%', '8%', '10%', 'KCT', 'KKKNT')),
    basis        TEXT NOT NULL,
    PRIMARY KEY (vat_class, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
) WITHOUT ROWID;

INSERT INTO vat_rates (vat_class, valid_from, valid_to, rate_bp, invoice_code, basis) VALUES
    ('standard_reducible', '2024-07-01', '2026-12-31', 800, '8%',
     'NĐ 72/2024/NĐ-CP; NĐ 180/2024/NĐ-CP; NQ 204/2025/QH15 và NĐ 174/2025/NĐ-CP (đến 31/12/2026)'),
    ('standard_reducible', '2027-01-01', NULL, 1000, '10%', 'Luật Thuế GTGT số 48/2024/QH15'),
    ('standard',           '2024-07-01', NULL, 1000, '10%', 'Luật Thuế GTGT số 48/2024/QH15'),
    ('reduced',            '2024-07-01', NULL,  500, '5%',  'Luật Thuế GTGT số 48/2024/QH15'),
    ('exempt',             '2024-07-01', NULL,    0, 'KCT', 'Luật Thuế GTGT số 48/2024/QH15');

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    sku         TEXT NOT NULL UNIQUE CHECK (length(sku) > 0),
    name_vi     TEXT NOT NULL CHECK (length(name_vi) > 0),
    name_en     TEXT,
    category    TEXT NOT NULL REFERENCES categories (code),
    ocop_group  TEXT REFERENCES ocop_groups (code),
    producer_id INTEGER REFERENCES producers (id),
    unit        TEXT NOT NULL,
    -- VAT included; per unit, or per kg for a weighed product
    price       INTEGER NOT NULL CHECK (price >= 0),
    vat_class   TEXT NOT NULL REFERENCES vat_classes (code),
    weighed     INTEGER NOT NULL DEFAULT 0 CHECK (weighed IN (0, 1)),
    consigned   INTEGER NOT NULL DEFAULT 0 CHECK (consigned IN (0, 1)),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    image       TEXT,
    -- ocop_fold(name_vi), set by the triggers below: names that begin with
    -- what the cashier typed are found through its index, without FTS.
    search_key  TEXT NOT NULL DEFAULT ''
);

CREATE INDEX products_producer ON products (producer_id);
CREATE INDEX products_search_key ON products (search_key);

-- Every code that identifies a product: GTINs as printed and in-store codes.
-- `units` is how many selling units one scan stands for (a case GTIN-14).
CREATE TABLE barcodes (
    code       TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    units      INTEGER NOT NULL DEFAULT 1 CHECK (units >= 1)
) WITHOUT ROWID;

CREATE INDEX barcodes_product ON barcodes (product_id);

-- Accent-free search keys, kept right by triggers whoever writes a product.
-- ocop_fold() is registered on every connection by db/connection.cpp.
CREATE VIRTUAL TABLE product_search USING fts5 (name, name_en, sku, prefix = '1 2 3');

CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
    INSERT INTO product_search (rowid, name, name_en, sku)
    VALUES (new.id, ocop_fold(new.name_vi), ocop_fold(coalesce(new.name_en, '')), ocop_fold(new.sku));
    UPDATE products SET search_key = ocop_fold(new.name_vi) WHERE id = new.id;
END;

CREATE TRIGGER products_search_update AFTER UPDATE OF name_vi, name_en, sku ON products BEGIN
    UPDATE product_search
    SET name = ocop_fold(new.name_vi), name_en = ocop_fold(coalesce(new.name_en, '')),
        sku = ocop_fold(new.sku)
    WHERE rowid = new.id;
    UPDATE products SET search_key = ocop_fold(new.name_vi) WHERE id = new.id;
END;

CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
    DELETE FROM product_search WHERE rowid = old.id;
END;

CREATE TABLE certifications (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id),
    producer_id   INTEGER REFERENCES producers (id),
    decision_no   TEXT NOT NULL,
    decision_date TEXT NOT NULL,
    level         TEXT NOT NULL CHECK (level IN ('province', 'central')),
    stars         INTEGER NOT NULL CHECK (stars BETWEEN 3 AND 5),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'suspended', 'revoked', 'expired')),
    status_note   TEXT,
    CHECK (valid_to >= valid_from)
);

CREATE INDEX certifications_product ON certifications (product_id);

-- Serial numbers of the identification-logo stamps issued for a certification.
CREATE TABLE stamp_ranges (
    certification_id INTEGER NOT NULL REFERENCES certifications (id),
    serial_from      INTEGER NOT NULL,
    serial_to        INTEGER NOT NULL,
    PRIMARY KEY (certification_id, serial_from),
    CHECK (serial_to >= serial_from)
) WITHOUT ROWID;

-- Stores, terminals, people -----------------------------------------------------------------

CREATE TABLE stores (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    province     TEXT NOT NULL,
    commune      TEXT NOT NULL,
    old_district TEXT,
    address      TEXT NOT NULL,
    tax_code     TEXT,
    phone        TEXT
);

CREATE TABLE terminals (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    store_id INTEGER NOT NULL REFERENCES stores (id),
    name     TEXT NOT NULL
);

-- pin_hash is libsodium's crypto_pwhash_str (Argon2id) string; never the PIN.
CREATE TABLE users (
    id        INTEGER PRIMARY KEY,
    username  TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('cashier', 'manager')),
    pin_hash  TEXT NOT NULL,
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE shifts (
    id            TEXT PRIMARY KEY,
    terminal_id   INTEGER NOT NULL REFERENCES terminals (id),
    number        INTEGER NOT NULL,
    opened_at     TEXT NOT NULL,
    opened_by     INTEGER NOT NULL REFERENCES users (id),
    opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
    closed_at     TEXT,
    closed_by     INTEGER REFERENCES users (id),
    expected_cash INTEGER,
    counted_cash  INTEGER CHECK (counted_cash IS NULL OR counted_cash >= 0),
    UNIQUE (terminal_id, number),
    CHECK ((closed_at IS NULL) = (counted_cash IS NULL))
) WITHOUT ROWID;

-- A till has one cash drawer: one open shift at a time.
CREATE UNIQUE INDEX shifts_one_open_per_terminal ON shifts (terminal_id) WHERE closed_at IS NULL;

-- The journal -------------------------------------------------------------------------------

-- A completed sale or refund. Written once, in one transaction with its lines,
-- payments, stock movements and outbox event; never updated.
CREATE TABLE sales (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    terminal_id    INTEGER NOT NULL REFERENCES terminals (id),
    -- gapless per terminal, shared by sales and refunds; receipt_no is made from it
    number         INTEGER NOT NULL CHECK (number >= 1),
    receipt_no     TEXT NOT NULL UNIQUE,
    shift_id       TEXT NOT NULL REFERENCES shifts (id),
    cashier_id     INTEGER NOT NULL REFERENCES users (id),
    approved_by    INTEGER REFERENCES users (id),
    approval_note  TEXT,
    created_at     TEXT NOT NULL,
    refund_of      TEXT REFERENCES sales (id),
    subtotal       INTEGER NOT NULL,
    discount_total INTEGER NOT NULL,
    total          INTEGER NOT NULL,
    vat_total      INTEGER NOT NULL,
    change_given   INTEGER NOT NULL DEFAULT 0 CHECK (change_given >= 0),
    outbox_seq     INTEGER NOT NULL,
    UNIQUE (terminal_id, number),
    CHECK ((kind = 'refund') = (refund_of IS NOT NULL)),
    CHECK (total = subtotal - discount_total)
) WITHOUT ROWID;

CREATE INDEX sales_created_at ON sales (created_at);
CREATE INDEX sales_refund_of ON sales (refund_of) WHERE refund_of IS NOT NULL;
CREATE INDEX sales_shift ON sales (shift_id);

CREATE TABLE sale_lines (
    sale_id        TEXT NOT NULL REFERENCES sales (id),
    line_no        INTEGER NOT NULL CHECK (line_no >= 1),
    product_id     INTEGER NOT NULL REFERENCES products (id),
    -- as sold: the catalogue may change later, the receipt may not
    sku            TEXT NOT NULL,
    name           TEXT NOT NULL,
    unit           TEXT NOT NULL,
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli <> 0),
    list_price     INTEGER NOT NULL,
    unit_price     INTEGER NOT NULL CHECK (unit_price >= 0),
    gross          INTEGER NOT NULL,
    line_discount  INTEGER NOT NULL DEFAULT 0,
    order_discount INTEGER NOT NULL DEFAULT 0,
    amount         INTEGER NOT NULL,
    vat_rate_bp    INTEGER NOT NULL,
    vat_code       TEXT NOT NULL,
    lot            TEXT,
    expiry         TEXT,
    refund_of_line INTEGER,
    PRIMARY KEY (sale_id, line_no),
    CHECK (amount = gross - line_discount - order_discount)
) WITHOUT ROWID;

CREATE INDEX sale_lines_product ON sale_lines (product_id);

-- The VAT breakdown as printed on the receipt, one row per rate.
CREATE TABLE sale_vat (
    sale_id  TEXT NOT NULL REFERENCES sales (id),
    vat_code TEXT NOT NULL,
    rate_bp  INTEGER NOT NULL,
    gross    INTEGER NOT NULL,
    vat      INTEGER NOT NULL,
    PRIMARY KEY (sale_id, vat_code)
) WITHOUT ROWID;

-- amount is what the payment settles (negative when money goes back to the
-- customer); tendered is the cash handed over, so change = tendered - amount.
CREATE TABLE payments (
    sale_id       TEXT NOT NULL REFERENCES sales (id),
    seq           INTEGER NOT NULL CHECK (seq >= 1),
    method        TEXT NOT NULL CHECK (method IN ('cash', 'vietqr', 'card')),
    amount        INTEGER NOT NULL,
    tendered      INTEGER,
    reference     TEXT,
    approval_code TEXT,
    PRIMARY KEY (sale_id, seq),
    CHECK (method <> 'card' OR amount < 0 OR approval_code IS NOT NULL)
) WITHOUT ROWID;

CREATE TABLE stock_movements (
    id             INTEGER PRIMARY KEY,
    store_id       INTEGER NOT NULL REFERENCES stores (id),
    product_id     INTEGER NOT NULL REFERENCES products (id),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli <> 0),
    kind           TEXT NOT NULL CHECK (kind IN ('opening', 'receipt', 'sale', 'refund',
                       'transfer_out', 'transfer_in', 'adjustment', 'damage', 'return')),
    sale_id        TEXT REFERENCES sales (id),
    lot            TEXT,
    expiry         TEXT,
    note           TEXT,
    created_at     TEXT NOT NULL,
    outbox_seq     INTEGER NOT NULL
);

CREATE INDEX stock_movements_product ON stock_movements (store_id, product_id);
CREATE INDEX stock_movements_sale ON stock_movements (sale_id) WHERE sale_id IS NOT NULL;

-- The level below which a product is reported as low (`ocop stock --low`).
CREATE TABLE stock_thresholds (
    store_id      INTEGER NOT NULL REFERENCES stores (id),
    product_id    INTEGER NOT NULL REFERENCES products (id),
    minimum_milli INTEGER NOT NULL CHECK (minimum_milli >= 0),
    PRIMARY KEY (store_id, product_id)
) WITHOUT ROWID;

-- Every change made at this terminal, as an immutable event for head office:
-- gapless per terminal, each hash covering the previous one (db/outbox.h).
CREATE TABLE outbox (
    terminal_id INTEGER NOT NULL REFERENCES terminals (id),
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    type        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    payload     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,
    PRIMARY KEY (terminal_id, seq)
) WITHOUT ROWID;

-- The journal is append-only: the program never updates or deletes these rows.
CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox BEGIN
    SELECT raise(ABORT, 'outbox events are immutable');
END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox BEGIN
    SELECT raise(ABORT, 'outbox events are immutable');
END;
CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales BEGIN
    SELECT raise(ABORT, 'sales are immutable');
END;
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales BEGIN
    SELECT raise(ABORT, 'sales are immutable');
END;
