package org.annals.ingest.upload;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.annals.events.Envelope;
import org.annals.events.EventCodec;
import org.annals.events.EventType;
import org.annals.events.SourceReceived;
import org.annals.ingest.IngestSettings;
import org.annals.ingest.blob.BlobStore;
import org.annals.ingest.blob.BlobTooLargeException;
import org.annals.ingest.blob.EmptyBlobException;
import org.annals.ingest.blob.StoredBlob;
import org.annals.service.ProblemException;
import org.annals.ingest.web.UploadTooLarge;
import org.annals.kafka.EventPublisher;

/**
 * Takes a source into the archive: its bytes into the blob store (durable first), then a
 * {@code source.received} event onto Kafka. Only when both hold is the upload accepted.
 * The same bytes again for the same document are recognised and answered with the
 * existing ingest, so a retried upload never makes a second edition.
 */
@Singleton
public class Accessions {

    public static final String EVENT_SOURCE = "/annals/ingest-service";

    private final BlobStore blobs;
    private final IngestLedger ledger;
    private final EventPublisher publisher;
    private final IngestSettings settings;
    private final MeterRegistry meters;
    private final EventCodec codec;

    public Accessions(BlobStore blobs, IngestLedger ledger, EventPublisher publisher, IngestSettings settings,
                      MeterRegistry meters, EventCodec codec) {
        this.blobs = blobs;
        this.ledger = ledger;
        this.publisher = publisher;
        this.settings = settings;
        this.meters = meters;
        this.codec = codec;
    }

    /** The result of an upload: a new ingest, or the one these bytes already had. */
    public record Accession(IngestRecord ingest, boolean duplicate) {
    }

    public Accession accept(UploadForm form, String filename, InputStream bytes) {
        StoredBlob blob;
        try {
            blob = blobs.put(bytes, settings.maxUploadBytes());
        } catch (BlobTooLargeException e) {
            count("rejected");
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Upload too large",
                    UploadTooLarge.detail(e.limit()));
        } catch (EmptyBlobException e) {
            count("rejected");
            throw ProblemException.badRequest("The file '" + filename + "' is empty (0 bytes); upload the complete file.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store upload " + filename, e);
        }
        String documentId = form.documentId() != null ? form.documentId() : "sha256-" + blob.sha256().substring(0, 16);
        var existing = ledger.findBySource(documentId, blob.sha256());
        if (existing.isPresent()) {
            // Accepted before, but perhaps cut off before Kafka had it: announce it now, same event.
            ledger.pendingAnnouncement(existing.get().ingestId()).ifPresent(this::announceOrRefuse);
            count("duplicate");
            return new Accession(existing.get(), true);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        IngestRecord ingest = new IngestRecord(UUID.randomUUID().toString(), documentId, form.collection(), filename,
                blob.sha256(), blob.size(), IngestStatus.RECEIVED, null, null, now, now);
        SourceReceived data = new SourceReceived(ingest.ingestId(), documentId, form.collection(), filename,
                form.declaredMediaType(), blob.size(), blob.sha256(), blob.uri(), form.submittedBy(), now,
                form.metadata().isEmpty() ? null : form.metadata(), form.referenceDate());
        Envelope<SourceReceived> event = Envelope.originate(EVENT_SOURCE, data);
        IngestLedger.Announcement announcement = new IngestLedger.Announcement(ingest.ingestId(), event.id(),
                event.time(), new String(codec.serialize(data), StandardCharsets.UTF_8));
        if (!ledger.insert(ingest, announcement)) {
            count("duplicate"); // the same bytes arrived concurrently
            return new Accession(ledger.findBySource(documentId, blob.sha256()).orElseThrow(), true);
        }
        try {
            publisher.publish(event);
            ledger.announced(ingest.ingestId());
        } catch (EventPublisher.PublishException e) {
            ledger.forget(ingest.ingestId()); // nothing was announced: let the archivist simply retry
            count("unavailable");
            throw unavailable(e);
        }
        count("accepted");
        return new Accession(ingest, false);
    }

    /**
     * Publishes every upload that was accepted but never acknowledged by Kafka (the service
     * stopped between the two), with the event id it was given then; returns how many.
     */
    public int announcePending() {
        List<IngestLedger.Announcement> pending = ledger.pendingAnnouncements();
        pending.forEach(this::announce);
        return pending.size();
    }

    private void announceOrRefuse(IngestLedger.Announcement announcement) {
        try {
            announce(announcement);
        } catch (EventPublisher.PublishException e) {
            count("unavailable");
            throw unavailable(e);
        }
    }

    private void announce(IngestLedger.Announcement a) {
        SourceReceived data = codec.deserialize(EventType.SOURCE_RECEIVED, a.data().getBytes(StandardCharsets.UTF_8));
        publisher.publish(new Envelope<>(a.eventId(), EVENT_SOURCE, a.time(), a.ingestId(), null, data));
        ledger.announced(a.ingestId());
    }

    private static ProblemException unavailable(EventPublisher.PublishException e) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Pipeline unavailable",
                "The file was kept but the pipeline (Kafka) did not accept it: " + e.getMessage()
                        + ". Nothing was recorded; upload it again in a moment.");
    }

    private void count(String outcome) {
        meters.counter("annals.uploads", "outcome", outcome).increment();
    }
}
