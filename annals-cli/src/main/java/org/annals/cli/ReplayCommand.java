package org.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code annals replay …}: the operator's replays (DESIGN §6), each followed until it is done. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Rebuild projections, re-run enrichment, or re-publish events.",
                "Follows the job's progress until it ends and exits 1 if it FAILED."},
        subcommands = {ReplayCommand.Projections.class, ReplayCommand.Enrichment.class, ReplayCommand.Republish.class})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a replay: projections, enrichment or republish");
    }

    /** The part every replay shares: the servers, --no-wait, and starting and following the job. */
    abstract static class Replay implements Callable<Integer> {

        private final Terminal terminal;

        @Spec
        CommandSpec spec;

        @Mixin
        HttpServers servers;

        @Option(names = "--no-wait", description = "print the job id and return at once")
        boolean noWait;

        Replay(Terminal terminal) {
            this.terminal = terminal;
        }

        abstract String mode();

        /** Adds the mode's own fields to the request. */
        abstract void scope(ObjectNode request);

        @Override
        public Integer call() throws InterruptedException {
            ObjectNode request = Json.object();
            request.put("mode", mode());
            scope(request);
            AdminJobs jobs = new AdminJobs(servers.connect());
            Job started = jobs.start(AdminJobs.REPLAYS, request);
            return new JobReport(new JobFollower(jobs, terminal))
                    .finish(started, noWait, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Command(name = "projections", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Rebuild the documents, editions, tags and full-text projections from the event store.")
    static final class Projections extends Replay {

        Projections(Terminal terminal) {
            super(terminal);
        }

        @Override
        String mode() {
            return "projections";
        }

        @Override
        void scope(ObjectNode request) {
        }
    }

    @Command(name = "enrichment", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Enrich texts again with the current taggers.",
                    "The editions stay; their enrichment revision goes up where the tags changed."})
    static final class Enrichment extends Replay {

        /** One of the three, so re-enriching the whole archive is never an accident. */
        @ArgGroup(exclusive = true, multiplicity = "1")
        Scope which;

        static final class Scope {
            @Option(names = "--document", required = true, paramLabel = "ID", description = "one document")
            String documentId;

            @Option(names = "--collection", required = true, paramLabel = "NAME", description = "every document of a collection")
            String collection;

            @Option(names = "--all", required = true, description = "every document in the archive")
            boolean all;
        }

        Enrichment(Terminal terminal) {
            super(terminal);
        }

        @Override
        String mode() {
            return "enrichment";
        }

        @Override
        void scope(ObjectNode request) {
            if (which.documentId != null) {
                request.put("documentId", which.documentId);
            } else if (which.collection != null) {
                request.put("collection", which.collection);
            }
        }
    }

    @Command(name = "republish", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Publish a topic's stored events again.",
                    "For a new subscriber, or to another topic with --target; --from/--to limit it to a time window."})
    static final class Republish extends Replay {

        @Mixin
        TopicPrefix prefix;

        @Option(names = "--topic", required = true, paramLabel = "TOPIC",
                description = "the topic whose events to publish: editions, sources, … (the prefix is added) or a full name")
        String topic;

        @Option(names = "--from", paramLabel = "TIME", description = "events from this time on: 2024-05-01T12:00:00Z, or a span ago such as 2h")
        String from;

        @Option(names = "--to", paramLabel = "TIME", description = "events before this time")
        String to;

        @Option(names = "--target", paramLabel = "TOPIC", description = "publish to this topic instead (a full name, or a short one)")
        String target;

        Republish(Terminal terminal) {
            super(terminal);
        }

        @Override
        String mode() {
            return "republish";
        }

        @Override
        void scope(ObjectNode request) {
            request.put("topic", TopicArgument.resolve(topic, prefix.topics()));
            if (from != null) {
                request.put("from", instant("--from", from).toString());
            }
            if (to != null) {
                request.put("to", instant("--to", to).toString());
            }
            if (target != null) {
                request.put("target", TopicArgument.resolve(target, prefix.topics()));
            }
        }

        private Instant instant(String option, String text) {
            try {
                return PointInTime.parse(text, Clock.systemUTC());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
            }
        }
    }
}
