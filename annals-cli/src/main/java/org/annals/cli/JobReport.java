package org.annals.cli;

import java.io.PrintWriter;

/**
 * How a started job ends on the command line: with {@code --no-wait} its id; otherwise its
 * progress until it finishes, then its message and (for a verification) each finding, one per
 * line. Exit 1 when it FAILED or found anything.
 */
final class JobReport {

    private final JobFollower follower;

    JobReport(JobFollower follower) {
        this.follower = follower;
    }

    int finish(Job started, boolean noWait, PrintWriter out, PrintWriter err) throws InterruptedException {
        if (noWait) {
            out.println(started.id());
            err.println("Started " + started.title() + " " + started.id() + "; follow it at " + started.self());
            out.flush();
            err.flush();
            return ExitCode.OK;
        }
        Job job = follower.follow(started, err);
        job.findings().forEach(finding -> out.println(finding.describe()));
        String message = job.message() != null ? job.message() : job.title() + " " + job.state().toLowerCase() + ".";
        if (job.failed()) {
            err.println("annals: " + job.title() + " failed: " + message);
        } else {
            out.println(message);
        }
        out.flush();
        err.flush();
        return job.failed() || !job.findings().isEmpty() ? ExitCode.FAILED : ExitCode.OK;
    }
}
