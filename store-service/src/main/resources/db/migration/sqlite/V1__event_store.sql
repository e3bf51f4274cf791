-- The system of record (DESIGN §5): every event of every document stream, append-only.
-- Portable SQL apart from the triggers; PostgreSQL gets the same tables under
-- db/migration/postgresql with a BIGSERIAL sequence and a plpgsql trigger function.
CREATE TABLE events (
  sequence        INTEGER PRIMARY KEY AUTOINCREMENT,  -- global order of recording
  event_id        TEXT    NOT NULL UNIQUE,            -- ce_id: redelivery and replay are dropped by it
  document_id     TEXT    NOT NULL,
  stream_version  INTEGER NOT NULL,                   -- 1, 2, ... within the document's stream
  type            TEXT    NOT NULL,                   -- ce_type
  source          TEXT    NOT NULL,                   -- ce_source
  time            TEXT    NOT NULL,                   -- ce_time, RFC 3339
  ingest_id       TEXT,
  causation_id    TEXT,
  data            TEXT    NOT NULL,                   -- canonical (key-sorted) JSON
  previous_hash   TEXT,                               -- null for a stream's first event
  event_hash      TEXT    NOT NULL,
  recorded_at     TEXT    NOT NULL,
  UNIQUE (document_id, stream_version)
);

CREATE INDEX events_by_document ON events (document_id, stream_version);
CREATE INDEX events_by_time ON events (time);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are immutable: UPDATE is not allowed');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are immutable: DELETE is not allowed');
END;

-- Where the store's consumer stands on each partition; written in the same transaction as
-- the events a record produced, so a crash can neither skip nor double-apply a record.
CREATE TABLE consumed_offsets (
  group_id    TEXT    NOT NULL,
  topic       TEXT    NOT NULL,
  partition   INTEGER NOT NULL,
  next_offset INTEGER NOT NULL,
  PRIMARY KEY (group_id, topic, partition)
);

-- Stored events still to be published (edition.recorded). Lives beside the immutable table
-- so "sent" can be marked without touching an event; rows go once Kafka has acknowledged.
CREATE TABLE outbox (
  event_id TEXT PRIMARY KEY REFERENCES events (event_id)
);
