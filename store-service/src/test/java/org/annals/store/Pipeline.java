package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.events.Envelope;
import org.annals.events.ExtractionFailed;
import org.annals.events.SourceReceived;
import org.annals.events.Tag;
import org.annals.events.TextEnriched;
import org.annals.events.TextExtracted;

/**
 * Builds the events ingest-service and enrich-service would publish for a document, the way
 * they build them (originate for an upload, derive for what follows), and writes the source
 * bytes where ingest-service would keep them.
 */
public final class Pipeline {

    public static final String INGEST = "/annals/ingest-service";
    public static final String ENRICH = "/annals/enrich-service";

    private final Path dataDir;

    public Pipeline(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Envelope<SourceReceived> source(String documentId, String collection, String filename, byte[] bytes,
                                           Map<String, String> metadata) {
        String sha = sha256(bytes);
        String blobUri = "blob:sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
        if (dataDir != null) {
            Path path = dataDir.resolve("blobs/sha256").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            try {
                Files.createDirectories(path.getParent());
                Files.write(path, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SourceReceived data = new SourceReceived(UUID.randomUUID().toString(), documentId, collection, filename,
                "text/plain", bytes.length, sha, blobUri, "archivist", Instant.parse("2026-01-02T03:04:05Z"),
                metadata, null);
        return Envelope.originate(INGEST, data);
    }

    public Envelope<SourceReceived> source(String documentId, String text) {
        return source(documentId, "letters", documentId + ".txt", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public Envelope<TextExtracted> extracted(Envelope<SourceReceived> source, String text, String mediaType) {
        SourceReceived s = source.data();
        TextExtracted data = new TextExtracted(s.ingestId(), s.documentId(), s.sha256(), mediaType, text,
                sha256(text.getBytes(StandardCharsets.UTF_8)), "en", 1, TextExtracted.Ocr.NOT_USED,
                Map.of("dc:title", "Extracted title of " + s.documentId()),
                new TextExtracted.Extractor("tika", "3.3.1"), 12, null);
        return Envelope.derive(source, INGEST, "test", data);
    }

    public Envelope<TextExtracted> extracted(Envelope<SourceReceived> source) {
        return extracted(source, new String(readBlob(source.data()), StandardCharsets.UTF_8), "text/plain");
    }

    public Envelope<ExtractionFailed> failed(Envelope<SourceReceived> source, String reason) {
        SourceReceived s = source.data();
        return Envelope.derive(source, INGEST, "test",
                new ExtractionFailed(s.ingestId(), s.documentId(), s.sha256(), reason, "TikaException", false));
    }

    /** Tags every occurrence of the given names (PERSON) and EDTF dates (DATE, written as in the text). */
    public Envelope<TextEnriched> enriched(Envelope<TextExtracted> extracted, String version, List<String> persons,
                                           Map<String, String> dates) {
        TextExtracted t = extracted.data();
        List<Tag> tags = new ArrayList<>();
        for (String person : persons) {
            int at = t.text().indexOf(person);
            if (at >= 0) {
                tags.add(new Tag(Tag.Kind.PERSON, at, at + person.length(), person, person, 0.9, null));
            }
        }
        dates.forEach((written, value) -> {
            int at = t.text().indexOf(written);
            if (at >= 0) {
                tags.add(new Tag(Tag.Kind.DATE, at, at + written.length(), written, value, 0.95, null));
            }
        });
        tags.sort(java.util.Comparator.comparingInt(Tag::start));
        return Envelope.derive(extracted, ENRICH, version, new TextEnriched(t.ingestId(), t.documentId(),
                t.textSha256(), new TextEnriched.Enricher("annals-enrich", version), tags));
    }

    public Envelope<TextEnriched> enriched(Envelope<TextExtracted> extracted, String version) {
        return enriched(extracted, version, List.of(), Map.of());
    }

    private byte[] readBlob(SourceReceived s) {
        try {
            return Files.readAllBytes(dataDir.resolve("blobs").resolve(s.blobUri().substring("blob:".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
