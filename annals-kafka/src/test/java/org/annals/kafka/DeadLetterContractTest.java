package org.annals.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.annals.events.AsyncApiDocument;
import org.annals.events.Topic;
import org.junit.jupiter.api.Test;

/**
 * annals-events cannot see {@link DeadLetters}, so the AsyncAPI document lists the
 * {@code annals_error_*} headers itself; this holds the two lists together.
 */
class DeadLetterContractTest {

    @Test
    void theAsyncApiDocumentPromisesExactlyTheHeadersDeadLettersWrite() throws IllegalAccessException {
        Set<String> written = new TreeSet<>();
        for (Field field : DeadLetters.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("ERROR_")) {
                written.add((String) field.get(null));
            }
        }
        JsonNode headers = AsyncApiDocument.tree().path("channels").path(AsyncApiDocument.channelId(Topic.DEADLETTER))
                .path("messages").path("deadLetter").path("headers");
        Set<String> promised = new TreeSet<>();
        headers.path("required").forEach(name -> promised.add(name.asText()));

        assertThat(written).isNotEmpty();
        assertThat(promised).as("required annals_error_* headers in asyncapi.yaml").isEqualTo(written);
    }
}
