-- Where the terminal stands with head office, written by the sync daemon
-- (ocop-syncd) and read by the terminal's settings panel and `ocop sync
-- status`. One row: a terminal's database belongs to one terminal. How many
-- events wait to be sent is not stored: it is counted from the outbox, so it
-- can never disagree with what the outbox holds.
CREATE TABLE sync_status (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    -- The highest outbox seq head office holds without a gap (its answer);
    -- events after it are sent (again) on the next attempt.
    acked_seq       INTEGER NOT NULL DEFAULT 0 CHECK (acked_seq >= 0),
    last_attempt_at TEXT,            -- the last time head office was tried
    last_success_at TEXT,            -- the last time it answered
    last_error_code TEXT NOT NULL DEFAULT '', -- of the last attempt; '' after a success
    last_error      TEXT NOT NULL DEFAULT '', -- its message, in Vietnamese
    pull_cursor     TEXT NOT NULL DEFAULT ''  -- head office's change log position
);

INSERT INTO sync_status (id) VALUES (1);

-- A stale answer (a reply to an earlier batch, arriving late) must not make
-- acknowledged events pending again: acked_seq only moves forward.
CREATE TRIGGER sync_status_acked_forward BEFORE UPDATE OF acked_seq ON sync_status
WHEN NEW.acked_seq < OLD.acked_seq BEGIN
    SELECT raise(ABORT, 'sync_status.acked_seq never goes backwards');
END;

CREATE TRIGGER sync_status_no_delete BEFORE DELETE ON sync_status BEGIN
    SELECT raise(ABORT, 'sync_status keeps its one row');
END;
