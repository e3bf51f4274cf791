package org.annals.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A running job's progress on stderr: redrawn in place on a terminal, else a line at each tenth
 * of the way (and when the total first becomes known), so a log stays short.
 */
final class JobProgress {

    private final PrintWriter err;
    private final boolean interactive;
    private long lastTenth = -1;
    private boolean drawn;

    JobProgress(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    void show(Job job) {
        String line = job.title() + "  " + ProgressBar.of(job.done(), job.total()) + "  " + job.done() + "/"
                + job.total() + (job.ratePerSecond() > 0 ? String.format(Locale.ROOT, "  %.1f/s", job.ratePerSecond()) : "");
        if (interactive) {
            err.print("\r\033[2K" + line);
            drawn = true;
        } else {
            long tenth = job.total() <= 0 ? 0 : Math.min(10, job.done() * 10 / job.total());
            if (tenth != lastTenth) {
                err.println(line);
                lastTenth = tenth;
            }
        }
        err.flush();
    }

    void end() {
        if (interactive && drawn) {
            err.println();
            err.flush();
        }
    }
}
