package org.annals.ingest.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.annals.service.Problem;
import org.annals.service.ProblemResponses;

/** Micronaut stops reading an upload past its limit; this says which limit, in words. */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
@Requires(classes = {ContentLengthExceededException.class, ExceptionHandler.class})
public class UploadTooLarge implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {

    private final long limit;

    public UploadTooLarge(@Value("${annals.ingest.max-upload-size}") @ReadableBytes long limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
        return ProblemResponses.of(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Upload too large", detail(limit));
    }

    public static String detail(long limit) {
        return "The file is larger than the upload limit of " + ProblemResponses.humanBytes(limit)
                + " (annals.ingest.max-upload-size); split it or ask an operator to raise the limit.";
    }
}
