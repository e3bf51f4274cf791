package org.annals.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps {@code docker-compose.yml} and the per-service Dockerfiles from drifting away from the
 * services they deploy. There is no Docker engine where this project is built, so the
 * deployment file cannot be started here; instead every service, port, environment variable,
 * volume and Kafka listener it names is checked against the build (root {@code pom.xml}), the
 * services' {@code application.yml} and their Dockerfiles.
 *
 * <p>A compose service whose module is not (yet) in the root pom's {@code <modules>} gets one
 * skipped check naming it; its other checks start the moment the module joins the build.
 */
class DeploymentFileTest {

    /** The compose service that is the broker, not one of ours. */
    private static final String KAFKA = "kafka";

    /**
     * Environment variables that no application.yml reads because the process around the
     * application does: {@code JAVA_OPTS} is expanded by the image's ENTRYPOINT into JVM
     * arguments (checked below), {@code OMP_THREAD_LIMIT} is read by Tesseract (and checked for
     * by ingest-service's OcrEngine) - allowed only where the image installs Tesseract.
     */
    private static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_OPTS", "OMP_THREAD_LIMIT");

    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^:}]+)(?::(.*))?}$");
    private static final Pattern URL_PORT = Pattern.compile("https?://localhost:(\\d+)/health");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Object> services;
    private static List<String> reactorModules;
    private static String projectVersion;

    @BeforeAll
    static void readFiles() throws Exception {
        root = repositoryRoot();
        compose = yaml(root.resolve("docker-compose.yml"));
        services = map(compose.get("services"), "docker-compose.yml: services");
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(root.resolve("pom.xml").toFile());
        reactorModules = new ArrayList<>();
        NodeList modules = pom.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            reactorModules.add(modules.item(i).getTextContent().trim());
        }
        projectVersion = childText(pom.getDocumentElement(), "version");
    }

    /**
     * Maven runs the tests in the module directory (annals-local); the repository root is its
     * parent. Also works when run from the root itself (an IDE's default).
     */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : new Path[] {here.getParent(), here}) {
            if (candidate != null && Files.isRegularFile(candidate.resolve("docker-compose.yml"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        return fail("No docker-compose.yml next to a pom.xml in " + here.getParent() + " or " + here
                + ": the deployment file belongs at the repository root (DESIGN §2)");
    }

    // ---------------------------------------------------------------- per service

    @TestFactory
    Stream<DynamicNode> everyServiceAgreesWithItsModule() {
        List<String> names = serviceNames();
        assertThat(names).as("docker-compose.yml has no services besides %s", KAFKA).isNotEmpty();
        return names.stream().map(name -> {
            List<DynamicTest> checks = new ArrayList<>();
            checks.add(DynamicTest.dynamicTest("is built from an existing Dockerfile", () -> dockerfileOf(name)));
            checks.add(DynamicTest.dynamicTest("its module is in the build", () -> moduleInBuild(name)));
            checks.add(DynamicTest.dynamicTest("ports agree", () -> portsAgree(service(name), name)));
            checks.add(DynamicTest.dynamicTest("every environment variable is read",
                    () -> environmentIsRead(service(name), name)));
            checks.add(DynamicTest.dynamicTest("what it reads is set", () -> readVariablesAreSet(service(name), name)));
            checks.add(DynamicTest.dynamicTest("the Dockerfile runs the module's jar",
                    () -> dockerfileRunsTheJar(name)));
            checks.add(DynamicTest.dynamicTest("waits for a healthy broker", () -> waitsForKafka(name)));
            return DynamicContainer.dynamicContainer(name, checks);
        });
    }

    private void moduleInBuild(String name) {
        // Not in the build yet: a visible skip naming the module (and the same for the other
        // checks of this service); the Dockerfile itself is checked regardless.
        String module = moduleFor(name);
        assertThat(root.resolve(module).resolve("pom.xml"))
                .as("compose service %s: module %s is in the root pom's <modules> but has no pom.xml", name, module)
                .isRegularFile();
    }

    private void portsAgree(Map<String, Object> service, String name) {
        String module = moduleFor(name);
        Map<String, Object> application = applicationYml(name, module);
        Object configured = path(application, "micronaut", "server", "port");
        assertThat(configured)
                .as("%s/src/main/resources/application.yml sets no micronaut.server.port", module)
                .isNotNull();
        int port = Integer.parseInt(defaultValue(String.valueOf(configured)).trim());

        List<Object> ports = list(service.get("ports"), "compose service " + name + ": ports");
        assertThat(ports).as("compose service %s publishes no port", name).isNotEmpty();
        for (Object mapping : ports) {
            String[] parts = String.valueOf(mapping).split(":");
            int published = Integer.parseInt(parts[parts.length - 2 < 0 ? 0 : parts.length - 2]);
            int target = Integer.parseInt(parts[parts.length - 1].replace("/tcp", ""));
            assertThat(target).as("compose service %s: container port in ports '%s' vs micronaut.server.port %s in %s"
                    + "/src/main/resources/application.yml", name, mapping, port, module).isEqualTo(port);
            assertThat(published).as("compose service %s: published port in ports '%s' vs DESIGN §4 port %s"
                    + " (the default in application.yml)", name, mapping, port).isEqualTo(port);
        }

        Object serverPort = environment(service).get("MICRONAUT_SERVER_PORT");
        if (serverPort != null) {
            assertThat(Integer.parseInt(serverPort.toString()))
                    .as("compose service %s: MICRONAUT_SERVER_PORT vs micronaut.server.port default %s", name, port)
                    .isEqualTo(port);
        }

        Map<String, Object> healthcheck = map(service.get("healthcheck"), "compose service " + name + ": healthcheck");
        assertThat(healthPort(String.valueOf(healthcheck.get("test"))))
                .as("compose service %s: port in the healthcheck URL (%s) vs micronaut.server.port %s",
                        name, healthcheck.get("test"), port)
                .isEqualTo(port);

        String dockerfile = read(dockerfileOf(name));
        assertThat(instructions(dockerfile, "EXPOSE"))
                .as("%s: EXPOSE vs micronaut.server.port %s", relative(dockerfileOf(name)), port)
                .containsExactly(String.valueOf(port));
        List<String> healthchecks = instructions(dockerfile, "HEALTHCHECK");
        assertThat(healthchecks).as("%s has no HEALTHCHECK", relative(dockerfileOf(name))).hasSize(1);
        assertThat(healthPort(healthchecks.get(0)))
                .as("%s: port in the HEALTHCHECK URL vs micronaut.server.port %s", relative(dockerfileOf(name)), port)
                .isEqualTo(port);
    }

    private void environmentIsRead(Map<String, Object> service, String name) {
        String module = moduleFor(name);
        Path applicationPath = applicationYmlPath(name, module);
        String applicationText = read(applicationPath);
        Set<String> properties = flatten(applicationYml(name, module));
        String dockerfile = runtimeStage(read(dockerfileOf(name)));

        for (Map.Entry<String, Object> variable : environment(service).entrySet()) {
            String key = variable.getKey();
            if (RUNTIME_VARIABLES.contains(key)) {
                if (key.equals("JAVA_OPTS")) {
                    assertThat(instructions(dockerfile, "ENTRYPOINT").toString())
                            .as("compose service %s sets JAVA_OPTS but the ENTRYPOINT of %s does not pass $JAVA_OPTS"
                                    + " to java", name, relative(dockerfileOf(name)))
                            .contains("$JAVA_OPTS");
                } else if (key.equals("OMP_THREAD_LIMIT")) {
                    assertThat(installedPackages(dockerfile))
                            .as("compose service %s sets OMP_THREAD_LIMIT (read by Tesseract) but %s does not"
                                    + " install tesseract-ocr", name, relative(dockerfileOf(name)))
                            .contains("tesseract-ocr");
                }
                continue;
            }
            boolean placeholder = applicationText.contains("${" + key + "}")
                    || applicationText.contains("${" + key + ":");
            // Micronaut maps MICRONAUT_SERVER_PORT to micronaut.server.port (and so on).
            String property = key.toLowerCase().replace('_', '.');
            boolean mappedProperty = properties.contains(property);
            assertThat(placeholder || mappedProperty)
                    .as("compose service %s sets %s, which %s does not read: no ${%s:...} placeholder and no"
                            + " property %s", name, key, relative(applicationPath), key, property)
                    .isTrue();
        }
    }

    /**
     * The reverse: a placeholder whose default only makes sense outside a container (the broker
     * on localhost, data under the working directory) must be set by compose.
     */
    private void readVariablesAreSet(Map<String, Object> service, String name) {
        String module = moduleFor(name);
        String applicationText = read(applicationYmlPath(name, module));
        Map<String, Object> environment = environment(service);
        for (String required : List.of("KAFKA_BOOTSTRAP_SERVERS", "ANNALS_DATA_DIR")) {
            if (applicationText.contains("${" + required)) {
                assertThat(environment)
                        .as("%s/src/main/resources/application.yml reads %s but compose service %s does not set it"
                                + " (its default is for running outside a container)", module, required, name)
                        .containsKey(required);
            }
        }
        Object dataDir = environment.get("ANNALS_DATA_DIR");
        if (dataDir != null) {
            assertThat(volumeTargets(service))
                    .as("compose service %s keeps its data in ANNALS_DATA_DIR=%s but mounts no volume there"
                            + " (its files would be lost when the container is recreated)", name, dataDir)
                    .containsKey(dataDir.toString());
        }
    }

    private void dockerfileRunsTheJar(String name) {
        String module = moduleFor(name);
        Path path = dockerfileOf(name);
        String dockerfile = read(path);
        String artifactId = childText(pomOf(module).getDocumentElement(), "artifactId");
        String jar = module + "/target/" + artifactId + "-" + projectVersion + ".jar";
        assertThat(dockerfile)
                .as("%s does not build its own module (-pl %s)", relative(path), module)
                .contains("-pl " + module + " ");
        assertThat(dockerfile)
                .as("%s does not take the module's shaded jar %s", relative(path), jar)
                .contains(jar);
        assertThat(instructions(dockerfile, "FROM").get(instructions(dockerfile, "FROM").size() - 1))
                .as("%s: the runtime stage should be a Debian/Ubuntu JRE image", relative(path))
                .startsWith("eclipse-temurin:17-jre");
        assertThat(instructions(dockerfile, "USER"))
                .as("%s: the service should not run as root", relative(path))
                .isNotEmpty()
                .doesNotContain("root", "0");
        assertThat(instructions(dockerfile, "ENTRYPOINT").toString())
                .as("%s: ENTRYPOINT should run /app/app.jar", relative(path))
                .contains("/app/app.jar");
        assertThat(installedPackages(runtimeStage(dockerfile)))
                .as("%s: the health checks use curl, the runtime stage must install it", relative(path))
                .contains("curl");
    }

    private void waitsForKafka(String name) {
        Map<String, Object> dependsOn = map(service(name).get("depends_on"), "compose service " + name + ": depends_on");
        assertThat(dependsOn).as("compose service %s does not depend on %s", name, KAFKA).containsKey(KAFKA);
        assertThat(map(dependsOn.get(KAFKA), "depends_on." + KAFKA).get("condition"))
                .as("compose service %s should wait for a healthy broker", name)
                .isEqualTo("service_healthy");
    }

    // ---------------------------------------------------------------- whole file

    @Test
    void everyDockerfileInTheRepositoryIsUsed() throws IOException {
        Set<String> used = new LinkedHashSet<>();
        for (String name : serviceNames()) {
            used.add(relative(dockerfileOf(name)));
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.map(dir -> dir.resolve("Dockerfile")).filter(Files::isRegularFile).forEach(file ->
                    assertThat(used).as("%s is not built by any service in docker-compose.yml", relative(file))
                            .contains(relative(file)));
        }
    }

    @Test
    void everyNamedVolumeIsDeclared() {
        Set<String> declared = compose.get("volumes") == null ? Set.of()
                : map(compose.get("volumes"), "docker-compose.yml: volumes").keySet();
        for (String name : services.keySet()) {
            for (String source : volumeTargets(service(name)).values()) {
                if (!source.startsWith("/") && !source.startsWith(".") && !source.startsWith("~")) {
                    assertThat(declared)
                            .as("compose service %s mounts volume '%s', which the top-level volumes: does not declare",
                                    name, source)
                            .contains(source);
                }
            }
        }
    }

    @Test
    void storeAndIngestShareTheBlobs() {
        // ingest-service writes <data>/blobs; store-service serves the original bytes from there.
        Map<String, String> volumeOfDataDir = new TreeMap<>();
        for (String name : services.keySet()) {
            Object dataDir = environment(service(name)).get("ANNALS_DATA_DIR");
            if (dataDir != null) {
                volumeOfDataDir.put(name, volumeTargets(service(name)).get(dataDir.toString()));
            }
        }
        assertThat(new LinkedHashSet<>(volumeOfDataDir.values()))
                .as("the services that keep data (%s) must share one data volume, so store-service reads the"
                        + " blobs ingest-service wrote; they mount %s", volumeOfDataDir.keySet(), volumeOfDataDir)
                .hasSizeLessThanOrEqualTo(1);

        // A shared volume needs one owner: the same uid in every image.
        Map<String, String> uids = new TreeMap<>();
        Pattern uid = Pattern.compile("useradd[^\\n]*--uid\\s+(\\d+)");
        for (String name : serviceNames()) {
            Matcher m = uid.matcher(read(dockerfileOf(name)));
            uids.put(relative(dockerfileOf(name)), m.find() ? m.group(1) : "(none)");
        }
        assertThat(new LinkedHashSet<>(uids.values()))
                .as("the images should create their user with one fixed uid (useradd --uid N); they have %s", uids)
                .hasSize(1)
                .doesNotContain("(none)");
    }

    @Test
    void theServicesReachTheBrokerThroughAnAdvertisedListener() {
        Map<String, Object> kafka = service(KAFKA);
        assertThat(String.valueOf(kafka.get("image")))
                .as("compose service %s should be the apache/kafka image", KAFKA)
                .startsWith("apache/kafka:");
        Map<String, Object> env = environment(kafka);
        Map<String, String> advertised = listeners(env, "KAFKA_ADVERTISED_LISTENERS");
        Map<String, String> bound = listeners(env, "KAFKA_LISTENERS");
        for (Map.Entry<String, String> listener : advertised.entrySet()) {
            assertThat(bound)
                    .as("kafka advertises listener %s but KAFKA_LISTENERS does not open it", listener.getKey())
                    .containsKey(listener.getKey());
            assertThat(port(bound.get(listener.getKey())))
                    .as("kafka listener %s: advertised port vs bound port", listener.getKey())
                    .isEqualTo(port(listener.getValue()));
        }
        Set<String> hostnames = new LinkedHashSet<>(List.of(KAFKA));
        if (kafka.get("hostname") != null) {
            hostnames.add(kafka.get("hostname").toString());
        }
        for (String name : serviceNames()) {
            Object bootstrap = environment(service(name)).get("KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap == null) {
                continue;
            }
            for (String address : bootstrap.toString().split(",")) {
                assertThat(advertised.values())
                        .as("compose service %s: KAFKA_BOOTSTRAP_SERVERS %s is not an address kafka advertises (%s)",
                                name, address, advertised)
                        .contains(address.trim());
                assertThat(hostnames)
                        .as("compose service %s: KAFKA_BOOTSTRAP_SERVERS %s does not name the kafka service", name, address)
                        .contains(address.trim().split(":")[0]);
            }
        }

        // Clients on the host: the published port must be the one kafka advertises on localhost.
        for (Object mapping : list(kafka.get("ports"), "compose service kafka: ports")) {
            String[] parts = String.valueOf(mapping).split(":");
            String published = parts[parts.length - 2];
            String target = parts[parts.length - 1];
            assertThat(advertised.values())
                    .as("kafka publishes %s, but advertises no localhost:%s for clients on the host", mapping, published)
                    .contains("localhost:" + published);
            assertThat(bound.values().stream().map(DeploymentFileTest::port).toList())
                    .as("kafka publishes container port %s, where no listener is open", target)
                    .contains(Integer.parseInt(target));
        }

        // The health check must ask a listener the broker really opens.
        String healthcheck = String.valueOf(map(kafka.get("healthcheck"), "kafka: healthcheck").get("test"));
        Matcher server = Pattern.compile("--bootstrap-server\\s+([\\w.-]+:\\d+)").matcher(healthcheck);
        assertThat(server.find()).as("kafka healthcheck has no --bootstrap-server: %s", healthcheck).isTrue();
        assertThat(advertised.values())
                .as("kafka healthcheck asks %s, which is not an advertised listener", server.group(1))
                .contains(server.group(1));
    }

    @Test
    void theBrokerIsConfiguredForTheEventTopics() {
        Map<String, Object> env = environment(service(KAFKA));
        assertThat(String.valueOf(env.get("KAFKA_PROCESS_ROLES")).replace(" ", ""))
                .as("kafka should be a single KRaft node with both roles").isIn("broker,controller", "controller,broker");
        assertThat(String.valueOf(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")))
                .as("kafka: topics are created by the services with their settings; auto-creation must be off")
                .isEqualTo("false");
        assertThat(Long.parseLong(String.valueOf(env.get("KAFKA_MESSAGE_MAX_BYTES"))))
                .as("kafka: KAFKA_MESSAGE_MAX_BYTES below the in-JVM broker's message.max.bytes (32 MiB records"
                        + " plus batch overhead, EmbeddedKafka.MESSAGE_MAX_BYTES)")
                .isGreaterThanOrEqualTo(EmbeddedKafka.MESSAGE_MAX_BYTES);
        for (String factor : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")) {
            assertThat(String.valueOf(env.get(factor))).as("kafka: %s on a single node", factor).isEqualTo("1");
        }
        assertThat(String.valueOf(env.get("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS")))
                .as("kafka: KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS").isEqualTo("0");
        Object logDirs = env.get("KAFKA_LOG_DIRS");
        assertThat(logDirs).as("kafka: KAFKA_LOG_DIRS is not set").isNotNull();
        assertThat(volumeTargets(service(KAFKA)))
                .as("kafka: its log dir %s is not on a volume", logDirs)
                .containsKey(logDirs.toString());
    }

    @Test
    void theIngestImageHasTesseract() {
        String runtime = runtimeStage(read(root.resolve("ingest-service/Dockerfile")));
        assertThat(installedPackages(runtime))
                .as("ingest-service/Dockerfile: OCR of scans needs tesseract-ocr and its English data in the runtime stage")
                .contains("tesseract-ocr", "tesseract-ocr-eng");
        assertThat(runtime).as("ingest-service/Dockerfile: Tesseract should run with OMP_THREAD_LIMIT=1 (DESIGN §8)")
                .containsPattern("OMP_THREAD_LIMIT=1");
    }

    // ---------------------------------------------------------------- helpers

    /** The compose services this project builds (everything but the broker), in file order. */
    private static List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        for (String name : services.keySet()) {
            if (!name.equals(KAFKA)) {
                names.add(name);
            }
        }
        return names;
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).as("docker-compose.yml has no service %s", name).containsKey(name);
        return map(services.get(name), "compose service " + name);
    }

    private static Path dockerfileOf(String name) {
        Object build = service(name).get("build");
        assertThat(build).as("compose service %s has no build: section (every service but %s is built from this"
                + " repository)", name, KAFKA).isInstanceOf(Map.class);
        Map<String, Object> section = map(build, "compose service " + name + ": build");
        assertThat(String.valueOf(section.get("context")))
                .as("compose service %s: build context should be the repository root", name).isIn(".", "./");
        Object dockerfile = section.get("dockerfile");
        assertThat(dockerfile).as("compose service %s: build.dockerfile is not set", name).isNotNull();
        Path path = root.resolve(dockerfile.toString()).normalize();
        assertThat(path).as("compose service %s: build.dockerfile %s does not exist", name, dockerfile).isRegularFile();
        return path;
    }

    private static String moduleOf(String name) {
        return root.relativize(dockerfileOf(name).getParent()).toString();
    }

    /** The module of a service, or a skip of the calling check if the module is not in the build yet. */
    private static String moduleFor(String name) {
        String module = moduleOf(name);
        if (!reactorModules.contains(module)) {
            org.junit.jupiter.api.Assumptions.abort("compose service " + name + ": module " + module
                    + " is not in the root pom's <modules> " + reactorModules + " yet - its Dockerfile exists,"
                    + " its ports and environment are checked once the module joins the build");
        }
        return module;
    }

    private static Path applicationYmlPath(String name, String module) {
        Path path = root.resolve(module).resolve("src/main/resources/application.yml");
        assertThat(path).as("compose service %s: module %s is in the build but has no %s", name, module,
                relative(path)).isRegularFile();
        return path;
    }

    private static Map<String, Object> applicationYml(String name, String module) {
        return yaml(applicationYmlPath(name, module));
    }

    private static Document pomOf(String module) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(root.resolve(module).resolve("pom.xml").toFile());
        } catch (Exception e) {
            return fail("Cannot read " + module + "/pom.xml: " + e.getMessage());
        }
    }

    private static String childText(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(tag)) {
                return child.getTextContent().trim();
            }
        }
        return fail("pom.xml has no <" + tag + "> under <" + parent.getTagName() + ">");
    }

    private static Map<String, Object> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, Object> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] kv = String.valueOf(entry).split("=", 2);
                result.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return result;
    }

    /** Mount target → source for a service's volumes (short syntax and long syntax). */
    private static Map<String, String> volumeTargets(Map<String, Object> service) {
        Map<String, String> result = new LinkedHashMap<>();
        if (service.get("volumes") == null) {
            return result;
        }
        for (Object volume : list(service.get("volumes"), "volumes")) {
            if (volume instanceof Map<?, ?> longSyntax) {
                result.put(String.valueOf(longSyntax.get("target")), String.valueOf(longSyntax.get("source")));
            } else {
                String[] parts = String.valueOf(volume).split(":");
                if (parts.length >= 2) {
                    result.put(parts[1], parts[0]);
                }
            }
        }
        return result;
    }

    private static Map<String, String> listeners(Map<String, Object> env, String key) {
        Object value = env.get(key);
        assertThat(value).as("kafka: %s is not set", key).isNotNull();
        Map<String, String> result = new LinkedHashMap<>();
        for (String listener : value.toString().split(",")) {
            String[] parts = listener.trim().split("://", 2);
            result.put(parts[0], parts[1]);
        }
        return result;
    }

    private static int port(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    private static int healthPort(String command) {
        Matcher m = URL_PORT.matcher(command);
        assertThat(m.find()).as("no http://localhost:<port>/health URL in health check: %s", command).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** {@code ${NAME:default}} → default; a plain value stays as it is. */
    private static String defaultValue(String value) {
        Matcher m = PLACEHOLDER.matcher(value.trim());
        if (!m.matches()) {
            return value;
        }
        assertThat(m.group(2)).as("placeholder %s has no default", value).isNotNull();
        return m.group(2);
    }

    /** The arguments of every instruction of a kind, with line continuations joined. */
    private static List<String> instructions(String dockerfile, String keyword) {
        List<String> result = new ArrayList<>();
        for (String line : dockerfile.replaceAll("\\\\\\r?\\n", " ").split("\\r?\\n")) {
            String trimmed = line.trim();
            if (trimmed.regionMatches(true, 0, keyword + " ", 0, keyword.length() + 1)) {
                result.add(trimmed.substring(keyword.length()).trim().replaceAll("\\s+", " ")
                        .replaceFirst("(?i)\\s+AS\\s+\\S+$", ""));
            }
        }
        return result;
    }

    /** The Dockerfile from its last FROM on: what ends up in the image. */
    private static String runtimeStage(String dockerfile) {
        Matcher from = Pattern.compile("(?mi)^FROM\\s").matcher(dockerfile);
        int last = 0;
        while (from.find()) {
            last = from.start();
        }
        return dockerfile.substring(last);
    }

    /** Package names of every {@code apt-get install} in the text (options dropped). */
    private static Set<String> installedPackages(String dockerfile) {
        Set<String> packages = new LinkedHashSet<>();
        for (String run : instructions(dockerfile, "RUN")) {
            for (String command : run.split("&&|;")) {
                Matcher m = Pattern.compile("apt-get\\s+install\\s+(.*)").matcher(command.trim());
                if (m.find()) {
                    for (String word : m.group(1).trim().split("\\s+")) {
                        if (!word.startsWith("-")) {
                            packages.add(word);
                        }
                    }
                }
            }
        }
        return packages;
    }

    /** Every key path of a YAML tree, dotted, with '-' read as '.' as Micronaut does for env vars. */
    private static Set<String> flatten(Map<String, Object> tree) {
        Set<String> keys = new LinkedHashSet<>();
        flatten("", tree, keys);
        return keys;
    }

    private static void flatten(String prefix, Map<?, ?> tree, Set<String> keys) {
        tree.forEach((k, v) -> {
            String key = prefix + String.valueOf(k).toLowerCase().replace('-', '.');
            keys.add(key);
            if (v instanceof Map<?, ?> child) {
                flatten(key + ".", child, keys);
            }
        });
    }

    private static Object path(Map<String, Object> tree, String... keys) {
        Object node = tree;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as("%s should be a mapping, is %s", what, value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        assertThat(value).as("%s should be a list, is %s", what, value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static Map<String, Object> yaml(Path file) {
        Object loaded = new Yaml().load(read(file));
        return map(loaded, relative(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String relative(Path file) {
        return root == null ? file.toString() : root.relativize(file.toAbsolutePath().normalize()).toString();
    }
}
