package kiosk.related;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the related-content index needs to know of a document, and nothing more.
 *
 * @param id            unique and stable; ties end on it, so results never change between runs
 * @param date          epoch seconds, the tie-breaker before the id: newer first
 * @param pinned        ids an editor pinned; they come first, in this order
 * @param keywords      keywords by field name (e.g. "tags" to {"半導体", "米中関係"})
 * @param text          free text compared by {@link TextTerms}, e.g. title, summary and body
 */
public record RelatedDocument(String id, long date, List<String> pinned, Map<String, Set<String>> keywords,
                              String text) {

    public RelatedDocument {
        Objects.requireNonNull(id, "id");
        pinned = List.copyOf(pinned);
        keywords = Map.copyOf(keywords);
        Objects.requireNonNull(text, "text");
    }
}
