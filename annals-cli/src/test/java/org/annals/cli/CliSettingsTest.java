package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server settings come from a flag, else the environment, else the config file, else the default. */
class CliSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheLocalStack() {
        CliRun run = CliRun.annals("get", "--help");

        assertThat(run.out()).contains("now http://localhost:8081", "now http://localhost:8083");
    }

    @Test
    void theConfigFileBeatsTheDefault() throws IOException {
        Path config = config("store-url=http://archive.example:9000\nkafka=broker:9093\n");

        CliRun get = CliRun.annals(Map.of("ANNALS_CONFIG", config.toString()), "get", "--help");
        CliRun tail = CliRun.annals(Map.of("ANNALS_CONFIG", config.toString()), "tail", "--help");

        assertThat(get.out()).contains("now http://archive.example:9000", "now http://localhost:8081");
        assertThat(tail.out()).contains("now broker:9093");
    }

    @Test
    void theEnvironmentBeatsTheConfigFile() throws IOException {
        Path config = config("store-url=http://archive.example:9000\ntopic-prefix=from-file.\n");
        Map<String, String> env = Map.of("ANNALS_CONFIG", config.toString(),
                "ANNALS_STORE_URL", "http://from-env:8083", "ANNALS_TOPICS_PREFIX", "from-env.");

        assertThat(CliRun.annals(env, "get", "--help").out()).contains("now http://from-env:8083");
        assertThat(CliRun.annals(env, "tail", "--help").out()).contains("now 'from-env.'");
    }

    @Test
    void aFlagBeatsTheEnvironment() throws IOException {
        // Nothing listens on port 1: the error names the URL that was used.
        Map<String, String> env = Map.of("ANNALS_CONFIG", config("store-url=http://localhost:2\n").toString(),
                "ANNALS_STORE_URL", "http://localhost:3");

        CliRun run = CliRun.annals(env, "get", "some-document", "--store-url", "http://localhost:1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.err().strip()).isEqualTo(
                "annals: cannot reach the store at http://localhost:1 — is ./annals up running?");
    }

    @Test
    void withoutAFlagTheEnvironmentIsUsed() {
        CliRun run = CliRun.annals(Map.of("ANNALS_INGEST_URL", "http://localhost:1"), "status", "some-ingest");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.err()).contains("cannot reach the ingest service at http://localhost:1");
    }

    @Test
    void aUrlThatIsNotOneIsAUsageError() {
        CliRun run = CliRun.annals("get", "x", "--store-url", "localhost:8083");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--store-url must be an http:// or https:// URL");
    }

    private Path config(String content) throws IOException {
        Path file = dir.resolve("cli.properties");
        Files.writeString(file, content);
        return file;
    }
}
