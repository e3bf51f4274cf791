package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every command answers {@code --help} with its usage and options, and exits 0. */
class CliHelpTest {

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(new String[] {"--help"}, new String[] {"upload", "tail", "verify", "Exit codes"}),
                Arguments.of(new String[] {"up", "--help"}, new String[] {"--data-dir", "--kafka-port", "--service"}),
                Arguments.of(new String[] {"upload", "--help"}, new String[] {"--collection", "--title", "--reference-date",
                        "--meta", "--document-id", "--parallel", "--wait", "--ingest-url"}),
                Arguments.of(new String[] {"status", "--help"}, new String[] {"INGEST_ID", "--json", "--ingest-url"}),
                Arguments.of(new String[] {"get", "--help"}, new String[] {"DOCUMENT", "--edition", "--text", "--tags",
                        "--source", "--output", "--store-url"}),
                Arguments.of(new String[] {"history", "--help"}, new String[] {"DOCUMENT", "--json", "--store-url"}),
                Arguments.of(new String[] {"tail", "--help"}, new String[] {"TOPIC", "--from-beginning", "--since", "--group",
                        "--max", "--idle", "--kafka", "--topic-prefix"}),
                Arguments.of(new String[] {"replay", "--help"}, new String[] {"projections", "enrichment", "republish"}),
                Arguments.of(new String[] {"replay", "projections", "--help"}, new String[] {"--no-wait", "--store-url"}),
                Arguments.of(new String[] {"replay", "enrichment", "--help"}, new String[] {"--document", "--collection", "--all"}),
                Arguments.of(new String[] {"replay", "republish", "--help"}, new String[] {"--topic", "--from", "--to",
                        "--target", "--topic-prefix"}),
                Arguments.of(new String[] {"verify", "--help"}, new String[] {"--no-wait", "--store-url"}),
                Arguments.of(new String[] {"help", "upload"}, new String[] {"--collection"}));
    }

    @ParameterizedTest(name = "annals {0}")
    @MethodSource("commands")
    void helpShowsTheOptions(String[] args, String[] mentions) {
        CliRun run = CliRun.annals(args);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).as(run.toString()).startsWith("Usage: annals").contains(mentions);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aWrongCommandLineIsOneLineAndExitTwo() {
        CliRun run = CliRun.annals("get");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().strip()).hasLineCount(1)
                .isEqualTo("annals: Missing required parameter: 'DOCUMENT' (see 'annals get --help')");
    }

    @Test
    void anUnknownCommandIsNamed() {
        CliRun run = CliRun.annals("uplaod", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("annals: unknown command 'uplaod' (see 'annals --help')\n");
    }

    @Test
    void noCommandShowsTheUsageAndExitsTwo() {
        CliRun run = CliRun.annals();

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Usage: annals", "upload");
    }

    @Test
    void theDocumentIdGoesWithOneFileOnly() {
        CliRun run = CliRun.annals("upload", "--document-id", "x", "pom.xml", "src");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--document-id names one document").doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = CliRun.annals("upload", "no/such/file.pdf", "--ingest-url", "http://localhost:1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err().strip()).isEqualTo("annals: no such file or directory: no/such/file.pdf");
    }
}
