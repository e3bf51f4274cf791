package org.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals verify}: fixity of every blob and the hash chain of every stream. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the blobs' fixity and every hash chain.",
                "Every stored blob against its SHA-256 and every document's hash chain. Prints each mismatch as "
                        + "'documentId  eventId/blobUri  detail' and exits 1 if there is any."})
final class VerifyCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HttpServers servers;

    @Option(names = "--no-wait", description = "print the job id and return at once")
    private boolean noWait;

    VerifyCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        ObjectNode request = Json.object();
        AdminJobs jobs = new AdminJobs(servers.connect());
        Job started = jobs.start(AdminJobs.VERIFICATIONS, request);
        return new JobReport(new JobFollower(jobs, terminal))
                .finish(started, noWait, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
