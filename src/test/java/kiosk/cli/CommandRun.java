package kiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs kiosk's command line in the test's JVM as a shell would, and keeps what it printed (out and err). */
final class CommandRun {

    private final StringWriter printed = new StringWriter();

    /** Runs {@code kiosk args...} as {@link Main#main} does; returns its exit status. */
    int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(printed, true));
        commandLine.setErr(new PrintWriter(printed, true));
        return commandLine.execute(args);
    }

    /** Forgets what was printed, for the next run's output alone. */
    void clear() {
        printed.getBuffer().setLength(0);
    }

    /** Everything printed since the start or the last {@link #clear()}. */
    String output() {
        return printed.toString();
    }
}
