package kiosk.ranking;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Run by {@link KillDuringRecordingTest} in a JVM of its own, which it kills with SIGKILL: opens the
 * embedded store under {@code args[0]} and lets {@code args[1]} client threads record views of their own
 * article in a loop, each waiting for its acknowledgement and then printing {@code <slug> <acknowledged>}.
 */
public final class ViewRecordingChild {

    private ViewRecordingChild() {
    }

    public static void main(String[] args) {
        SqliteViewStore store = SqliteViewStore.open(Path.of(args[0]));
        ViewRecorder recorder = new ViewRecorder(store); // as Kiosk runs it: no linger, so the writer is
                                                         // nearly always inside a commit when the kill lands
        int clients = Integer.parseInt(args[1]);
        for (int client = 0; client < clients; client++) {
            String slug = "article-" + client;
            new Thread(() -> {
                for (long acknowledged = 1; ; acknowledged++) {
                    recorder.record(new View(slug, Instant.now())).join();
                    System.out.println(slug + " " + acknowledged); // System.out flushes on every line
                }
            }, "client-" + client).start();
        }
    }
}
