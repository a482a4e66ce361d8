package kiosk.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import kiosk.catalog.CacheTags.Kind;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Image;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.SpecialEdition;
import kiosk.content.Sponsor;
import kiosk.content.Tag;
import kiosk.content.TopicCollection;
import kiosk.image.Rendition;

/**
 * Finds the {@link ChangeSet} from one catalog to the next. A thing's tag is named when the thing
 * changed and when anything its page shows changed: the lists it holds (their members and order) and
 * the articles on them; an article's when its git history did, its {@code related:} tag when its related
 * articles or neighbouring parts did. New image variants (the workshop finishing a photo) change what shows
 * the image: the articles showing it count as changed, and the issue, series, collection or special it is
 * the picture of is named. The work is a few comparisons per article: a few milliseconds for 10,000.
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

    /** @param articles the articles' changes in text, which the builder found first (the related index reads them) */
    static ChangeSet between(Catalog before, Catalog after, SlugChanges articles) {
        return new ChangeFinder(before, after).find(articles);
    }

    private ChangeSet find(SlugChanges textChanges) {
        // new variants of an image change what shows it, and only that: the articles whose page or card shows
        // it change (as an edit would), and the issues, series, collections and specials it stands for
        Set<String> images = changedRenditions();
        SlugChanges articles = textChanges.withChanged(after.articles().stream()
                .filter(article -> shows(article, images)).map(Article::slug).toList());
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
        for (Issue issue : after.issues()) {
            if (shows(issue.cover().image(), images)) {
                named(Kind.ISSUE, issue.slug(), issue.url());
            }
        }
        for (Series running : after.series()) {
            if (shows(running.image(), images) || shows(logoOf(running.sponsor()), images)) {
                named(Kind.SERIES, running.slug(), running.url());
            }
        }
        for (TopicCollection collection : after.collections()) {
            if (shows(collection.image(), images)) {
                named(Kind.COLLECTION, collection.slug(), collection.url());
            }
        }
        for (SpecialEdition special : after.specials()) {
            if (shows(special.cover(), images)) {
                named(Kind.SPECIAL, special.slug(), special.url());
            }
        }
        // every page's head and every answer about the site show the logo and the default sharing image
        boolean everything = !before.site().equals(after.site()) || shows(after.site().image(), images)
                || shows(after.site().logo(), images);
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

    /** The {@code /media/...} references whose variants differ between the two catalogs (new, redone or gone). */
    private Set<String> changedRenditions() {
        Map<String, Rendition> earlier = before.renditions().all();
        Map<String, Rendition> now = after.renditions().all();
        if (earlier.equals(now)) {
            return Set.of();
        }
        Set<String> changed = new HashSet<>(earlier.keySet());
        changed.addAll(now.keySet());
        changed.removeIf(src -> Objects.equals(earlier.get(src), now.get(src)));
        return changed;
    }

    /** Whether the article's page or card shows one of {@code images}: its lead photo, body photos, sponsor's logo. */
    private static boolean shows(Article article, Set<String> images) {
        return !images.isEmpty() && (shows(article.image(), images) || shows(logoOf(article.sponsor()), images)
                || article.body().images().stream().anyMatch(image -> shows(image, images)));
    }

    private static boolean shows(Image image, Set<String> images) {
        return image != null && images.contains(image.src());
    }

    private static Image logoOf(Sponsor sponsor) {
        return sponsor == null ? null : sponsor.logo();
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
        // The same index gives the same lists: with no article touched they cannot have changed, and asking
        // would work out every list here, one after the other (a bake's catalog with image variants follows
        // the one without, with the same index: its pages then work the lists out in parallel as they render)
        boolean sameLists = after.relatedIndex() == before.relatedIndex() && touched.isEmpty();
        if (!sameLists) {
            List<String> related = after.relatedIndex().relatedTo(article.slug());
            if (!related.equals(before.relatedIndex().relatedTo(article.slug()))
                    || related.stream().anyMatch(touched::contains)) {
                return true;
            }
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
