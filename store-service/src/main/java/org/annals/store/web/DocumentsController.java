package org.annals.store.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.annals.service.Access;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.annals.service.ProblemException;
import org.annals.store.projection.DateBounds;

/** The store's query API (DESIGN §4). */
@Secured({Access.READER, Access.ARCHIVIST, Access.OPERATOR})
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentsController {

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 200;

    private final Catalogue catalogue;
    private final SourceBlobs blobs;

    public DocumentsController(Catalogue catalogue, SourceBlobs blobs) {
        this.catalogue = catalogue;
        this.blobs = blobs;
    }

    @Get
    public DocumentPage list(@Nullable @QueryValue String collection, @Nullable @QueryValue String q,
                             @Nullable @QueryValue String person, @Nullable @QueryValue String dateFrom,
                             @Nullable @QueryValue String dateTo, @Nullable @QueryValue String page,
                             @Nullable @QueryValue String size) {
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE, 1);
        int pageSize = number("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
        LocalDate from = date("dateFrom", dateFrom, DateBounds::from);
        LocalDate to = date("dateTo", dateTo, DateBounds::to);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badRequest("dateFrom " + dateFrom + " is after dateTo " + dateTo + ".");
        }
        String who = person == null || person.isBlank() ? null : person.trim().toLowerCase(Locale.ROOT);
        String inCollection = collection == null || collection.isBlank() ? null : collection;
        return catalogue.list(new DocumentQuery(inCollection, SearchTerms.match(q), who, from, to, pageNumber, pageSize));
    }

    @Get("/{documentId}")
    public DocumentView document(@PathVariable String documentId) {
        return catalogue.document(documentId).orElseThrow(() -> unknownDocument(documentId));
    }

    @Get("/{documentId}/editions/{n}")
    public ObjectNode edition(@PathVariable String documentId, @PathVariable String n) {
        int edition = editionNumber(n);
        return catalogue.edition(documentId, edition).orElseThrow(() -> unknownEdition(documentId, edition));
    }

    @Get("/{documentId}/editions/{n}/source")
    public HttpResponse<StreamedFile> source(@PathVariable String documentId, @PathVariable String n) {
        int edition = editionNumber(n);
        Catalogue.SourceFile file = catalogue.source(documentId, edition)
                .orElseThrow(() -> unknownEdition(documentId, edition));
        Path path = blobs.locate(file.blobUri()).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                "Source not found", "The original bytes of edition " + edition + " of document " + documentId
                + " are not in the blob store (" + file.blobUri() + ")."));
        MediaType type = mediaType(file.mediaType());
        try {
            StreamedFile body = new StreamedFile(Files.newInputStream(path), type);
            return HttpResponse.ok(body)
                    .contentType(type)
                    .contentLength(Files.size(path))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + safeFilename(file.filename()) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    @Get("/{documentId}/events")
    public EventHistory events(@PathVariable String documentId) {
        return catalogue.events(documentId).orElseThrow(() -> unknownDocument(documentId));
    }

    private static MediaType mediaType(String value) {
        if (value == null || value.isBlank()) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
        try {
            return MediaType.of(value);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    /** Printable ASCII without quotes, backslashes or path separators: safe inside the header. */
    static String safeFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            return "source";
        }
        String name = filename.replaceAll(".*[/\\\\]", "");
        String safe = name.replaceAll("[^A-Za-z0-9._ ()-]", "_").trim();
        return safe.isEmpty() || safe.chars().allMatch(ch -> ch == '.') ? "source" : safe;
    }

    private static int editionNumber(String n) {
        try {
            int edition = Integer.parseInt(n);
            if (edition >= 1) {
                return edition;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.badRequest("Edition must be a whole number from 1, not '" + n + "'.");
    }

    private static int number(String name, String value, int min, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.badRequest(name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? "" : " to " + max) + ", not '" + value + "'.");
    }

    private static LocalDate date(String name, String value, Function<DateBounds, LocalDate> end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DateBounds.of(value.trim()).map(end).orElseThrow(() -> ProblemException.badRequest(
                name + " must be a date such as 1921, 1921-03 or 1921-03-16, not '" + value + "'."));
    }

    private static ProblemException unknownDocument(String documentId) {
        return new ProblemException(HttpStatus.NOT_FOUND, "Document not found",
                "There is no document '" + documentId + "' in the archive.");
    }

    private ProblemException unknownEdition(String documentId, int edition) {
        if (catalogue.document(documentId).isEmpty()) {
            return unknownDocument(documentId);
        }
        return new ProblemException(HttpStatus.NOT_FOUND, "Edition not found",
                "Document '" + documentId + "' has no edition " + edition + ".");
    }
}
