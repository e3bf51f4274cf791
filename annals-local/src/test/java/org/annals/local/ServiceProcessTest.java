package org.annals.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir
    Path dir;

    @Test
    void startsKillsAndRestartsAService() throws Exception {
        ServiceSpec spec = new ServiceSpec("stub", stubJar(), FreePorts.pick());
        try (ServiceProcess service = new ServiceProcess(spec, "localhost:1234", dir)) {
            service.start().awaitReady(Duration.ofSeconds(30));
            assertThat(Files.readString(service.logFile()))
                    .contains("bootstrap=localhost:1234 data=" + dir.toAbsolutePath() + " omp=1");

            service.kill();
            assertThat(service.isAlive()).isFalse();

            service.restart().awaitReady(Duration.ofSeconds(30));
            assertThat(service.isAlive()).isTrue();
            service.stop();
            assertThat(service.isAlive()).isFalse();
        }
    }

    @Test
    void reportsAServiceThatExitsWithItsLog() throws Exception {
        ServiceSpec spec = new ServiceSpec("broken", stubJar(), FreePorts.pick(), Map.of("STUB_FAIL", "no database"));
        try (ServiceProcess service = new ServiceProcess(spec, "localhost:1234", dir)) {
            assertThatThrownBy(() -> service.start().awaitReady(Duration.ofSeconds(30)))
                    .isInstanceOf(ServiceStartException.class)
                    .hasMessageContaining("broken exited with code 3")
                    .hasMessageContaining(dir.resolve("logs/broken.log").toAbsolutePath().toString())
                    .hasMessageContaining("stub refusing to start: no database");
        }
    }

    /** A jar holding only a manifest: main class HealthStub, class path = the test classes. */
    private Path stubJar() throws Exception {
        Path classes = Path.of(HealthStub.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, HealthStub.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = dir.resolve("stub.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
