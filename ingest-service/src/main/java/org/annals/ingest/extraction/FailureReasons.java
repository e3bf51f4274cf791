package org.annals.ingest.extraction;

import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * Turns what went wrong in a parse into a sentence an archivist can act on. The technical
 * detail stays in the service log; the reason says what to do.
 */
final class FailureReasons {

    private FailureReasons() {
    }

    static Extraction.Failed explain(Throwable error, String mediaType, ExtractionSettings settings, long durationMs) {
        Throwable textLimit = find(error, TextCollector.TextLimitException.class);
        if (textLimit != null) {
            return failed("The text of this file is longer than the limit of " + settings.maxTextChars()
                    + " characters (annals.ingest.extraction.max-text-chars); split the document or raise the limit.",
                    "TextLimit", false, mediaType, durationMs);
        }
        if (find(error, TextCollector.OcrPageLimitException.class) != null) {
            return failed("More than " + settings.maxOcrPages() + " pages of this file need OCR, the limit "
                    + "(annals.ingest.extraction.max-ocr-pages); split the scan into smaller files or raise the limit.",
                    "OcrPageLimit", false, mediaType, durationMs);
        }
        if (isEntityExpansion(error)) {
            return failed("The XML in this file declares entities that expand without bound (a 'billion laughs' "
                    + "pattern), so it was not read; check where the file came from, or remove the DOCTYPE "
                    + "declarations and upload it again.", "EntityExpansion", false, mediaType, durationMs);
        }
        if (find(error, EncryptedDocumentException.class) != null) {
            return failed("The file is password-protected (encrypted), so its text cannot be read; "
                    + "upload a copy without a password.", "EncryptedDocument", false, mediaType, durationMs);
        }
        if (find(error, ZeroByteFileException.class) != null) {
            // The source itself is never empty here (the upload refuses 0 bytes, the extractor checks):
            // a part came out empty, typically a page too large to render for OCR.
            return failed("Part of this file (an embedded image, or a page rendered for OCR) came out empty, so it "
                    + "could not be read; pages of absurd size do this. Check the file and upload a corrected copy.",
                    "EmptyPart", false, mediaType, durationMs);
        }
        if (isZipBomb(error)) {
            return failed("The file expands to far more data than it holds (a suspected zip bomb), "
                    + "so it was not read; check where it came from.", "SuspectedZipBomb", false, mediaType,
                    durationMs);
        }
        if (find(error, UnsupportedFormatException.class) != null) {
            return failed("The file type " + mediaType + " is not one Annals can read; convert it to PDF, "
                    + "an office format, HTML, plain text or an image and upload it again.",
                    "UnsupportedFormat", false, mediaType, durationMs);
        }
        if (find(error, OutOfMemoryError.class) != null) {
            return failed("Reading this file needed more memory than the extraction worker has; "
                    + "split it into smaller files and upload them.", "OutOfMemory", false, mediaType, durationMs);
        }
        if (error instanceof TikaException || error instanceof IOException || error instanceof RuntimeException) {
            String detail = rootMessage(error);
            return failed("The file could not be read as " + describe(mediaType) + ": it looks damaged or truncated ("
                    + detail + "). Upload an intact copy.", "CorruptFile", false, mediaType, durationMs);
        }
        return failed("Extraction failed unexpectedly (" + rootMessage(error) + "); the service log has details.",
                error.getClass().getSimpleName(), true, mediaType, durationMs);
    }

    /** A parse that left embedded documents unread because they lay deeper than the depth limit. */
    static Extraction.Failed tooDeep(int skipped, String mediaType, ExtractionSettings settings, long durationMs) {
        return failed("This file nests documents inside documents more than " + settings.maxEmbeddedDepth()
                + " levels deep (annals.ingest.extraction.max-embedded-depth), so " + skipped
                + (skipped == 1 ? " embedded document was" : " embedded documents were") + " not read; unpack the "
                + "inner archives and upload their documents, or raise the limit.", "EmbeddedDepthLimit", false,
                mediaType, durationMs);
    }

    /** A parse that left embedded documents unread because there were more than the count limit. */
    static Extraction.Failed tooMany(int skipped, String mediaType, ExtractionSettings settings, long durationMs) {
        return failed("This file holds more than " + settings.maxEmbeddedCount() + " embedded documents "
                + "(annals.ingest.extraction.max-embedded-count), so " + skipped + " of them were not read; "
                + "split it into smaller archives, or raise the limit.", "EmbeddedCountLimit", false, mediaType,
                durationMs);
    }

    /** The child parser did not answer within the per-document timeout and was killed. */
    static Extraction.Failed timedOut(String mediaType, ExtractionSettings settings, long durationMs) {
        return failed("Extraction took longer than the limit of " + settings.timeout().toSeconds()
                + " s (annals.ingest.extraction.timeout), so the parser was stopped; the file may be very large "
                + "or malformed. Split it, or raise the limit and upload it again.", "Timeout", true, mediaType,
                durationMs);
    }

    /** The child parser ran out of heap on this file. */
    static Extraction.Failed outOfMemory(String mediaType, ExtractionSettings settings, long durationMs) {
        return failed("The parser ran out of its " + settings.childHeapMegabytes() + " MB memory limit "
                + "(annals.ingest.extraction.child-heap) on this file; split it into smaller files, or raise "
                + "the limit and upload it again.", "OutOfMemory", false, mediaType, durationMs);
    }

    /** The child parser died for another reason (a crash in native code, a kill from outside). */
    static Extraction.Failed crashed(int exitCode, String mediaType, long durationMs) {
        return failed("The parser process stopped unexpectedly (exit code " + exitCode + ") while reading this "
                + "file and was restarted; the file may be damaged. Upload an intact copy, or ask the operator "
                + "to check the ingest service log.", "ParserCrashed", true, mediaType, durationMs);
    }

    /** The child parser could not be started at all: a problem of the service, not the file. */
    static Extraction.Failed unavailable(String problem, String mediaType, long durationMs) {
        return failed("The parser could not be started (" + problem + "); the file was not read. "
                + "Ask the operator to check the ingest service log, then upload the file again.",
                "ParserUnavailable", true, mediaType, durationMs);
    }

    /** A parse that succeeded but found no text at all. */
    static Extraction.Failed noText(String mediaType, Integer pages, OcrEngine ocr, long durationMs) {
        boolean mayBeScan = TikaExtractor.isImage(mediaType) || "application/pdf".equals(mediaType);
        if (mayBeScan && !ocr.available()) {
            return failed("No text layer was found and OCR is unavailable, so this scanned " + describe(mediaType)
                    + " cannot be read: " + ocr.problem() + " Then upload the file again.", "OcrUnavailable", true,
                    mediaType, durationMs);
        }
        if ("application/octet-stream".equals(mediaType)) {
            return failed("The file type could not be recognised; Annals reads PDF, office documents, HTML, "
                    + "plain text and scanned images. Check the file, or convert it to one of these.",
                    "UnknownFormat", false, mediaType, durationMs);
        }
        if (mayBeScan) {
            return failed("No text could be recognised in this " + describe(mediaType)
                    + (pages == null ? "" : " (" + pages + (pages == 1 ? " page" : " pages") + ")")
                    + "; if it is a scan, check that it is legible and at least 200 dpi.", "NoText", false,
                    mediaType, durationMs);
        }
        return failed("The " + describe(mediaType) + " contains no text.", "NoText", false, mediaType, durationMs);
    }

    /** Whether the error is one of the limits that must fail the whole source even inside an embedded document. */
    static boolean isLimit(Throwable error) {
        return isZipBomb(error) || isEntityExpansion(error)
                || find(error, TextCollector.TextLimitException.class) != null
                || find(error, TextCollector.OcrPageLimitException.class) != null;
    }

    private static boolean isEntityExpansion(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            // JAXP's verdict on billion laughs, in the words of the JDK's and Xerces' parsers
            if (message.contains("entity expansions") || message.contains("JAXP00010001")
                    || message.contains("entityExpansionLimit") || message.contains("EntityExpansionLimit")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZipBomb(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (message.contains("zip bomb")) { // SecureContentHandler's verdict
                return true;
            }
        }
        return false;
    }

    private static String describe(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "text/html", "application/xhtml+xml" -> "HTML page";
            case "text/plain" -> "text file";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "Word document";
            default -> TikaExtractor.isImage(mediaType) ? "image (" + mediaType + ")" : mediaType + " file";
        };
    }

    /** The innermost message, cut to one short line: a reason is read by a person, the log has the rest. */
    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        if (message.startsWith("TesseractOCRParser bad exit value")) {
            return "Tesseract could not decode the image";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        if (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Extraction.Failed failed(String reason, String errorClass, boolean retriable, String mediaType,
                                            long durationMs) {
        return new Extraction.Failed(reason, errorClass, retriable, mediaType, durationMs);
    }
}
