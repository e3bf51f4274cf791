package org.annals.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annals}: the archive from the command line. */
@Command(name = "annals",
        mixinStandardHelpOptions = true,
        version = "annals 0.1.0-SNAPSHOT",
        description = "Upload sources to the archive, read editions and their history, follow topics, "
                + "replay and verify.",
        subcommands = {
                UpCommand.class,
                UploadCommand.class,
                StatusCommand.class,
                GetCommand.class,
                HistoryCommand.class,
                TailCommand.class,
                ReplayCommand.class,
                VerifyCommand.class,
                TokenCommand.class,
                CommandLine.HelpCommand.class
        },
        footerHeading = "%nSettings:%n",
        footer = {
                "  Server options: a flag, else the environment, else the config file, else the",
                "  default. The config file is $ANNALS_CONFIG, else ~/.config/annals/cli.properties,",
                "  with the keys ingest-url, store-url, kafka, topic-prefix, token and data-dir.",
                "  Without a token the operator token of ./annals up is used (<data-dir>/secrets).",
                "",
                "Exit codes:",
                "  0 done, 1 refused or failed, 2 wrong command line, 3 cannot connect"
        })
public final class AnnalsCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(Terminal.system(), System.getenv()).execute(args));
    }

    /** The whole command tree, wired to a terminal, an environment and the error report. */
    public static CommandLine commandLine(Terminal terminal, Map<String, String> environment) {
        CommandLine cli = new CommandLine(new AnnalsCli(), new CommandFactory(terminal));
        ErrorReport report = new ErrorReport(environment.containsKey("ANNALS_DEBUG"));
        cli.setExecutionExceptionHandler(report);
        cli.setParameterExceptionHandler(report);
        try {
            cli.setDefaultValueProvider(ConfiguredDefaults.of(environment));
        } catch (RuntimeException unreadableConfig) {
            // Reported when a command runs; the built-in defaults still let --help work.
            cli.setDefaultValueProvider(new ConfiguredDefaults(environment, new java.util.Properties()));
            cli.getErr().println("annals: " + unreadableConfig.getMessage());
        }
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
