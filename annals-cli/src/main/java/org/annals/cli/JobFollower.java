package org.annals.cli;

import java.io.PrintWriter;

/** Polls a job until it has finished, showing its progress. */
final class JobFollower {

    private final AdminJobs jobs;
    private final Terminal terminal;

    JobFollower(AdminJobs jobs, Terminal terminal) {
        this.jobs = jobs;
        this.terminal = terminal;
    }

    Job follow(Job started, PrintWriter err) throws InterruptedException {
        JobProgress progress = new JobProgress(err, terminal.interactive());
        Job job = started;
        try {
            progress.show(job);
            while (job.running()) {
                Thread.sleep(terminal.pollInterval().toMillis());
                job = jobs.read(job);
                progress.show(job);
            }
        } finally {
            progress.end();
        }
        return job;
    }
}
