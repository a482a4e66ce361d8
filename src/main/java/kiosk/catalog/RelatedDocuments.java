package kiosk.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Tag;
import kiosk.content.TopicCollection;
import kiosk.related.RelatedDocument;

/**
 * What the related index knows of each article: its keywords (tags, authors, section, issue, series,
 * topic collections), its text, whether it is sponsored, and what comes first whatever the scores: the
 * articles its editor pinned, then its series' next and previous parts. Sponsored articles are never
 * offered to the magazine's own articles, not even as neighbouring parts; an editor's pin is the only way.
 */
final class RelatedDocuments {

    /** How much of each body the related index compares. */
    private static final int RELATED_TEXT_LENGTH = 1200;

    private final SeriesShelf series;
    private final CollectionShelf collections;
    private final Catalog previous;
    private final Set<String> changedArticles;

    /**
     * @param previous        the catalog built before, whose documents of unchanged articles are reused; or null
     * @param changedArticles the articles added or changed since {@code previous} (its change set's)
     */
    RelatedDocuments(SeriesShelf series, CollectionShelf collections, Catalog previous, Set<String> changedArticles) {
        this.series = series;
        this.collections = collections;
        this.previous = previous;
        this.changedArticles = changedArticles;
    }

    /** The previous catalog's document when the article did not change, else a new one. */
    RelatedDocument of(Article article) {
        RelatedDocument before = previous == null || changedArticles.contains(article.slug()) ? null
                : previous.relatedIndex().document(article.slug()).orElse(null);
        // the text is most of a document: reused as the same instance, it also compares fastest
        String text = before != null ? before.text() : textOf(article);
        RelatedDocument document = new RelatedDocument(article.slug(), article.date().toEpochSecond(), first(article),
                keywords(article), text, article.isSponsored());
        return document.equals(before) ? before : document;
    }

    private Map<String, Set<String>> keywords(Article article) {
        Map<String, Set<String>> keywords = new HashMap<>();
        keywords.put("tags", Set.copyOf(article.tags().stream().map(Tag::slug).toList()));
        keywords.put("authors", Set.copyOf(article.authors().stream().map(Author::slug).toList()));
        keywords.put("section", Set.of(article.section().slug()));
        keywords.put("issue", article.issue() == null ? Set.of() : Set.of(article.issue().slug()));
        keywords.put("series", article.series() == null ? Set.of() : Set.of(article.series().series().slug()));
        keywords.put("collections", Set.copyOf(collections.collectionsOf(article.slug()).stream()
                .map(TopicCollection::slug).toList()));
        return keywords;
    }

    /** The editor's pins, then the next and the previous part of the article's series. */
    private List<String> first(Article article) {
        if (article.series() == null) {
            return article.pinnedRelated();
        }
        Set<String> first = new LinkedHashSet<>(article.pinnedRelated());
        for (Optional<Article> neighbour : List.of(series.next(article), series.previous(article))) {
            neighbour.filter(part -> article.isSponsored() || !part.isSponsored())
                    .ifPresent(part -> first.add(part.slug()));
        }
        return new ArrayList<>(first);
    }

    /**
     * Title, summary and the start of the body: news writing puts the subject first, and comparing whole
     * bodies of long features costs far more than it changes the result.
     */
    private static String textOf(Article article) {
        String body = article.body().text();
        String lead = body.length() <= RELATED_TEXT_LENGTH ? body : body.substring(0, RELATED_TEXT_LENGTH);
        return article.title() + "\n" + article.summary() + "\n" + lead;
    }
}
