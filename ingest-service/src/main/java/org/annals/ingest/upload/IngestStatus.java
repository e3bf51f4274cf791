package org.annals.ingest.upload;

/** Where an upload is in the pipeline. The order matters: a status only ever moves forward. */
public enum IngestStatus {
    RECEIVED, EXTRACTED, ENRICHED, RECORDED, FAILED;

    /** FAILED ends extraction; later stages (a re-upload) start a new ingest, so FAILED never moves on. */
    public boolean canMoveTo(IngestStatus next) {
        if (this == FAILED) {
            return false;
        }
        if (next == FAILED) {
            return this == RECEIVED;
        }
        return next.ordinal() > ordinal();
    }
}
