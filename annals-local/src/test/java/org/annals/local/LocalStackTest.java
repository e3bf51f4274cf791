package org.annals.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The web UI is told where this stack runs the services it proxies, whatever their ports. */
class LocalStackTest {

    @Test
    void theWebServiceLearnsWhereTheOthersRun() {
        StackOptions options = StackOptions.parse("--service", "ingest=i.jar:9181", "--service", "enrich=e.jar:9182",
                "--service", "store=s.jar:9183", "--service", "web=w.jar:9180");
        LocalStack stack = new LocalStack(options, new PrintStream(new ByteArrayOutputStream()));

        ServiceSpec web = stack.withUpstreams(options.services().get(3));
        assertThat(web.env())
                .containsEntry("ANNALS_WEB_INGEST_URL", "http://localhost:9181")
                .containsEntry("ANNALS_WEB_ENRICH_URL", "http://localhost:9182")
                .containsEntry("ANNALS_WEB_STORE_URL", "http://localhost:9183");
        assertThat(web.port()).isEqualTo(9180);
        // The other services are started as given.
        assertThat(stack.withUpstreams(options.services().get(0))).isEqualTo(options.services().get(0));
    }
}
