package kiosk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kiosk} command: one subcommand per job. The only place that wires features together. */
@Command(name = "kiosk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns a git repository of Markdown articles into a GraphQL API and a static site.",
        subcommands = {CheckCommand.class, HookCommand.class, NewCommand.class, PreviewLinkCommand.class, BakeCommand.class, ServeCommand.class, NewsletterCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also for tests that run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
