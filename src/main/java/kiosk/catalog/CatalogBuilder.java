package kiosk.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Content;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Tag;
import kiosk.related.RelatedConfig;
import kiosk.related.RelatedDocument;
import kiosk.related.RelatedIndex;

/**
 * Builds a {@link Catalog} from loaded content: decides what is visible, orders every list, and
 * computes related articles once for the whole snapshot. Given the catalog it built before, it
 * updates that one's related and full-text indexes instead of building them anew, which after an
 * edit of a few articles costs a few articles' work.
 */
public final class CatalogBuilder {

    /** Newest first; same-instant articles by slug, so order never changes between runs. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::date,
            OffsetDateTime.timeLineOrder().reversed()).thenComparing(Article::slug);

    /** How much of each body the related index compares. */
    private static final int RELATED_TEXT_LENGTH = 1200;

    private final RelatedConfig relatedConfig;

    public CatalogBuilder(RelatedConfig relatedConfig) {
        this.relatedConfig = relatedConfig;
    }

    public CatalogBuilder() {
        this(RelatedConfig.defaults());
    }

    /** The catalog readers see at {@code now}: published articles and issues on sale only. */
    public Catalog published(Content content, Instant now) {
        return published(content, now, null);
    }

    /**
     * The same, reusing what {@code previous} computed.
     *
     * @param previous a published catalog this builder built before, or null
     */
    public Catalog published(Content content, Instant now, Catalog previous) {
        LocalDate today = now.atZone(content.site().timeZone()).toLocalDate();
        return build(content, now, article -> article.isPublishedAt(now), issue -> !issue.publicFrom().isAfter(today),
                previous);
    }

    /** The catalog editors preview: drafts, scheduled articles and future issues included. */
    public Catalog preview(Content content, Instant now) {
        return preview(content, now, null);
    }

    /**
     * The same, reusing what {@code previous} computed.
     *
     * @param previous a preview catalog this builder built before, or null
     */
    public Catalog preview(Content content, Instant now, Catalog previous) {
        return build(content, now, article -> true, issue -> true, previous);
    }

    private Catalog build(Content content, Instant now, Predicate<Article> visible, Predicate<Issue> issueVisible,
                          Catalog previous) {
        List<Article> articles = content.articles().stream().filter(visible).sorted(NEWEST_FIRST).toList();
        List<Section> sections = content.sections().stream()
                .sorted(Comparator.comparingInt(Section::weight).thenComparing(Section::slug)).toList();
        List<Issue> issues = content.issues().stream().filter(issueVisible)
                .sorted(Comparator.comparing(Issue::date).reversed().thenComparing(Issue::slug)).toList();
        Set<String> visibleIssues = issues.stream().map(Issue::slug).collect(java.util.stream.Collectors.toSet());
        List<Article> linkedToVisibleIssues = articles.stream()
                .map(article -> article.issue() == null || visibleIssues.contains(article.issue().slug())
                        ? article : withoutIssue(article))
                .toList();
        Instant nextScheduled = content.articles().stream()
                .filter(article -> !article.draft() && article.date().toInstant().isAfter(now))
                .map(article -> article.date().toInstant())
                .min(Comparator.naturalOrder())
                .orElse(null);
        // in parallel: a document's text is the first use of the article's body, which renders it (see Body)
        List<RelatedDocument> documents = linkedToVisibleIssues.parallelStream()
                .map(article -> previous == null ? relatedDocument(article) : relatedDocument(article, previous))
                .toList();
        RelatedIndex related = previous == null ? RelatedIndex.build(documents, relatedConfig)
                : previous.relatedIndex().update(documents);
        return new Catalog(content.site(), content.revision(), now, nextScheduled, linkedToVisibleIssues, sections,
                content.authors(), issues, related, content.history(),
                previous == null ? null : previous.searchIndexOrBase());
    }

    /** An article keeps no link to an issue that is not on sale yet. */
    private static Article withoutIssue(Article article) {
        return new Article(article.slug(), article.title(), article.summary(), article.date(), article.updated(),
                article.section(), article.authors(), article.tags(), null, article.image(), article.dateline(),
                article.source(), article.pinnedRelated(), article.breaking(), article.draft(), article.body(),
                article.path());
    }

    /** The previous catalog's document for the very same article (unchanged since), else a new one. */
    private static RelatedDocument relatedDocument(Article article, Catalog previous) {
        return previous.article(article.slug()).filter(before -> before == article)
                .flatMap(before -> previous.relatedIndex().document(article.slug()))
                .orElseGet(() -> relatedDocument(article));
    }

    private static RelatedDocument relatedDocument(Article article) {
        Map<String, Set<String>> keywords = new HashMap<>();
        keywords.put("tags", slugs(article.tags().stream().map(Tag::slug).toList()));
        keywords.put("authors", slugs(article.authors().stream().map(Author::slug).toList()));
        keywords.put("section", Set.of(article.section().slug()));
        keywords.put("issue", article.issue() == null ? Set.of() : Set.of(article.issue().slug()));
        String text = article.title() + "\n" + article.summary() + "\n" + leadOf(article.body().text());
        return new RelatedDocument(article.slug(), article.date().toEpochSecond(), article.pinnedRelated(), keywords, text);
    }

    /**
     * The start of the body: news writing puts the subject first, and comparing whole bodies of long
     * features costs far more than it changes the result.
     */
    private static String leadOf(String text) {
        return text.length() <= RELATED_TEXT_LENGTH ? text : text.substring(0, RELATED_TEXT_LENGTH);
    }

    private static Set<String> slugs(List<String> slugs) {
        return Set.copyOf(slugs);
    }
}
