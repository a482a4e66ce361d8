package kiosk.search;

import java.util.Objects;

/**
 * What the search index sees of a document.
 *
 * @param id      returned by searches, e.g. an article's slug
 * @param title   weighs most
 * @param summary weighs more than the body
 */
public record SearchDocument(String id, String title, String summary, String body) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
    }
}
