package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM recording views is killed with SIGKILL mid-stream, three times over the same data
 * directory; every view it acknowledged is stored. Checked by mutation: acknowledging a batch before
 * committing it failed this test in most single rounds, hence several rounds and many clients (big
 * batches keep the writer inside a commit when the kill lands).
 */
class KillDuringRecordingTest {

    private static final int CLIENTS = 128;
    private static final int ROUNDS = 3;
    /** About 5,000 acknowledgements of about 14 bytes each. */
    private static final int BYTES_BEFORE_KILL = 70_000;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path temp;

    @Test
    @Timeout(180)
    void record_childJvmKilledMidStream_noAcknowledgedViewLost() throws Exception {
        Path data = temp.resolve("data");
        long startHour = HourRange.hourOf(Instant.now());
        Map<String, Long> acknowledged = new HashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            recordAndKill(data, round).forEach((slug, count) -> acknowledged.merge(slug, count, Long::sum));

            try (SqliteViewStore reopened = SqliteViewStore.open(data)) {
                Map<String, Long> stored = reopened.totals(new HourRange(startHour, HourRange.hourOf(Instant.now())));
                assertThat(stored.keySet()).isEqualTo(acknowledged.keySet());
                int rounds = round;
                acknowledged.forEach((slug, count) -> assertThat(stored.get(slug))
                        .as("stored views of %s after round %d, acknowledged %d", slug, rounds, count)
                        .isBetween(count, count + rounds)); // at most one unacknowledged view per client and kill
            }
        }
    }

    /** Runs a recording child until it has printed enough, kills it, and returns its acknowledged counts. */
    private Map<String, Long> recordAndKill(Path data, int round) throws IOException, InterruptedException {
        Path childOut = temp.resolve("child-stdout-" + round + ".txt");
        Path childErrors = temp.resolve("child-stderr-" + round + ".txt");
        // Output to a file, not a pipe: what the child wrote before the kill is all there afterwards.
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ViewRecordingChild.class.getName(), data.toString(), String.valueOf(CLIENTS))
                .redirectOutput(childOut.toFile())
                .redirectError(childErrors.toFile())
                .start();
        // Kill right as acknowledgements stream out: the writer is then committing the next batch.
        while (Files.size(childOut) < BYTES_BEFORE_KILL && child.isAlive()) {
            Thread.sleep(1);
        }
        assertThat(child.isAlive()).as("child still recording; its stderr: %s", Files.readString(childErrors)).isTrue();

        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(SIGKILL_EXIT);

        Map<String, Long> acknowledged = new HashMap<>();
        for (String line : completeLines(childOut)) {
            String[] slugAndCount = line.split(" ");
            acknowledged.merge(slugAndCount[0], Long.parseLong(slugAndCount[1]), Math::max);
        }
        assertThat(acknowledged).hasSize(CLIENTS);
        return acknowledged;
    }

    /** The {@code <slug> <acknowledged>} lines the child finished writing. */
    private static List<String> completeLines(Path childOut) throws IOException {
        String written = Files.readString(childOut);
        List<String> lines = List.of(written.split("\n"));
        return written.endsWith("\n") ? lines : lines.subList(0, lines.size() - 1); // a line cut by the kill
    }
}
