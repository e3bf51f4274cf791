package org.annals.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for the server options, so a flag beats the environment, which beats the config file,
 * which beats the built-in value. picocli's {@code PropertiesDefaultProvider} reads a file but no
 * environment, hence this small provider.
 */
public final class ConfiguredDefaults implements IDefaultValueProvider {

    /** One setting: its flag, environment variable, config file key and built-in value. */
    public enum Setting {
        INGEST_URL("--ingest-url", "ANNALS_INGEST_URL", "ingest-url", "http://localhost:8081"),
        STORE_URL("--store-url", "ANNALS_STORE_URL", "store-url", "http://localhost:8083"),
        KAFKA("--kafka", "KAFKA_BOOTSTRAP_SERVERS", "kafka", "localhost:9092"),
        TOPIC_PREFIX("--topic-prefix", "ANNALS_TOPICS_PREFIX", "topic-prefix", ""),
        TOKEN("--token", "ANNALS_TOKEN", "token", ""),
        /** Where ./annals up keeps its data: the operator token is read from its secrets/ when no token is given. */
        DATA_DIR("--data-dir", "ANNALS_DATA_DIR", "data-dir", "annals-data");

        private final String flag;
        private final String variable;
        private final String key;
        private final String builtIn;

        Setting(String flag, String variable, String key, String builtIn) {
            this.flag = flag;
            this.variable = variable;
            this.key = key;
            this.builtIn = builtIn;
        }

        public String flag() {
            return flag;
        }

        public String variable() {
            return variable;
        }

        public String key() {
            return key;
        }

        public String builtIn() {
            return builtIn;
        }

        static Optional<Setting> forFlag(String flag) {
            return Arrays.stream(values()).filter(s -> s.flag.equals(flag)).findFirst();
        }
    }

    private final Map<String, String> environment;
    private final Properties file;

    public ConfiguredDefaults(Map<String, String> environment, Properties file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    /** Reads {@code $ANNALS_CONFIG}, else {@code ~/.config/annals/cli.properties}; a missing file is no error. */
    public static ConfiguredDefaults of(Map<String, String> environment) {
        return new ConfiguredDefaults(environment, load(configFile(environment)));
    }

    public static Path configFile(Map<String, String> environment) {
        String named = environment.get("ANNALS_CONFIG");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        return Path.of(System.getProperty("user.home"), ".config", "annals", "cli.properties");
    }

    /** The value a setting has when no flag gives it. */
    public String value(Setting setting) {
        String fromEnvironment = environment.get(setting.variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        String fromFile = file.getProperty(setting.key);
        if (fromFile != null && !fromFile.isBlank()) {
            return fromFile.strip();
        }
        return setting.builtIn;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (argSpec instanceof OptionSpec option) {
            return Setting.forFlag(option.longestName()).map(this::value).orElse(null);
        }
        return null;
    }

    private static Properties load(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the config file " + path + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }
}
