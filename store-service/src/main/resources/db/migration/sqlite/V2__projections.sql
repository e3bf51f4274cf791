-- Projections: derived from the events, emptied and recomputed by Projections.rebuild.
CREATE TABLE documents (
  document_id     TEXT PRIMARY KEY,
  collection      TEXT,
  title           TEXT,
  latest_edition  INTEGER,
  edition_count   INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX documents_by_collection ON documents (collection);
CREATE INDEX documents_by_updated ON documents (updated_at);

CREATE TABLE editions (
  document_id          TEXT    NOT NULL,
  edition              INTEGER NOT NULL,
  ingest_id            TEXT    NOT NULL,
  status               TEXT    NOT NULL,
  source_sha256        TEXT    NOT NULL,
  media_type           TEXT,
  text_sha256          TEXT,
  text                 TEXT,
  metadata             TEXT,   -- JSON
  tags                 TEXT,   -- JSON
  enrichment_revision  INTEGER NOT NULL,
  error                TEXT,
  recorded_at          TEXT,
  submitted_by         TEXT,
  filename             TEXT,
  blob_uri             TEXT,
  details              TEXT NOT NULL,   -- JSON: the rest of the edition view
  PRIMARY KEY (document_id, edition)
);

CREATE TABLE tags_index (
  document_id  TEXT    NOT NULL,
  edition      INTEGER NOT NULL,
  type         TEXT    NOT NULL,
  value        TEXT,
  text         TEXT    NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  value_folded TEXT,   -- lower-cased value (any script) for case-insensitive matching
  date_from    TEXT,   -- DATE tags: the calendar interval the EDTF value covers
  date_to      TEXT
);
CREATE INDEX tags_by_document ON tags_index (document_id, edition, type);
CREATE INDEX tags_by_value ON tags_index (type, value);

CREATE VIRTUAL TABLE edition_text USING fts5(document_id UNINDEXED, edition UNINDEXED, text);
