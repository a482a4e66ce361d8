package kiosk.api.graphql;

import java.util.List;
import java.util.Optional;
import kiosk.catalog.ChangeSet;

/**
 * The change sets of the snapshots published lately, for {@code Query.changes}. The server's wiring
 * implements it with the history it keeps (see {@code kiosk.live.ChangeHistory}).
 */
@FunctionalInterface
public interface ChangeFeed {

    /** For a server that keeps no history: only "nothing changed" can be answered. */
    ChangeFeed NONE = (since, upTo, most) -> Optional.empty();

    /**
     * The change sets after the snapshot named {@code since}, oldest first, up to the one that made
     * {@code upTo}, at most {@code most}; empty when {@code since} is not known (too old, or never seen).
     */
    Optional<List<ChangeSet>> after(String since, String upTo, int most);
}
