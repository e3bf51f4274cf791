package org.annals.cli;

import java.nio.file.Path;

/**
 * What became of one file of an upload.
 *
 * @param detail     for REJECTED and FAILED, the sentence saying why
 * @param documentId for ACCEPTED and DUPLICATE, the document the file belongs to
 * @param ingestId   for ACCEPTED and DUPLICATE, the ingest to follow with {@code annals status}
 */
public record UploadOutcome(Path file, Kind kind, long bytes, String detail, String documentId, String ingestId) {

    public enum Kind {
        /** A new source: 202. */
        ACCEPTED,
        /** The same bytes were already deposited for this document: 200, nothing new. */
        DUPLICATE,
        /** The ingest service refused it (4xx/5xx), saying why. */
        REJECTED,
        /** It could not be sent (the file vanished, the connection broke). */
        FAILED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean deposited() {
        return kind == Kind.ACCEPTED || kind == Kind.DUPLICATE;
    }

    /** One line: {@code accepted  letters/a.html  document sha256-…  ingest …} or the reason. */
    public String describe() {
        return deposited()
                ? String.format("%-9s %s  document %s  ingest %s", kind.word(), file, documentId, ingestId)
                : String.format("%-9s %s: %s", kind.word(), file, detail);
    }
}
