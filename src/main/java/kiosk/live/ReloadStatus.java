package kiosk.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * @param reasons  why the server does not serve the content as it is, or cannot follow it, such as
 *                 {@code the last reload found 2 errors: still serving revision 3f2a...}; empty when it does
 */
public record ReloadStatus(Instant at, boolean ok, String revision, int articles, List<Problem> problems,
                           Duration took, List<String> reasons) {

    public ReloadStatus {
        problems = List.copyOf(problems);
        reasons = List.copyOf(reasons);
    }

    /** Whether publishing is degraded: an operator should look at the {@link #reasons} and the problems. */
    public boolean degraded() {
        return !ok || !reasons.isEmpty();
    }

    /** This status, degraded also by {@code trouble} when there is one (the watcher's, say). */
    public ReloadStatus degradedAlsoBy(Optional<String> trouble) {
        if (trouble.isEmpty()) {
            return this;
        }
        List<String> more = new ArrayList<>(reasons);
        more.add(trouble.get());
        return new ReloadStatus(at, ok, revision, articles, problems, took, more);
    }

    /** {@code 1 error}, {@code 2 errors}: for the reasons, which editors read. */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
