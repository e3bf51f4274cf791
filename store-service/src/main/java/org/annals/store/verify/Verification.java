package org.annals.store.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.events.EventCodec;
import org.annals.events.EventType;
import org.annals.events.SourceReceived;
import org.annals.store.events.ChainCheck;
import org.annals.store.events.Database;
import org.annals.store.events.EventStore;
import org.annals.store.events.HashChain;
import org.annals.store.events.StoredEvent;
import org.annals.store.jobs.Finding;
import org.annals.store.jobs.Progress;
import org.annals.store.web.SourceBlobs;

/**
 * Fixity and integrity: recomputes every stream's hash chain from its rows and every source
 * blob's SHA-256 from its bytes, and reports each mismatch with the document, the event or
 * blob, and what differs. Reads one stream at a time from the reader connection, so recording
 * and queries carry on while it runs.
 */
public final class Verification {

    /** Totals for the job's message. */
    public record Result(int streams, long events, int blobs, int mismatches) {
    }

    private final Database database;
    private final EventStore store;
    private final SourceBlobs blobs;
    private final EventCodec codec;

    public Verification(Database database, EventStore store, SourceBlobs blobs, EventCodec codec) {
        this.database = database;
        this.store = store;
        this.blobs = blobs;
        this.codec = codec;
    }

    public Result run(Progress progress) {
        List<String> ids = database.read(c -> {
            progress.total(store.count(c, store.lastSequence(c)));
            return store.documentIds(c);
        });
        long events = 0;
        int mismatches = 0;
        Set<String> blobsChecked = new HashSet<>();
        for (String id : ids) {
            List<StoredEvent> stream = database.read(c -> store.stream(c, id));
            for (ChainCheck problem : HashChain.problems(stream)) {
                progress.report(new Finding(problem.kind(), id, problem.eventId(), problem.brokenAt(), null,
                        problem.problem()));
                mismatches++;
            }
            for (StoredEvent event : stream) {
                if (EventType.SOURCE_RECEIVED.ceType().equals(event.type())) {
                    Optional<Finding> finding = checkBlob(event, blobsChecked);
                    if (finding.isPresent()) {
                        progress.report(finding.get());
                        mismatches++;
                    }
                }
            }
            events += stream.size();
            progress.advance(stream.size());
        }
        return new Result(ids.size(), events, blobsChecked.size(), mismatches);
    }

    /** Checks the blob a source event names, once per blob. */
    private Optional<Finding> checkBlob(StoredEvent event, Set<String> checked) {
        SourceReceived source;
        try {
            source = event.data(codec);
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // an altered row: the chain check above has already named it
        }
        if (!checked.add(source.blobUri())) {
            return Optional.empty();
        }
        Optional<Path> path = blobs.locate(source.blobUri());
        if (path.isEmpty()) {
            return Optional.of(new Finding("blob-missing", event.documentId(), event.eventId(), event.streamVersion(),
                    source.blobUri(), "The source bytes of document " + event.documentId() + " (" + source.filename()
                    + ") are missing from the blob store: no file for " + source.blobUri() + "."));
        }
        String actual = sha256(path.get());
        if (!actual.equals(source.sha256())) {
            return Optional.of(new Finding("blob-hash", event.documentId(), event.eventId(), event.streamVersion(),
                    source.blobUri(), "The source bytes of document " + event.documentId() + " (" + source.filename()
                    + ") have changed: " + path.get() + " now hashes to " + actual + ", but " + source.sha256()
                    + " was recorded when it was received."));
        }
        return Optional.empty();
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
