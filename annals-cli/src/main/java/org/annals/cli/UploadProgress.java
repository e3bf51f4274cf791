package org.annals.cli;

import java.io.PrintWriter;

/**
 * Upload progress on stderr: a line per finished file, and on a terminal a bar below them that
 * is redrawn in place (files done/total, bytes). Called from the upload threads.
 */
final class UploadProgress {

    private final PrintWriter err;
    private final boolean interactive;
    private final int totalFiles;
    private final long totalBytes;
    private int doneFiles;
    private long doneBytes;

    UploadProgress(PrintWriter err, boolean interactive, int totalFiles, long totalBytes) {
        this.err = err;
        this.interactive = interactive;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
    }

    synchronized void start() {
        if (interactive) {
            err.print(bar());
            err.flush();
        }
    }

    synchronized void finished(UploadOutcome outcome) {
        doneFiles++;
        doneBytes += outcome.bytes();
        String line = "[" + doneFiles + "/" + totalFiles + "] " + outcome.describe();
        if (interactive) {
            err.print("\r\033[2K" + line + System.lineSeparator() + bar());
        } else {
            err.println(line);
        }
        err.flush();
    }

    synchronized void end() {
        if (interactive) {
            err.println();
            err.flush();
        }
    }

    private String bar() {
        return ProgressBar.of(doneFiles, totalFiles) + "  " + doneFiles + "/" + totalFiles + " files  "
                + ProgressBar.bytes(doneBytes) + " of " + ProgressBar.bytes(totalBytes);
    }
}
