package org.annals.cli;

/** What {@code annals} exits with, so scripts can tell a refusal from a stack that is down. */
public final class ExitCode {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The command ran but the archive said no: a file rejected, a job failed, a mismatch found. */
    public static final int FAILED = 1;
    /** The command line itself is wrong (picocli's own code for this). */
    public static final int USAGE = 2;
    /** A service or the broker did not answer at all. */
    public static final int UNREACHABLE = 3;

    private ExitCode() {
    }
}
