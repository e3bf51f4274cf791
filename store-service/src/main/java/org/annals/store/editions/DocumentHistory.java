package org.annals.store.editions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annals.events.EditionRecorded;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.ExtractionFailed;
import org.annals.events.SourceReceived;
import org.annals.events.TextEnriched;
import org.annals.events.TextExtracted;
import org.annals.store.events.StoredEvent;

/**
 * A document's editions folded from its stream. The fold is a pure function of the stream,
 * so live recording, a projection rebuild and a replay all reach the same editions.
 *
 * <p>Rules: a source.received with a sha256 not seen before in the stream opens the next
 * edition; the same bytes again (even under a new ingestId) open nothing, and their ingestId
 * is an alias of the edition those bytes opened. Other events join their edition by ingestId,
 * else by sourceSha256 (extraction) or textSha256 (enrichment), whatever order the topics
 * delivered them in. The first extracted text of an edition is its text. An enrichment whose
 * enricher and tags equal the previous revision's adds nothing; any other one is a new revision.
 */
public record DocumentHistory(String documentId, List<Edition> editions, List<StoredEvent> events) {

    public static DocumentHistory fold(String documentId, List<StoredEvent> stream, EventCodec codec) {
        List<Draft> drafts = new ArrayList<>();
        Map<String, Draft> bySha = new HashMap<>();
        Map<String, Draft> byIngest = new HashMap<>();
        Map<StoredEvent, EventData> decoded = new LinkedHashMap<>();
        for (StoredEvent event : stream) {
            decoded.put(event, event.data(codec));
        }
        // Pass 1: sources open editions, in stream order.
        decoded.forEach((event, data) -> {
            if (data instanceof SourceReceived source) {
                Draft draft = bySha.get(source.sha256());
                if (draft == null) {
                    draft = new Draft(drafts.size() + 1, source, event.recordedAt());
                    drafts.add(draft);
                    bySha.put(source.sha256(), draft);
                }
                byIngest.putIfAbsent(source.ingestId(), draft);
            }
        });
        // Pass 2: texts and failures, then enrichments (they need the text's hash), then records.
        decoded.forEach((event, data) -> {
            if (data instanceof TextExtracted text) {
                Draft draft = join(byIngest, bySha, text.ingestId(), text.sourceSha256());
                if (draft != null && draft.extraction == null) {
                    draft.extraction = text;
                }
            } else if (data instanceof ExtractionFailed failed) {
                Draft draft = join(byIngest, bySha, failed.ingestId(), failed.sourceSha256());
                if (draft != null) {
                    draft.failure = failed;
                }
            }
        });
        decoded.forEach((event, data) -> {
            if (data instanceof TextEnriched enriched) {
                Draft draft = byIngest.get(enriched.ingestId());
                if (draft == null || !hasText(draft, enriched.textSha256())) {
                    draft = drafts.stream().filter(d -> hasText(d, enriched.textSha256())).findFirst().orElse(null);
                }
                if (draft != null) {
                    draft.enrich(enriched, event);
                }
            } else if (data instanceof EditionRecorded recorded) {
                if (recorded.edition() >= 1 && recorded.edition() <= drafts.size()) {
                    drafts.get(recorded.edition() - 1).recorded.add(recorded);
                }
            }
        });
        return new DocumentHistory(documentId, drafts.stream().map(Draft::edition).toList(), List.copyOf(stream));
    }

    public Edition edition(int number) {
        return number >= 1 && number <= editions.size() ? editions.get(number - 1) : null;
    }

    public Edition latest() {
        return editions.isEmpty() ? null : editions.get(editions.size() - 1);
    }

    private static Draft join(Map<String, Draft> byIngest, Map<String, Draft> bySha, String ingestId, String sha) {
        Draft draft = byIngest.get(ingestId);
        return draft != null ? draft : bySha.get(sha);
    }

    private static boolean hasText(Draft draft, String textSha256) {
        return draft.extraction != null && draft.extraction.textSha256().equals(textSha256);
    }

    private static final class Draft {
        final int number;
        final SourceReceived source;
        final String opened;
        TextExtracted extraction;
        ExtractionFailed failure;
        final List<Revision> revisions = new ArrayList<>();
        final List<EditionRecorded> recorded = new ArrayList<>();

        Draft(int number, SourceReceived source, String opened) {
            this.number = number;
            this.source = source;
            this.opened = opened;
        }

        void enrich(TextEnriched enriched, StoredEvent event) {
            if (!revisions.isEmpty()) {
                TextEnriched last = revisions.get(revisions.size() - 1).enrichment();
                if (Objects.equals(last.enricher(), enriched.enricher()) && Objects.equals(last.tags(), enriched.tags())) {
                    return;
                }
            }
            revisions.add(new Revision(enriched, event));
        }

        Edition edition() {
            return new Edition(number, source, opened, extraction, failure, List.copyOf(revisions), List.copyOf(recorded));
        }
    }
}
