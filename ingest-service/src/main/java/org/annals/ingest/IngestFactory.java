package org.annals.ingest;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import org.annals.ingest.blob.BlobStore;
import org.annals.ingest.extraction.ExtractionSettings;
import org.annals.ingest.extraction.OcrEngine;
import org.annals.ingest.extraction.IsolatedParser;
import org.annals.ingest.upload.IngestLedger;
import org.annals.kafka.KafkaSettings;

/** Wires configuration (application.yml, environment) into the service's parts. */
@Factory
public class IngestFactory {

    @Singleton
    IngestSettings ingestSettings(@Value("${annals.data-dir}") String dataDir,
                                  @Value("${annals.ingest.max-upload-size}") @ReadableBytes long maxUpload,
                                  @Value("${annals.ingest.extraction.workers:1}") int workers) {
        return new IngestSettings(Path.of(dataDir).toAbsolutePath().normalize(), maxUpload, workers);
    }

    @Singleton
    ExtractionSettings extractionSettings(@Value("${annals.ingest.ocr.tesseract-path:}") String tesseractPath,
                                          @Value("${annals.ingest.ocr.languages:eng}") String languages,
                                          @Value("${annals.ingest.ocr.dpi:300}") int dpi,
                                          @Value("${annals.ingest.extraction.timeout:120s}") Duration timeout,
                                          @Value("${annals.ingest.extraction.max-text-chars:10000000}") int maxChars,
                                          @Value("${annals.ingest.extraction.max-embedded-depth:5}") int depth,
                                          @Value("${annals.ingest.extraction.max-embedded-count:1000}") int count,
                                          @Value("${annals.ingest.extraction.max-ocr-pages:500}") int ocrPages,
                                          @Value("${annals.ingest.extraction.child-heap:512MB}") @ReadableBytes
                                          long childHeap) {
        return new ExtractionSettings(tesseractPath, languages, dpi, timeout, maxChars, depth, count, ocrPages,
                childHeap);
    }

    @Singleton
    KafkaSettings kafkaSettings(@Value("${kafka.bootstrap.servers}") String bootstrap) {
        // Extraction is slow (OCR: seconds per page), so each poll takes few records and may run long.
        return new KafkaSettings(bootstrap, "ingest-service", 2, 900_000);
    }

    @Singleton
    BlobStore blobStore(IngestSettings settings) {
        return new BlobStore(settings.blobDir());
    }

    @Singleton
    @Bean(preDestroy = "close")
    IngestLedger ingestLedger(IngestSettings settings) {
        return new IngestLedger(settings.ledgerFile());
    }

    @Singleton
    OcrEngine ocrEngine(ExtractionSettings settings) {
        return OcrEngine.detect(settings);
    }

    /** Every source is parsed in a child JVM; the service itself never runs Tika on a file. */
    @Singleton
    @Bean(preDestroy = "close")
    IsolatedParser isolatedParser(ExtractionSettings settings) {
        return new IsolatedParser(settings);
    }
}
