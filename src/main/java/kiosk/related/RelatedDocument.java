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
 * @param pinned        ids that come first, in this order, whatever their score (an editor's picks)
 * @param keywords      keywords by field name (e.g. "tags" to {"半導体", "米中関係"})
 * @param text          free text compared by {@link TextTerms}, e.g. title, summary and body
 * @param promotional   advertising: offered as related only to promotional documents, unless pinned
 */
public record RelatedDocument(String id, long date, List<String> pinned, Map<String, Set<String>> keywords,
                              String text, boolean promotional) {

    public RelatedDocument {
        Objects.requireNonNull(id, "id");
        pinned = List.copyOf(pinned);
        keywords = Map.copyOf(keywords);
        Objects.requireNonNull(text, "text");
    }

    /** A document that is not promotional. */
    public RelatedDocument(String id, long date, List<String> pinned, Map<String, Set<String>> keywords, String text) {
        this(id, date, pinned, keywords, text, false);
    }
}
