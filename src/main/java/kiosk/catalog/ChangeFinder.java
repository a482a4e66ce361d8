package kiosk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import kiosk.catalog.CacheTags.Kind;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.SpecialEdition;
import kiosk.content.Tag;
import kiosk.content.TopicCollection;

/**
 * Finds the {@link ChangeSet} from one catalog to the next. A thing's tag is named when the thing
 * changed and when anything its page shows changed: the lists it holds (their members and order) and
 * the articles on them; an article's when its git history did, its {@code related:} tag when its related
 * articles or neighbouring parts did. The work is a few comparisons per article: a few milliseconds for 10,000.
 */
final class ChangeFinder {

    private final Catalog before;
    private final Catalog after;
    private final Set<String> tags = new TreeSet<>();
    private final Set<String> paths = new TreeSet<>();

    private ChangeFinder(Catalog before, Catalog after) {
        this.before = before;
        this.after = after;
    }

    /** @param articles the articles' changes, which the builder found first (the related index reads them) */
    static ChangeSet between(Catalog before, Catalog after, SlugChanges articles) {
        return new ChangeFinder(before, after).find(articles);
    }

    private ChangeSet find(SlugChanges articles) {
        SlugChanges sections = SlugChanges.between(before.sections(), after.sections(), Section::slug);
        SlugChanges authors = SlugChanges.between(before.authors(), after.authors(), Author::slug);
        SlugChanges tagChanges = SlugChanges.between(before.tags(), after.tags(), Tag::slug);
        SlugChanges issues = SlugChanges.between(before.issues(), after.issues(), Issue::slug);
        SlugChanges series = SlugChanges.between(before.series(), after.series(), Series::slug);
        SlugChanges collections = SlugChanges.between(before.collections(), after.collections(),
                TopicCollection::slug);
        SlugChanges specials = SlugChanges.between(before.specials(), after.specials(), SpecialEdition::slug);
        name(Kind.ARTICLE, articles);
        name(Kind.SECTION, sections);
        name(Kind.AUTHOR, authors);
        name(Kind.TAG, tagChanges);
        name(Kind.ISSUE, issues);
        name(Kind.SERIES, series);
        name(Kind.COLLECTION, collections);
        name(Kind.SPECIAL, specials);
        index(Kind.SECTION, sections, Catalog::sections, Section::slug);
        index(Kind.AUTHOR, authors, Catalog::authors, Author::slug);
        index(Kind.TAG, tagChanges, Catalog::tags, Tag::slug);
        Set<String> touched = articles.touched();
        for (String slug : touched) {
            before.article(slug).ifPresent(article -> nameWhatShows(before, article));
            after.article(slug).ifPresent(article -> nameWhatShows(after, article));
        }
        members(Kind.SECTION, Catalog::sections, Section::slug, Section::url, Catalog::articlesInSection);
        members(Kind.AUTHOR, Catalog::authors, Author::slug, Author::url, Catalog::articlesBy);
        members(Kind.TAG, Catalog::tags, Tag::slug, Tag::url, Catalog::articlesTagged);
        members(Kind.ISSUE, Catalog::issues, Issue::slug, Issue::url, Catalog::articlesInIssue);
        members(Kind.SERIES, Catalog::series, Series::slug, Series::url, Catalog::articlesInSeries);
        members(Kind.COLLECTION, Catalog::collections, TopicCollection::slug, TopicCollection::url, Catalog::articlesInCollection);
        for (Article article : after.articles()) {
            Optional<Article> earlier = before.article(article.slug());
            if (earlier.isPresent() && surroundingsChanged(earlier.get(), article, touched)) {
                tags.add(CacheTags.related(article.slug()));
                paths.add(article.url());
            }
            if (earlier.isPresent() && !before.history(earlier.get()).equals(after.history(article))) {
                named(Kind.ARTICLE, article.slug(), article.url());
            }
        }
        for (Issue issue : after.issues()) {
            if (issue.cover().articleSlug() != null && touched.contains(issue.cover().articleSlug())) {
                named(Kind.ISSUE, issue.slug(), issue.url());
            }
        }
        for (SpecialEdition special : after.specials()) {
            if (special.contents().stream().map(SpecialEdition.ContentsEntry::articleSlug)
                    .anyMatch(slug -> slug != null && touched.contains(slug))) {
                named(Kind.SPECIAL, special.slug(), special.url());
            }
        }
        // new image variants change the pages and answers that show any image: all of them, for now
        boolean everything = !before.site().equals(after.site()) || !before.renditions().equals(after.renditions());
        if (everything) {
            tags.add(CacheTags.SITE);
        }
        if (!before.today().equals(after.today())) {
            tags.add(CacheTags.DATE);
            tags.add(Kind.SERIES.list());
            tags.add(Kind.SPECIAL.list());
        }
        CacheTags.addLists(tags);
        if (!tags.isEmpty() || everything) {
            tags.add(CacheTags.HOME);
            paths.add("/");
        }
        if (!before.revision().equals(after.revision())) {
            tags.add(CacheTags.REVISION);
        }
        return new ChangeSet(before.revision(), after.revision(), after.asOf(), everything, articles, sections,
                authors, tagChanges, issues, series, collections, specials, new ArrayList<>(paths),
                new ArrayList<>(tags));
    }

    /** Names the things {@code article} shows on: its section, authors, tags, issue, series and collections. */
    private void nameWhatShows(Catalog catalog, Article article) {
        named(Kind.SECTION, article.section().slug(), article.section().url());
        article.authors().forEach(author -> named(Kind.AUTHOR, author.slug(), author.url()));
        article.tags().forEach(tag -> named(Kind.TAG, tag.slug(), tag.url()));
        if (article.issue() != null) {
            named(Kind.ISSUE, article.issue().slug(), article.issue().url());
        }
        if (article.series() != null) {
            named(Kind.SERIES, article.series().series().slug(), article.series().series().url());
        }
        catalog.collectionsOf(article).forEach(collection -> named(Kind.COLLECTION, collection.slug(),
                collection.url()));
    }

    /** Whether the related articles or the neighbouring parts the article's page shows changed. */
    private boolean surroundingsChanged(Article earlier, Article article, Set<String> touched) {
        List<String> related = after.relatedIndex().relatedTo(article.slug());
        if (!related.equals(before.relatedIndex().relatedTo(article.slug()))
                || related.stream().anyMatch(touched::contains)) {
            return true;
        }
        if (article.series() != null || earlier.series() != null) {
            for (BiFunction<Catalog, Article, Optional<Article>> neighbour
                    : List.<BiFunction<Catalog, Article, Optional<Article>>>of(Catalog::previousPart, Catalog::nextPart)) {
                Optional<String> now = neighbour.apply(after, article).map(Article::slug);
                if (!now.equals(neighbour.apply(before, earlier).map(Article::slug))
                        || now.filter(touched::contains).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names {@code index:<kind>} when one of the kind changed itself or the list's order did (tags go by use). */
    private <T> void index(Kind kind, SlugChanges changes, Function<Catalog, List<T>> all, Function<T, String> slug) {
        if (!changes.touched().isEmpty()
                || !all.apply(before).stream().map(slug).toList().equals(all.apply(after).stream().map(slug).toList())) {
            tags.add(kind.index());
        }
    }

    /** Names each {@code kind} whose list of articles changed members or order. */
    private <T> void members(Kind kind, Function<Catalog, List<T>> all, Function<T, String> slug,
                             Function<T, String> url, BiFunction<Catalog, String, List<Article>> articles) {
        for (T item : all.apply(after)) {
            String key = slug.apply(item);
            if (!sameSlugs(articles.apply(before, key), articles.apply(after, key))) {
                named(kind, key, url.apply(item));
            }
        }
        for (T item : all.apply(before)) {
            String key = slug.apply(item);
            if (articles.apply(after, key).isEmpty() && !articles.apply(before, key).isEmpty()) {
                named(kind, key, url.apply(item));
            }
        }
    }

    private static boolean sameSlugs(List<Article> left, List<Article> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!left.get(i).slug().equals(right.get(i).slug())) {
                return false;
            }
        }
        return true;
    }

    private void name(Kind kind, SlugChanges changes) {
        for (String slug : changes.touched()) {
            named(kind, slug, urlOf(kind, slug));
        }
    }

    private void named(Kind kind, String slug, String url) {
        tags.add(kind.tag(slug));
        if (url != null) {
            paths.add(url);
        }
    }

    /** The page of a thing in the catalog after, or before when it is gone. */
    private String urlOf(Kind kind, String slug) {
        return urlIn(after, kind, slug).or(() -> urlIn(before, kind, slug)).orElse(null);
    }

    private static Optional<String> urlIn(Catalog catalog, Kind kind, String slug) {
        return switch (kind) {
            case ARTICLE -> catalog.article(slug).map(Article::url);
            case SECTION -> catalog.section(slug).map(Section::url);
            case AUTHOR -> catalog.author(slug).map(Author::url);
            case TAG -> catalog.tag(slug).map(Tag::url);
            case ISSUE -> catalog.issue(slug).map(Issue::url);
            case SERIES -> catalog.series(slug).map(Series::url);
            case COLLECTION -> catalog.collection(slug).map(TopicCollection::url);
            case SPECIAL -> catalog.special(slug).map(SpecialEdition::url);
        };
    }
}
