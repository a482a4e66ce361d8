package kiosk.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kiosk.content.check.Problem;

/**
 * How the last reload went. After a failed reload the previous snapshot keeps serving, so
 * {@code revision} and {@code articles} may describe an older snapshot than {@code problems}.
 *
 * @param at       when the reload finished
 * @param ok       whether the new content was swapped in
 * @param revision the revision now serving
 * @param articles published articles now serving
 * @param problems the problems the last reload found (errors make it fail; warnings do not)
 * @param took     how long loading and building took
 */
public record ReloadStatus(Instant at, boolean ok, String revision, int articles, List<Problem> problems,
                           Duration took) {

    public ReloadStatus {
        problems = List.copyOf(problems);
    }
}
