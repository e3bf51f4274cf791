package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.events.TopicNames;
import org.annals.testkit.WithKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subscriber can fetch the contract from a running store, and it is the one in the repository. */
@WithKafka
class AsyncApiEndpointTest {

    /** The repository root's copy; surefire runs in the module directory. */
    private static final Path COMMITTED = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent()
            .resolve("asyncapi.yaml");

    @Test
    void theStoreServesTheCommittedAsyncApiDocumentByteForByte(TopicNames topics, @TempDir Path dataDir)
            throws IOException {
        try (RunningStoreService store = new RunningStoreService(topics, dataDir)) {
            RunningStoreService.Response response = store.get("/asyncapi.yaml");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/yaml");
            assertThat(response.bytes()).as("GET /asyncapi.yaml against %s", COMMITTED)
                    .isEqualTo(Files.readAllBytes(COMMITTED));
        }
    }
}
