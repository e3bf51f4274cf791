package org.annals.service;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Micronaut's own errors (unknown route, wrong method, unreadable body) as
 * {@code application/problem+json} too, so a client parses every error the same way.
 */
@Primary
@Singleton
public class ProblemErrorResponses implements ErrorResponseProcessor<Problem> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        String detail = context.getErrors().stream()
                .map(Error::getMessage)
                .collect(Collectors.joining("; "));
        if (response.code() == 401) {
            detail = "This needs a valid access token (Authorization: Bearer …); none was sent, or it has "
                    + "expired, or this archive did not sign it. ./annals up keeps an operator token in "
                    + "<data-dir>/secrets/operator.token.";
        } else if (response.code() == 403) {
            detail = "Your access token's role may not do this: reading needs reader, archivist or operator; "
                    + "uploading needs archivist or operator; replay, verification and metrics need operator.";
        } else if (detail.isBlank() || detail.equals("Unauthorized") || detail.equals("Forbidden")) {
            detail = response.reason();
        }
        Problem problem = new Problem("about:blank", response.reason(), response.code(), detail,
                context.getRequest().getPath());
        return ((MutableHttpResponse<Problem>) response).contentType(ProblemResponses.PROBLEM_JSON).body(problem);
    }
}
