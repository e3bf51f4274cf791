package org.annals.enrich.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.annals.service.Access;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.annals.enrich.tagging.Enricher;
import org.annals.enrich.tagging.TaggingRequest;
import org.annals.events.Tag;
import org.annals.events.TextEnriched;
import org.annals.service.ProblemException;

/** {@code POST /api/enrich}: the pipeline's taggers on a text, answered at once (DESIGN §4). */
@Secured({Access.READER, Access.ARCHIVIST, Access.OPERATOR})
@Controller("/api")
public class EnrichController {

    /** The request body; {@code referenceDate} as YYYY-MM-DD. */
    public record EnrichRequest(@Nullable String text, @Nullable String referenceDate, @Nullable String language) {
    }

    public record EnrichResponse(TextEnriched.Enricher enricher, List<Tag> tags) {
    }

    private final Enricher enricher;

    public EnrichController(Enricher enricher) {
        this.enricher = enricher;
    }

    @Post(uri = "/enrich", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public EnrichResponse enrich(@Body EnrichRequest request) {
        if (request == null || request.text() == null) {
            throw ProblemException.badRequest("The request needs a 'text' field with the text to tag.");
        }
        LocalDate referenceDate = null;
        if (request.referenceDate() != null && !request.referenceDate().isBlank()) {
            try {
                referenceDate = LocalDate.parse(request.referenceDate().strip());
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("referenceDate '" + request.referenceDate()
                        + "' is not a date; write it as YYYY-MM-DD, e.g. 1921-03-16.");
            }
        }
        List<Tag> tags = enricher.tag(new TaggingRequest(request.text(), referenceDate, request.language()));
        return new EnrichResponse(enricher.identity(), tags);
    }
}
