-- The newsletter's store, the same SQL for SQLite and PostgreSQL. Times are milliseconds since the epoch.

-- The key that signs the links in mails, created once by the first Kiosk that opens the store.
CREATE TABLE newsletter_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE subscribers (
    ref              TEXT PRIMARY KEY,      -- random, named by the signed links
    address          TEXT NOT NULL UNIQUE,  -- normalised (EmailAddress)
    status           TEXT NOT NULL,         -- pending, confirmed, unsubscribed, bounced
    topics           TEXT NOT NULL,         -- section slugs, comma-separated; empty for every section
    requested_topics TEXT NOT NULL,         -- asked for at the last signup, taken on confirmation
    created_at       BIGINT NOT NULL,
    changed_at       BIGINT NOT NULL,
    mails_since      BIGINT NOT NULL,       -- start of the window of the per-address mail limit
    mails_in_window  INTEGER NOT NULL,      -- signup mails sent to the address in that window
    bounce           TEXT                   -- the SMTP reply code that marked it bounced
);
CREATE INDEX subscribers_by_status ON subscribers (status, ref);

-- An edition's model as first sent: a resumed send mails the same edition.
CREATE TABLE editions (
    edition    TEXT PRIMARY KEY,  -- its date, 2026-11-24
    model      TEXT NOT NULL,     -- JSON
    created_at BIGINT NOT NULL
);

-- One row per recipient of an edition, written before the SMTP transaction commits and after it ends.
CREATE TABLE deliveries (
    edition    TEXT NOT NULL,
    subscriber TEXT NOT NULL,
    state      TEXT NOT NULL,     -- handed_over, sent, retry, failed
    attempts   INTEGER NOT NULL,
    changed_at BIGINT NOT NULL,
    detail     TEXT,              -- the SMTP reply code or failure kind; never an address
    PRIMARY KEY (edition, subscriber)
);
