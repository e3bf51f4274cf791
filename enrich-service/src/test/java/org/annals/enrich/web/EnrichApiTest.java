package org.annals.enrich.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.annals.enrich.RunningEnrichService;
import org.annals.enrich.RunningEnrichService.Response;
import org.annals.testkit.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /api/enrich}: the synchronous preview with the pipeline's taggers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichApiTest {

    private RunningEnrichService service;

    @BeforeAll
    void start() {
        service = new RunningEnrichService(TestBroker.freshTopics());
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void tagsATextWithItsReferenceDate() {
        String text = "Dr. Alexandra Kollontai wrote to Lenin last March. Kollontai's letter "
                + "(Lenin, The Party Crisis) is in box 37.";
        Response r = service.enrich(Map.of("text", text, "referenceDate", "1921-09-20"));

        assertThat(r.status()).isEqualTo(200);
        JsonNode enricher = r.body().path("enricher");
        assertThat(enricher.path("name").asText()).isEqualTo("annals-enrich");
        assertThat(enricher.path("version").asText()).contains("annals-dates-", "annals-persons-", "annals-citations-");
        JsonNode tags = r.body().path("tags");
        assertThat(tags).anySatisfy(t -> {
            assertThat(t.path("type").asText()).isEqualTo("DATE");
            assertThat(t.path("text").asText()).isEqualTo("last March");
            assertThat(t.path("value").asText()).isEqualTo("1921-03");
        });
        assertThat(tags).anySatisfy(t -> {
            assertThat(t.path("type").asText()).isEqualTo("PERSON");
            assertThat(t.path("text").asText()).isEqualTo("Kollontai");
            assertThat(t.path("value").asText()).isEqualTo("Alexandra Kollontai");
        });
        assertThat(tags).anySatisfy(t -> assertThat(t.path("type").asText()).isEqualTo("CITATION"));
        for (JsonNode t : tags) {
            assertThat(text.substring(t.path("start").asInt(), t.path("end").asInt())).isEqualTo(t.path("text").asText());
            assertThat(t.has("citation") == t.path("type").asText().equals("CITATION")).isTrue();
        }
    }

    @Test
    void badRequestsAreProblems() {
        assertProblem(service.enrich(Map.of("referenceDate", "1921-01-01")), "'text'");
        assertProblem(service.enrich(Map.of("text", "x", "referenceDate", "March 1921")), "YYYY-MM-DD");
        assertProblem(service.post("/api/enrich", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8)),
                "");
    }

    @Test
    void aFiveMegabyteTextIsTaggedWithinTheHeap() {
        StringBuilder text = new StringBuilder(5_300_000);
        String paragraph = "On 16 March 1921 Alexandra Kollontai spoke to the delegates (Lenin, The Party Crisis). "
                + "Kollontai had written about the trade unions in the 1920s and again in spring 1922.\n\n";
        while (text.length() < 5_000_000) {
            text.append(paragraph);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("text", text.toString());

        Response r = service.enrich(body);

        assertThat(r.status()).isEqualTo(200);
        int paragraphs = text.length() / paragraph.length();
        assertThat(r.body().path("tags").size()).isGreaterThanOrEqualTo(paragraphs * 4);
    }

    private static void assertProblem(Response r, String detail) {
        assertThat(r.status()).as(r.body().toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().path("detail").asText()).contains(detail);
    }
}
