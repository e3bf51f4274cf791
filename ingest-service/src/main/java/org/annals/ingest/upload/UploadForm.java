package org.annals.ingest.upload;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.service.ProblemException;

/**
 * The fields of an upload besides the file, checked before any byte is stored.
 *
 * @param documentId    null: derived from the bytes' hash, so the same file uploaded twice is one document
 * @param metadata      Dublin Core fields the archivist gave (title, creator, date, …)
 * @param referenceDate the document's own date, against which "last March" is resolved
 */
public record UploadForm(
        String documentId,
        String collection,
        String declaredMediaType,
        String submittedBy,
        LocalDate referenceDate,
        Map<String, String> metadata) {

    /** Letters, digits, '.', '_' and '-', starting with a letter or digit: safe in URLs, file names and topics. */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    public static final String DEFAULT_COLLECTION = "default";
    public static final int MAX_VALUE_LENGTH = 4000;

    /** The fifteen Dublin Core elements, as plain form field names. */
    public static final List<String> DUBLIN_CORE = List.of("title", "creator", "subject", "description",
            "publisher", "contributor", "date", "type", "format", "identifier", "source", "language",
            "relation", "coverage", "rights");

    private static final Set<String> CONTROL_FIELDS =
            Set.of("file", "documentId", "collection", "referenceDate", "mediaType");

    /**
     * Reads and checks the form fields; throws a 400 problem naming the first field that is wrong.
     *
     * @param submittedBy the authenticated subject: who uploaded is never the client's to say
     */
    public static UploadForm parse(Map<String, String> fields, String submittedBy) {
        for (String name : fields.keySet()) {
            if (name.equals("submittedBy")) {
                throw ProblemException.badRequest("submittedBy is taken from your access token ('" + submittedBy
                        + "'); leave the field out.");
            }
            if (!CONTROL_FIELDS.contains(name) && !DUBLIN_CORE.contains(name)) {
                throw ProblemException.badRequest("Unknown field '" + name + "'. Accepted fields: file, documentId, "
                        + "collection, referenceDate, mediaType and the Dublin Core elements "
                        + String.join(", ", DUBLIN_CORE) + ".");
            }
            String value = fields.get(name);
            if (value.length() > MAX_VALUE_LENGTH) {
                throw ProblemException.badRequest("Field '" + name + "' is " + value.length()
                        + " characters long; the limit is " + MAX_VALUE_LENGTH + ".");
            }
            if (hasControlCharacters(value)) {
                throw ProblemException.badRequest("Field '" + name + "' contains control characters; "
                        + "send plain text.");
            }
        }
        String documentId = blankToNull(fields.get("documentId"));
        if (documentId != null && !IDENTIFIER.matcher(documentId).matches()) {
            throw ProblemException.badRequest("documentId '" + printable(documentId) + "' is not allowed: use 1 to 128 "
                    + "letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        String collection = blankToNull(fields.get("collection"));
        if (collection == null) {
            collection = DEFAULT_COLLECTION;
        } else if (!IDENTIFIER.matcher(collection).matches()) {
            throw ProblemException.badRequest("collection '" + printable(collection) + "' is not allowed: use 1 to 128 "
                    + "letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        LocalDate referenceDate = null;
        String date = blankToNull(fields.get("referenceDate"));
        if (date != null) {
            try {
                referenceDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("referenceDate '" + printable(date)
                        + "' is not a date; write it as YYYY-MM-DD, e.g. 1921-03-16.");
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String element : DUBLIN_CORE) {
            String value = blankToNull(fields.get(element));
            if (value != null) {
                metadata.put(element, value.strip());
            }
        }
        return new UploadForm(documentId, collection, blankToNull(fields.get("mediaType")), submittedBy,
                referenceDate, metadata);
    }

    /** The file name as the archivist's system gave it, reduced to its last segment and printable characters. */
    public static String safeFilename(String given) {
        if (given == null) {
            return "upload";
        }
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    private static String printable(String value) {
        String shown = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
