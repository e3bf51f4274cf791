package org.annals.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers refused requests as {@code application/problem+json} (RFC 9457). */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private ProblemResponses() {
    }

    public static HttpResponse<Problem> of(HttpRequest<?> request, HttpStatus status, String title, String detail) {
        return HttpResponse.<Problem>status(status)
                .contentType(PROBLEM_JSON)
                .body(new Problem("about:blank", title, status.getCode(), detail, request.getPath()));
    }

    /** Renders every {@link ProblemException} a controller throws. */
    @Produces
    @Singleton
    @Requires(classes = {ProblemException.class, ExceptionHandler.class})
    static class Refused implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
            return of(request, e.status(), e.title(), e.getMessage());
        }
    }

    /** "200 MB" rather than 209715200. */
    public static String humanBytes(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return (bytes / (1024L * 1024)) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
