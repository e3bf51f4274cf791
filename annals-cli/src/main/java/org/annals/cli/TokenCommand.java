package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.annals.access.AccessTokens;
import org.annals.access.LocalCredentials;
import org.annals.access.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annals token issue}: a bearer token for someone else, signed with the local stack's
 * secret. Only whoever can read the data directory's secrets can issue one.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Access tokens for the archive's APIs.",
        subcommands = TokenCommand.Issue.class)
final class TokenCommand {

    @Command(name = "issue", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Print a new bearer token for SUBJECT with ROLE, signed with ANNALS_TOKEN_SECRET "
                    + "or else the secret in <data-dir>/secrets/token-secret.",
                    "reader: read; archivist: read and upload; operator: everything (replay, verify, metrics)."})
    static final class Issue implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "reader, archivist or operator")
        private String role;

        @Option(names = "--subject", required = true, paramLabel = "NAME",
                description = "who holds it; recorded with every upload and replay they make")
        private String subject;

        @Option(names = "--ttl", paramLabel = "SPAN", defaultValue = "30d",
                description = "how long it is valid, e.g. 12h, 30d (default ${DEFAULT-VALUE})")
        private String ttl;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the local stack's data directory (env ANNALS_DATA_DIR, config data-dir; now ${DEFAULT-VALUE})")
        private Path dataDir;

        @Override
        public Integer call() {
            Role granted = Role.of(role).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--role must be reader, archivist or operator, not '" + role + "'"));
            Duration lifetime;
            try {
                lifetime = PointInTime.span(ttl);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--ttl must be a span such as 12h or 30d, not '" + ttl + "'");
            }
            String token;
            try {
                token = new AccessTokens(secret()).issue(subject, granted, lifetime);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(token);
            out.flush();
            return ExitCode.OK;
        }

        /** A deployment's secret from ANNALS_TOKEN_SECRET (as the services get it), else the local stack's. */
        private String secret() {
            String deployed = System.getenv("ANNALS_TOKEN_SECRET");
            if (deployed != null && !deployed.isBlank()) {
                return deployed.strip();
            }
            LocalCredentials credentials = new LocalCredentials(dataDir);
            if (!Files.isReadable(credentials.secretFile())) {
                throw new CommandFailed("there is no token secret in " + credentials.secretsDir()
                        + "; start ./annals up once with this data directory, name it with --data-dir, or set "
                        + "ANNALS_TOKEN_SECRET to the deployment's secret");
            }
            return credentials.secret();
        }
    }
}
