package kiosk.api.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import kiosk.content.Article;

/** The schema's {@code ArticleSort}: the order of an article list given newest first. */
enum ArticleSort {
    NEWEST_FIRST, OLDEST_FIRST, UPDATED_NEWEST_FIRST, UPDATED_OLDEST_FIRST;

    /** The {@code sort} argument; null (an explicit null) takes the schema's default. */
    static ArticleSort of(Object argument) {
        return argument == null ? NEWEST_FIRST : valueOf(argument.toString());
    }

    /**
     * {@code newestFirst} in this order. By last change, the latest first; articles that changed at
     * the same instant keep the newest-first order, so each oldest-first order is the exact reverse.
     */
    List<Article> order(List<Article> newestFirst) {
        if (this == NEWEST_FIRST) {
            return newestFirst;
        }
        List<Article> ordered = new ArrayList<>(newestFirst);
        if (this == UPDATED_NEWEST_FIRST || this == UPDATED_OLDEST_FIRST) {
            ordered.sort(Comparator.comparing(ArticleFilter::lastChange).reversed());
        }
        if (this == OLDEST_FIRST || this == UPDATED_OLDEST_FIRST) {
            Collections.reverse(ordered);
        }
        return ordered;
    }

    /** Whether ordering copies the list: it costs a walk through it. */
    boolean copies() {
        return this != NEWEST_FIRST;
    }

    /** Whether ordering sorts the list: it costs n log n comparisons. */
    boolean sorts() {
        return this == UPDATED_NEWEST_FIRST || this == UPDATED_OLDEST_FIRST;
    }
}
