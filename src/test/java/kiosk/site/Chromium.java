package kiosk.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kiosk.testing.Environment;

/** Headless Chromium for browser tests; skipped where it is missing, except on CI. */
public final class Chromium {

    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The installed Chromium; skips the test without one (fails it on CI). */
    public static Chromium require() {
        Path executable = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        Environment.require(executable != null, "Chromium (scripts/browser-setup.sh or apt-get install -y chromium)");
        return new Chromium(executable);
    }

    /** The same browser driven through its DevTools protocol, for a reader who types and clicks. */
    DevTools devTools() throws Exception {
        return DevTools.start(executable);
    }

    /** The console lines of a run's output: any is an error on pages that should log nothing. */
    public static List<String> consoleMessages(String output) {
        return output.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }

    /**
     * Runs Chromium to completion and returns what it printed (its log, and the DOM for {@code --dump-dom});
     * its output goes to a file, so a hung browser cannot block the test past the timeout.
     */
    public String run(String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("kiosk-chromium-");
        Path log = Files.createTempFile("kiosk-chromium-", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr",
                    "--v=0", "--user-data-dir=" + profile));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Chromium did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return Files.readString(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
