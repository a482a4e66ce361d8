package kiosk.api.graphql;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Tag;

/**
 * The schema's {@code ArticleFilter}: conditions that must all hold; a null condition matches all.
 *
 * @param tagsAny    tag slugs of which an article carries at least one
 * @param tagsAll    tag slugs an article carries all of
 * @param dateFrom   inclusive
 * @param dateBefore exclusive
 */
record ArticleFilter(String section, List<String> tagsAny, List<String> tagsAll, String author, String issue,
                     OffsetDateTime dateFrom, OffsetDateTime dateBefore, Boolean breaking, String series,
                     String collection) {

    ArticleFilter {
        tagsAny = tagsAny == null ? null : List.copyOf(tagsAny);
        tagsAll = tagsAll == null ? List.of() : List.copyOf(tagsAll);
    }

    /** The filter from the argument's input object; null (no argument) matches everything. */
    @SuppressWarnings("unchecked")
    static ArticleFilter of(Map<String, Object> input) {
        if (input == null) {
            return new ArticleFilter(null, null, null, null, null, null, null, null, null, null);
        }
        return new ArticleFilter((String) input.get("section"), (List<String>) input.get("tagsAny"),
                (List<String>) input.get("tagsAll"), (String) input.get("author"), (String) input.get("issue"),
                (OffsetDateTime) input.get("dateFrom"), (OffsetDateTime) input.get("dateBefore"),
                (Boolean) input.get("breaking"), (String) input.get("series"), (String) input.get("collection"));
    }

    /** The catalog's published articles that match, newest first. */
    List<Article> apply(Catalog catalog) {
        List<Predicate<Article>> conditions = conditions(catalog);
        List<Article> candidates = candidates(catalog);
        return conditions.isEmpty() ? candidates
                : candidates.stream().filter(article -> conditions.stream().allMatch(condition -> condition.test(article)))
                        .toList();
    }

    /** Whether the filter tests articles one by one, rather than taking a list as it is. */
    boolean filters(Catalog catalog) {
        return !conditions(catalog).isEmpty();
    }

    /**
     * The shortest newest-first list that holds every match: the catalog's per-section, per-author
     * and per-tag lists spare a scan of all articles. (An issue's list starts with its cover story, a
     * series' is in reading order and a collection's in its editor's: they are not newest first, so
     * those conditions are checked per article instead.)
     */
    List<Article> candidates(Catalog catalog) {
        List<List<Article>> lists = new ArrayList<>();
        lists.add(catalog.articles());
        if (section != null) {
            lists.add(catalog.articlesInSection(section));
        }
        if (author != null) {
            lists.add(catalog.articlesBy(author));
        }
        tagsAll.forEach(tag -> lists.add(catalog.articlesTagged(tag)));
        return lists.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
    }

    /** A test per condition given, so an empty filter costs nothing per article. */
    private List<Predicate<Article>> conditions(Catalog catalog) {
        List<Predicate<Article>> conditions = new ArrayList<>();
        if (section != null) {
            conditions.add(article -> article.section().slug().equals(section));
        }
        if (author != null) {
            conditions.add(article -> article.authors().stream().map(Author::slug).anyMatch(author::equals));
        }
        if (issue != null) {
            conditions.add(article -> article.issue() != null && article.issue().slug().equals(issue));
        }
        if (tagsAny != null) {
            conditions.add(article -> article.tags().stream().map(Tag::slug).anyMatch(tagsAny::contains));
        }
        if (!tagsAll.isEmpty()) {
            conditions.add(article -> article.tags().stream().map(Tag::slug).toList().containsAll(tagsAll));
        }
        if (dateFrom != null) {
            conditions.add(article -> !article.date().toInstant().isBefore(dateFrom.toInstant()));
        }
        if (dateBefore != null) {
            conditions.add(article -> article.date().toInstant().isBefore(dateBefore.toInstant()));
        }
        if (breaking != null) {
            conditions.add(article -> article.breaking() == breaking);
        }
        if (series != null) {
            conditions.add(article -> article.series() != null && article.series().series().slug().equals(series));
        }
        if (collection != null) {
            Set<Article> members = Set.copyOf(catalog.articlesInCollection(collection));
            conditions.add(members::contains);
        }
        return conditions;
    }
}
