package org.annals.store.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.annals.service.Access;
import io.micronaut.http.annotation.Get;
import java.nio.charset.StandardCharsets;
import org.annals.events.AsyncApiDocument;

/**
 * Serves the subscriber-facing contract, the same bytes as the repository's asyncapi.yaml, so a
 * subscriber can read what a running store publishes from the store itself.
 */
@Secured({Access.READER, Access.ARCHIVIST, Access.OPERATOR})
@Controller
public class AsyncApiController {

    static final String YAML = "application/yaml";

    /** Rendered once: the document only changes with the code. */
    private final byte[] document = AsyncApiDocument.render().getBytes(StandardCharsets.UTF_8);

    @Get(value = "/asyncapi.yaml", produces = YAML)
    public HttpResponse<byte[]> asyncApi() {
        return HttpResponse.ok(document).contentType(YAML);
    }
}
