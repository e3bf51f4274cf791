package org.annals.cli;

import java.io.OutputStream;
import java.time.Duration;

/**
 * What a command needs from the process it runs in besides picocli's text streams: the raw
 * standard output for bytes ({@code get --source}), whether stderr may be redrawn as a progress
 * bar, and how often to poll a running job.
 *
 * @param stdout      raw bytes to standard output; picocli's writer is flushed before it is used
 * @param interactive a person watches a terminal: progress redraws one line instead of printing many
 * @param pollInterval pause between two looks at a running job or ingest
 */
public record Terminal(OutputStream stdout, boolean interactive, Duration pollInterval) {

    /** The real process. Java cannot ask whether stderr alone is a terminal; a console means a person is there. */
    public static Terminal system() {
        boolean interactive = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new Terminal(System.out, interactive, Duration.ofMillis(500));
    }
}
