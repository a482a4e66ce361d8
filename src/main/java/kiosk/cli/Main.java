package kiosk.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kiosk} command: one subcommand per job. The only place that wires features together. */
@Command(name = "kiosk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns a git repository of Markdown articles into a GraphQL API and a static site.")
public final class Main {

    /** The jobs' subcommands, in the order the help lists them (then {@code help}). */
    private static final List<Class<?>> JOBS = List.of(CheckCommand.class, HookCommand.class, NewCommand.class,
            PreviewLinkCommand.class, BakeCommand.class, ServeCommand.class, NewsletterCommand.class);

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The configured command line with every subcommand, also for tests that run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line to run {@code args} with: when they start with a job's name, only that
     * subcommand's model is built (its options, help and errors are the same). picocli builds a model
     * by reflecting over a command's annotations, and the siblings' cost a cold {@code kiosk check}
     * about a tenth of a second; anything else ({@code --help}, {@code help}, a mistyped name) gets
     * every subcommand.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine line = new CommandLine(new Main());
        List<Class<?>> named = args.length == 0 ? List.of() : JOBS.stream()
                .filter(job -> job.getAnnotation(Command.class).name().equals(args[0])).toList();
        if (named.isEmpty()) {
            // a loop, not JOBS.forEach(line::addSubcommand): that method reference links picocli's CommandLine
            // while the class-data sharing archive is dumped, and a linked pre-Java-6 class is left out of it
            for (Class<?> job : JOBS) {
                line.addSubcommand(job);
            }
            line.addSubcommand(new CommandLine.HelpCommand());
        } else {
            line.addSubcommand(named.get(0));
        }
        return line.setCaseInsensitiveEnumValuesAllowed(true);
    }
}
