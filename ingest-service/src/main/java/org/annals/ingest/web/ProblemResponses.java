package org.annals.ingest.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers refused requests as {@code application/problem+json} (RFC 9457). */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private ProblemResponses() {
    }

    static HttpResponse<Problem> of(HttpRequest<?> request, HttpStatus status, String title, String detail) {
        return HttpResponse.<Problem>status(status)
                .contentType(PROBLEM_JSON)
                .body(new Problem("about:blank", title, status.getCode(), detail, request.getPath()));
    }

    @Produces
    @Singleton
    @Requires(classes = {ProblemException.class, ExceptionHandler.class})
    static class Refused implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
            return of(request, e.status(), e.title(), e.getMessage());
        }
    }

    /** Micronaut stops reading a body past its limit; say which limit in words. */
    @Produces
    @Singleton
    @Replaces(ContentLengthExceededHandler.class)
    @Requires(classes = {ContentLengthExceededException.class, ExceptionHandler.class})
    static class TooLarge implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {
        private final long limit;

        TooLarge(@Value("${annals.ingest.max-upload-size}") @ReadableBytes long limit) {
            this.limit = limit;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
            return of(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Upload too large", tooLarge(limit));
        }
    }

    public static String tooLarge(long limit) {
        return "The file is larger than the upload limit of " + humanBytes(limit)
                + " (annals.ingest.max-upload-size); split it or ask an operator to raise the limit.";
    }

    static String humanBytes(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return (bytes / (1024L * 1024)) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
