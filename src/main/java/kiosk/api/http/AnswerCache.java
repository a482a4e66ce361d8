package kiosk.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import kiosk.api.graphql.GraphQlRequest;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogHolder;
import kiosk.catalog.ChangeSet;

/**
 * Answers by request, kept across reloads. A catalog never changes, so the same request on the same
 * catalog always gets the same answer, and readers ask for the same article pages over and over: a
 * repeated request skips execution and serialization. Each answer is kept with the cache tags of what
 * it read; when a new catalog is swapped in, its {@link ChangeSet} drops the answers whose tags it names,
 * and the rest stay: an edit of one article leaves the answers about the others in place. Only answers
 * without errors that read nothing but the snapshot are kept. Bounded by the bytes of the answers and
 * of the requests that key them; a bound of 0 keeps none.
 *
 * <p>Each catalog holder served (the published one, the preview one) is a lane of its own. A lane
 * serves and takes answers only for its current catalog: a request still running on the catalog just
 * swapped out neither reads an answer made on the next one nor keeps one the next change set did not judge.
 */
final class AnswerCache {

    /** What an entry keeps beside the bytes of its answer and request: key, value and the cache's node. */
    private static final int ENTRY_OVERHEAD = 256;
    /** Per tag kept, beside its characters. */
    private static final int TAG_OVERHEAD = 48;

    private final boolean enabled;
    private final Cache<Key, Kept> answers;
    private final Lane[] lanes;

    /** @param holders the catalogs served, each a lane: its index is the lane's number */
    AnswerCache(long maxBytes, List<CatalogHolder> holders) {
        this.enabled = maxBytes > 0;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher(AnswerCache::weight)
                .build();
        this.lanes = new Lane[holders.size()];
        for (int i = 0; i < lanes.length; i++) {
            Lane lane = new Lane(i, holders.get(i).get());
            lanes[i] = lane;
            holders.get(i).onSwap(lane::advance);
        }
    }

    private record Key(int lane, GraphQlRequest request) {
    }

    /** An answer, and the generation of its lane it was made in. */
    private record Kept(Answer answer, long generation) {
    }

    /** The catalog a lane serves, and its generation: one more with each catalog swapped in. */
    private record Serving(Catalog catalog, long generation) {
    }

    /** The answers of one catalog holder. */
    private final class Lane {

        private final int number;
        /** Changed under the lane's lock. */
        private volatile Serving serving;

        Lane(int number, Catalog current) {
            this.number = number;
            this.serving = new Serving(current, 0);
        }

        /**
         * Drops the answers {@code next}'s change set names, then serves {@code next}: in this order, so
         * that no request on {@code next} finds an answer the change set is about to drop.
         */
        synchronized void advance(Catalog next) {
            ChangeSet changes = next.changes();
            if (enabled) {
                answers.asMap().entrySet().removeIf(entry -> entry.getKey().lane() == number
                        && changes.names(entry.getValue().answer().tags()));
            }
            serving = new Serving(next, serving.generation() + 1);
        }

        synchronized void put(Catalog catalog, GraphQlRequest request, Answer answer) {
            Serving now = serving;
            if (catalog == now.catalog()) {
                answers.put(new Key(number, request), new Kept(answer, now.generation()));
            }
        }

        /**
         * An answer is good for {@code catalog} when the lane serves it and the answer was made in its
         * generation or before (and is still kept, so no change set since named it): one made after,
         * by a request on a newer catalog, may differ.
         */
        Answer get(Catalog catalog, GraphQlRequest request) {
            Serving now = serving;
            if (catalog != now.catalog()) {
                return null;
            }
            Kept kept = answers.getIfPresent(new Key(number, request));
            return kept != null && kept.generation() <= now.generation() ? kept.answer() : null;
        }
    }

    /** The answer kept for {@code request} on {@code catalog}, which lane {@code lane} serves, or null. */
    Answer get(int lane, Catalog catalog, GraphQlRequest request) {
        return enabled ? lanes[lane].get(catalog, request) : null;
    }

    /** Keeps {@code answer}, made on {@code catalog}, if it may be reused and the lane still serves that catalog. */
    void put(int lane, Catalog catalog, GraphQlRequest request, Answer answer) {
        if (enabled && answer.cacheable()) {
            lanes[lane].put(catalog, request, answer);
        }
    }

    /**
     * The bytes an entry keeps: its answer's and tags', and its request's, whose text the key holds (two
     * bytes a character at most). Requests count too: a long query with a short answer would otherwise
     * weigh next to nothing, and a bound in answer bytes would keep gigabytes of query text.
     */
    private static int weight(Key key, Kept kept) {
        Answer answer = kept.answer();
        GraphQlRequest request = key.request();
        long characters = length(request.query()) + length(request.operationName())
                + (request.variables().isEmpty() ? 0 : request.variables().toString().length())
                + (request.extensions().isEmpty() ? 0 : request.extensions().toString().length());
        long tags = answer.tags().stream().mapToLong(tag -> TAG_OVERHEAD + 2L * tag.length()).sum();
        return (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD + answer.body().length + 2 * characters + tags);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
