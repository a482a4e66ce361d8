package kiosk.api.graphql;

import java.time.Instant;
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
 * {@code and}, {@code or} and {@code not} combine whole filters, at most {@value #MAX_DEPTH} levels
 * deep and {@value #MAX_FILTERS} filters in all, so one argument cannot make a huge test per article.
 *
 * @param tagsAny       tag slugs of which an article carries at least one
 * @param tagsAll       tag slugs an article carries all of
 * @param dateFrom      inclusive
 * @param dateBefore    exclusive
 * @param updatedFrom   inclusive, on the article's {@link #lastChange}
 * @param updatedBefore exclusive, on the same
 * @param or            filters of which one must hold; an empty list matches nothing
 */
record ArticleFilter(String section, List<String> tagsAny, List<String> tagsAll, String author, String issue,
                     OffsetDateTime dateFrom, OffsetDateTime dateBefore, OffsetDateTime updatedFrom,
                     OffsetDateTime updatedBefore, Boolean breaking, String series, String collection,
                     Set<String> excludeSlugs, List<ArticleFilter> and, List<ArticleFilter> or, ArticleFilter not) {

    /** How deeply {@code AND}, {@code OR} and {@code NOT} may nest. */
    static final int MAX_DEPTH = 5;
    /** How many filters one argument may hold, itself and every nested one. */
    static final int MAX_FILTERS = 50;
    /** The most slugs {@code excludeSlugs} takes: a few pages' worth of articles already shown. */
    static final int MAX_EXCLUDED = 500;

    private static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    ArticleFilter {
        tagsAny = tagsAny == null ? null : List.copyOf(tagsAny);
        tagsAll = tagsAll == null ? List.of() : List.copyOf(tagsAll);
        excludeSlugs = excludeSlugs == null ? Set.of() : Set.copyOf(excludeSlugs);
        and = and == null ? List.of() : List.copyOf(and);
        or = or == null ? null : List.copyOf(or);
    }

    /**
     * When an article last changed: its {@code updated} time, or its date when it was never updated.
     * What {@code updatedFrom}, {@code updatedBefore} and the {@code UPDATED_*} orders go by.
     */
    static Instant lastChange(Article article) {
        return (article.updated() != null ? article.updated() : article.date()).toInstant();
    }

    /**
     * The filter from the argument's input object; null (no argument) matches everything.
     *
     * @throws InvalidInputException when it nests too deeply or holds too many filters or slugs
     */
    static ArticleFilter of(Map<String, Object> input) {
        int[] filters = {0};
        return input == null ? NONE : of(input, 1, filters);
    }

    @SuppressWarnings("unchecked")
    private static ArticleFilter of(Map<String, Object> input, int depth, int[] filters) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException("the filter nests AND, OR and NOT more than %d levels deep: flatten it"
                    .formatted(MAX_DEPTH));
        }
        if (++filters[0] > MAX_FILTERS) {
            throw new InvalidInputException("the filter holds more than %d filters in AND, OR and NOT: simplify it"
                    .formatted(MAX_FILTERS));
        }
        List<String> excluded = (List<String>) input.get("excludeSlugs");
        if (excluded != null && excluded.size() > MAX_EXCLUDED) {
            throw new InvalidInputException("excludeSlugs holds %d slugs, at most %d are allowed"
                    .formatted(excluded.size(), MAX_EXCLUDED));
        }
        Map<String, Object> not = (Map<String, Object>) input.get("NOT");
        return new ArticleFilter((String) input.get("section"), (List<String>) input.get("tagsAny"),
                (List<String>) input.get("tagsAll"), (String) input.get("author"), (String) input.get("issue"),
                (OffsetDateTime) input.get("dateFrom"), (OffsetDateTime) input.get("dateBefore"),
                (OffsetDateTime) input.get("updatedFrom"), (OffsetDateTime) input.get("updatedBefore"),
                (Boolean) input.get("breaking"), (String) input.get("series"), (String) input.get("collection"),
                excluded == null ? null : Set.copyOf(excluded),
                nested((List<Map<String, Object>>) input.get("AND"), depth, filters),
                nested((List<Map<String, Object>>) input.get("OR"), depth, filters),
                not == null ? null : of(not, depth + 1, filters));
    }

    private static List<ArticleFilter> nested(List<Map<String, Object>> inputs, int depth, int[] filters) {
        if (inputs == null) {
            return null;
        }
        List<ArticleFilter> nested = new ArrayList<>(inputs.size());
        for (Map<String, Object> input : inputs) {
            nested.add(of(input, depth + 1, filters));
        }
        return nested;
    }

    /** The catalog's published articles that match, newest first. */
    List<Article> apply(Catalog catalog) {
        return keep(candidates(catalog), catalog);
    }

    /** The articles of {@code list} that match, in its order. */
    List<Article> keep(List<Article> list, Catalog catalog) {
        List<Predicate<Article>> conditions = conditions(catalog);
        return conditions.isEmpty() ? list : list.stream().filter(article -> matches(article, conditions)).toList();
    }

    /** Whether the filter tests articles one by one, rather than taking a list as it is. */
    boolean filters(Catalog catalog) {
        return !conditions(catalog).isEmpty();
    }

    /** How many conditions the filter tests per article at most, with those of its nested filters. */
    int conditionCount(Catalog catalog) {
        int count = conditions(catalog).size();
        for (ArticleFilter nested : nestedFilters()) {
            count += nested.conditionCount(catalog);
        }
        return count;
    }

    private List<ArticleFilter> nestedFilters() {
        List<ArticleFilter> nested = new ArrayList<>(and);
        if (or != null) {
            nested.addAll(or);
        }
        if (not != null) {
            nested.add(not);
        }
        return nested;
    }

    /**
     * The shortest newest-first list that holds every match: the catalog's per-section, per-author
     * and per-tag lists spare a scan of all articles, and so do those of filters that must hold too
     * ({@code AND}). (An issue's list starts with its cover story, a series' is in reading order and a
     * collection's in its editor's: they are not newest first, so those conditions are checked per
     * article instead.)
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
        and.forEach(filter -> lists.add(filter.candidates(catalog)));
        return lists.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
    }

    /** Whether {@code article} meets every condition. */
    private static boolean matches(Article article, List<Predicate<Article>> conditions) {
        return conditions.stream().allMatch(condition -> condition.test(article));
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
        if (updatedFrom != null) {
            conditions.add(article -> !lastChange(article).isBefore(updatedFrom.toInstant()));
        }
        if (updatedBefore != null) {
            conditions.add(article -> lastChange(article).isBefore(updatedBefore.toInstant()));
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
        if (!excludeSlugs.isEmpty()) {
            conditions.add(article -> !excludeSlugs.contains(article.slug()));
        }
        for (ArticleFilter filter : and) {
            List<Predicate<Article>> nested = filter.conditions(catalog);
            conditions.add(article -> matches(article, nested));
        }
        if (or != null) {
            List<List<Predicate<Article>>> alternatives = or.stream().map(filter -> filter.conditions(catalog)).toList();
            conditions.add(article -> alternatives.stream().anyMatch(nested -> matches(article, nested)));
        }
        if (not != null) {
            List<Predicate<Article>> nested = not.conditions(catalog);
            conditions.add(article -> !matches(article, nested));
        }
        return conditions;
    }
}
