-- Receipts and reports waiting for, or sent to, the receipt printer. A sale
-- never waits for the printer: its receipt is a job here, committed with the
-- sale, printed afterwards, and kept (failed, with the reason) until a retry
-- or a reprint succeeds. The document itself is not stored: it is drawn again
-- from the journal, which never changes.
CREATE TABLE print_jobs (
    id            INTEGER PRIMARY KEY,
    document      TEXT NOT NULL CHECK (document IN ('sale_receipt', 'shift_report', 'test_page')),
    reference     TEXT NOT NULL, -- the sale or shift id (empty for a test page)
    copy          INTEGER NOT NULL DEFAULT 0 CHECK (copy IN (0, 1)),
    open_drawer   INTEGER NOT NULL DEFAULT 0 CHECK (open_drawer IN (0, 1)),
    status        TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'sent', 'printed', 'failed')),
    queue         TEXT,          -- the CUPS queue of the last attempt
    cups_job_id   INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0,
    error_code    TEXT,
    error_vi      TEXT,          -- what the cashier was told
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    printed_at    TEXT
);

CREATE INDEX print_jobs_unfinished ON print_jobs (status) WHERE status <> 'printed';
