package org.annals.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code annals ARGS…} in this JVM as a person would see it: what went to stdout, to
 * stderr, and the exit code. The environment is empty except for a config file that does not
 * exist, so the machine's own settings never leak into a test.
 */
record CliRun(int exitCode, String out, String err, byte[] rawOut) {

    static CliRun annals(String... args) {
        return annals(Map.of(), args);
    }

    static CliRun annals(Map<String, String> environment, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("ANNALS_CONFIG", "/nonexistent/annals-test/cli.properties");
        env.putAll(environment);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AnnalsCli.commandLine(new Terminal(raw, false, Duration.ofMillis(50)), env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString(), raw.toByteArray());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
