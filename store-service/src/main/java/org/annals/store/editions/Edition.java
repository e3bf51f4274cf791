package org.annals.store.editions;

import java.util.List;
import org.annals.events.EditionRecorded;
import org.annals.events.ExtractionFailed;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;

/**
 * One edition of a document as its stream tells it: the source that opened it, the text
 * extracted from it (or why that failed), its enrichment revisions and what was recorded.
 *
 * @param opened     the time the opening source.received was stored
 * @param extraction the first text extracted from this edition's source; null until then
 * @param failure    the latest extraction failure, shown while there is no text
 * @param revisions  enrichments of this edition's text, one per distinct enricher result, in order
 * @param recorded   the store's edition.recorded events for this edition, in order
 */
public record Edition(
        int number,
        SourceReceived source,
        String opened,
        TextExtracted extraction,
        ExtractionFailed failure,
        List<Revision> revisions,
        List<EditionRecorded> recorded) {

    public enum Status { RECEIVED, EXTRACTED, FAILED, RECORDED }

    public Status status() {
        if (!recorded.isEmpty()) {
            return Status.RECORDED;
        }
        if (extraction != null) {
            return Status.EXTRACTED;
        }
        return failure != null ? Status.FAILED : Status.RECEIVED;
    }

    /** 0 until the edition has text and an enrichment; then 1, 2, … per re-enrichment. */
    public int enrichmentRevision() {
        return extraction == null ? 0 : revisions.size();
    }

    public Revision latestRevision() {
        return extraction == null || revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    public EditionRecorded latestRecorded() {
        return recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
    }
}
