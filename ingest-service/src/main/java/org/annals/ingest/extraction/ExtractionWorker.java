package org.annals.ingest.extraction;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.annals.events.EventCodec;
import org.annals.events.EventData;
import org.annals.events.Envelope;
import org.annals.events.ExtractionFailed;
import org.annals.events.SourceReceived;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.ingest.IngestSettings;
import org.annals.ingest.blob.BlobStore;
import org.annals.ingest.upload.Accessions;
import org.annals.kafka.ConsumerThread;
import org.annals.kafka.EventWorkers;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.service.ConsumerStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code annals.sources} and publishes {@code text.extracted} or
 * {@code extraction.failed} for each source. Instances share the work through one consumer
 * group; an offset is committed only after the result is published (at-least-once), and the
 * result's id is derived from the source event's, so a redelivery is recognisable downstream.
 */
@Context
public class ExtractionWorker implements ConsumerStatus {

    public static final String GROUP = "annals-ingest-extraction";
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionWorker.class);

    private final SourceParser extractor;
    private final BlobStore blobs;
    private final EventPublisher publisher;
    private final MeterRegistry meters;
    private final Timer duration;
    private final EventWorkers workers;

    public ExtractionWorker(IsolatedParser extractor, BlobStore blobs, EventPublisher publisher, EventCodec codec,
                            KafkaSettings kafka, TopicNames topics, IngestSettings settings, MeterRegistry meters) {
        this.extractor = extractor;
        this.blobs = blobs;
        this.publisher = publisher;
        this.meters = meters;
        this.duration = Timer.builder("annals.extraction.duration")
                .description("Time to extract the text of one source")
                .register(meters);
        this.workers = new EventWorkers(settings.extractionWorkers(), GROUP, kafka, topics, Set.of(Topic.SOURCES),
                codec, publisher, this::handle);
    }

    @PostConstruct
    void start() {
        workers.start();
    }

    @PreDestroy
    void stop() {
        workers.close();
    }

    @Override
    public String consumerName() {
        return "extraction";
    }

    @Override
    public List<ConsumerThread.State> states() {
        return workers.states();
    }

    void handle(Envelope<EventData> event, ConsumerRecord<String, byte[]> record) {
        if (!(event.data() instanceof SourceReceived source)) {
            return; // not ours to extract (a future event type on this topic)
        }
        EventData result = extract(source);
        publisher.publish(Envelope.derive(event, Accessions.EVENT_SOURCE, extractor.extractor().version(), result));
    }

    private EventData extract(SourceReceived source) {
        Path blob = blobs.path(BlobStore.hashOf(source.blobUri()));
        if (!Files.isRegularFile(blob)) {
            LOG.error("Blob {} of ingest {} is missing from {}", source.sha256(), source.ingestId(), blobs.root());
            meters.counter("annals.extractions", "outcome", "failed", "class", "MissingBlob").increment();
            return new ExtractionFailed(source.ingestId(), source.documentId(), source.sha256(),
                    "The stored file is missing from the blob store of this ingest service; upload it again.",
                    "MissingBlob", true);
        }
        Extraction outcome = extractor.extract(blob, source.filename(), source.declaredMediaType());
        if (outcome instanceof Extraction.Extracted x) {
            duration.record(x.durationMs(), TimeUnit.MILLISECONDS);
            meters.counter("annals.extractions", "outcome", "extracted", "class", "none").increment();
            if (x.ocrPages() > 0) {
                meters.counter("annals.ocr.pages").increment(x.ocrPages());
            }
            LOG.info("Extracted {} ({}, {} chars{}) in {} ms", source.ingestId(), x.mediaType(), x.text().length(),
                    x.ocr().used() ? ", OCR " + x.ocrPages() + " pages" : "", x.durationMs());
            return new TextExtracted(source.ingestId(), source.documentId(), source.sha256(), x.mediaType(), x.text(),
                    sha256(x.text()), x.language(), x.pages(), x.ocr(), x.metadata(), extractor.extractor(),
                    x.durationMs(), source.referenceDate());
        }
        Extraction.Failed f = (Extraction.Failed) outcome;
        duration.record(f.durationMs(), TimeUnit.MILLISECONDS);
        meters.counter("annals.extractions", "outcome", "failed", "class", f.errorClass()).increment();
        LOG.info("Extraction of {} ({}) failed: {}", source.ingestId(), f.mediaType(), f.reason());
        return new ExtractionFailed(source.ingestId(), source.documentId(), source.sha256(), f.reason(),
                f.errorClass(), f.retriable());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
