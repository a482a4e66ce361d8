package kiosk.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.ContentHistory;
import kiosk.content.FileHistory;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.SiteConfig;
import kiosk.content.SpecialEdition;
import kiosk.content.Tag;
import kiosk.content.TopicCollection;
import kiosk.image.Renditions;
import kiosk.related.RelatedIndex;
import kiosk.search.SearchDocument;
import kiosk.search.SearchIndex;
import kiosk.search.Snippet;

/**
 * One immutable snapshot of the magazine as readers may see it at {@link #asOf()}: only published
 * articles, fully linked, with every list sorted and every reverse reference and related list
 * computed. The API and the baker share one instance, so they never disagree. Built by
 * {@link CatalogBuilder}; swapped as a whole by {@link CatalogHolder}. Two indexes are the exception
 * to "computed up front": the full-text index is built on first use (see {@link #buildSearchIndex()}),
 * by updating the previous catalog's index when the builder was given one, and so is a first
 * catalog's related index, so that a server answers before either exists.
 */
public final class Catalog {

    private final SiteConfig site;
    private final String revision;
    private final Instant asOf;
    private final Instant nextScheduled;
    private final List<Article> articles;
    private final Map<String, Article> articlesBySlug;
    private final List<Section> sections;
    private final Map<String, Section> sectionsBySlug;
    private final List<Author> authors;
    private final Map<String, Author> authorsBySlug;
    private final List<Tag> tags;
    private final Map<String, Tag> tagsBySlug;
    private final List<Issue> issues;
    private final Map<String, Issue> issuesBySlug;
    private final Map<String, List<Article>> bySection;
    private final Map<String, List<Article>> byAuthor;
    private final Map<String, List<Article>> byTag;
    private final Map<String, List<Article>> byIssue;
    private final SeriesShelf series;
    private final CollectionShelf collections;
    private final List<SpecialEdition> specials;
    private final Map<String, SpecialEdition> specialsBySlug;
    /** Built on first use when the catalog is a first one (see {@link CatalogBuilder}). */
    private final OnFirstUse<RelatedIndex> related;
    private final ContentHistory history;
    private final Renditions renditions;
    /** What changed since the catalog this one was built from. */
    private final ChangeSet changes;
    /** Built on first use: the baker never searches, and a reload may be replaced before anyone does. */
    private final SearchIndexCell search;

    /**
     * Indexes what the builder chose and ordered.
     *
     * @param articles published articles, newest first
     * @param issues   visible issues, newest first
     * @param specials visible special editions, newest on-sale day first
     * @param related    related articles of the articles, by slug
     * @param history    what git knows of the content files
     * @param searchBase an earlier catalog's full-text index to update into this one's, or null
     * @param renditions the variants produced so far of the content's images
     * @param previous   the catalog this one follows, to find what changed (not kept), or null for a first one
     * @param articleChanges the articles' changes since {@code previous}, or null for a first one
     */
    Catalog(SiteConfig site, String revision, Instant asOf, Instant nextScheduled, List<Article> articles,
            List<Section> sections, List<Author> authors, List<Issue> issues, SeriesShelf series,
            CollectionShelf collections, List<SpecialEdition> specials, OnFirstUse<RelatedIndex> related,
            ContentHistory history, SearchIndex searchBase, Renditions renditions, Catalog previous,
            SlugChanges articleChanges) {
        this.site = site;
        this.revision = revision;
        this.asOf = asOf;
        this.nextScheduled = nextScheduled;
        this.articles = List.copyOf(articles);
        this.articlesBySlug = bySlug(articles, Article::slug);
        this.sections = List.copyOf(sections);
        this.sectionsBySlug = bySlug(sections, Section::slug);
        this.authors = List.copyOf(authors);
        this.authorsBySlug = bySlug(authors, Author::slug);
        this.issues = List.copyOf(issues);
        this.issuesBySlug = bySlug(issues, Issue::slug);
        this.bySection = group(articles, article -> List.of(article.section().slug()));
        this.byAuthor = group(articles, article -> article.authors().stream().map(Author::slug).toList());
        this.byTag = group(articles, article -> article.tags().stream().map(Tag::slug).toList());
        this.byIssue = coverStoriesFirst(group(articles,
                article -> article.issue() == null ? List.of() : List.of(article.issue().slug())));
        this.series = series;
        this.collections = collections;
        this.specials = List.copyOf(specials);
        this.specialsBySlug = bySlug(specials, SpecialEdition::slug);
        this.tags = tagsByUse(articles, byTag);
        this.tagsBySlug = bySlug(tags, Tag::slug);
        this.related = related;
        this.history = history;
        this.search = new SearchIndexCell(searchBase);
        this.renditions = renditions;
        // last: the finder reads this catalog's lists
        this.changes = previous == null ? ChangeSet.first(revision, asOf)
                : ChangeFinder.between(previous, this, articleChanges);
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.putIfAbsent(slug.apply(item), item));
        return Map.copyOf(map);
    }

    /** Groups articles under each key they carry, keeping their (newest first) order. */
    private static Map<String, List<Article>> group(List<Article> articles, Function<Article, List<String>> keys) {
        Map<String, List<Article>> groups = new HashMap<>();
        for (Article article : articles) {
            for (String key : keys.apply(article)) {
                groups.computeIfAbsent(key, unused -> new ArrayList<>()).add(article);
            }
        }
        Map<String, List<Article>> frozen = new HashMap<>();
        groups.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    private Map<String, List<Article>> coverStoriesFirst(Map<String, List<Article>> issueArticles) {
        Map<String, List<Article>> ordered = new HashMap<>(issueArticles);
        for (Issue issue : issues) {
            String cover = issue.cover().articleSlug();
            List<Article> list = ordered.get(issue.slug());
            if (cover != null && list != null) {
                List<Article> reordered = new ArrayList<>(list);
                reordered.sort(Comparator.comparing((Article article) -> !article.slug().equals(cover)));
                ordered.put(issue.slug(), List.copyOf(reordered));
            }
        }
        return Map.copyOf(ordered);
    }

    /** The tags published articles use, most used first, ties by slug: a tag only a draft uses stays hidden. */
    private static List<Tag> tagsByUse(List<Article> articles, Map<String, List<Article>> byTag) {
        Map<String, Tag> used = new HashMap<>();
        articles.forEach(article -> article.tags().forEach(tag -> used.putIfAbsent(tag.slug(), tag)));
        return used.values().stream()
                .sorted(Comparator.comparingInt((Tag tag) -> -byTag.get(tag.slug()).size()).thenComparing(Tag::slug))
                .toList();
    }

    public SiteConfig site() {
        return site;
    }

    /**
     * The variants of the content's images produced when this catalog was built; an image without
     * one is published as its original file (variants appear in a later catalog once produced).
     */
    public Renditions renditions() {
        return renditions;
    }

    /**
     * The snapshot's revision: the git commit, with {@code -dirty-<hash of the files>} for work-tree
     * edits, or the files' hash outside git; in a published catalog, with {@code -at-<instant>} once a
     * scheduled article or sale went live after the commit (see {@link CatalogBuilder}).
     */
    public String revision() {
        return revision;
    }

    /** What changed since the catalog this one was built from; everything for a first catalog. */
    public ChangeSet changes() {
        return changes;
    }

    /** What git knows of the article's file: empty outside git, or for a file not committed yet. */
    public Optional<FileHistory> history(Article article) {
        return history.of(article.path());
    }

    /** The instant publication was judged at: articles dated after it are not in this catalog. */
    public Instant asOf() {
        return asOf;
    }

    /** The day of {@link #asOf()} in the site's time zone: what "on sale" and "running" are judged on. */
    public LocalDate today() {
        return asOf.atZone(site.timeZone()).toLocalDate();
    }

    /**
     * When readers should next see something change without an edit, if ever: a scheduled (future-dated,
     * not draft) article becomes due, an issue or a special edition goes on sale, a sale or a season ends.
     */
    public Optional<Instant> nextScheduled() {
        return Optional.ofNullable(nextScheduled);
    }

    /** Published articles, newest first (ties by slug). */
    public List<Article> articles() {
        return articles;
    }

    public Optional<Article> article(String slug) {
        return Optional.ofNullable(articlesBySlug.get(slug));
    }

    /** Sections by weight, then slug. */
    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String slug) {
        return Optional.ofNullable(sectionsBySlug.get(slug));
    }

    /** All authors, in the order of authors.yaml. */
    public List<Author> authors() {
        return authors;
    }

    public Optional<Author> author(String slug) {
        return Optional.ofNullable(authorsBySlug.get(slug));
    }

    /** Tags with at least one published article, most used first (ties by slug). */
    public List<Tag> tags() {
        return tags;
    }

    public Optional<Tag> tag(String slug) {
        return Optional.ofNullable(tagsBySlug.get(slug));
    }

    /** Issues on sale by {@link #asOf()}, newest cover date first. */
    public List<Issue> issues() {
        return issues;
    }

    public Optional<Issue> issue(String slug) {
        return Optional.ofNullable(issuesBySlug.get(slug));
    }

    public Optional<Issue> latestIssue() {
        return issues.stream().findFirst();
    }

    /** A section's published articles, newest first. */
    public List<Article> articlesInSection(String sectionSlug) {
        return bySection.getOrDefault(sectionSlug, List.of());
    }

    public List<Article> articlesBy(String authorSlug) {
        return byAuthor.getOrDefault(authorSlug, List.of());
    }

    public List<Article> articlesTagged(String tagSlug) {
        return byTag.getOrDefault(tagSlug, List.of());
    }

    /** An issue's articles: the cover story first, then newest first. */
    public List<Article> articlesInIssue(String issueSlug) {
        return byIssue.getOrDefault(issueSlug, List.of());
    }

    /** The issue's cover story, when it names one that is published. */
    public Optional<Article> coverStory(Issue issue) {
        return Optional.ofNullable(issue.cover().articleSlug()).map(articlesBySlug::get);
    }

    /** Series with a visible part, the one with the newest part first. */
    public List<Series> series() {
        return series.shown();
    }

    public Optional<Series> series(String slug) {
        return series.shown(slug);
    }

    /** A series' visible parts in reading order: by season, then part. */
    public List<Article> articlesInSeries(String seriesSlug) {
        return series.articles(seriesSlug);
    }

    /** The visible part before the article in its series, across seasons; empty for the first or outside a series. */
    public Optional<Article> previousPart(Article article) {
        return series.previous(article);
    }

    /**
     * The visible part after the article in its series, across seasons; a scheduled part is skipped
     * until published.
     */
    public Optional<Article> nextPart(Article article) {
        return series.next(article);
    }

    /** Series still running today (see {@link Series#runningOn}), the one with the newest part first. */
    public List<Series> runningSeries() {
        return series.shown().stream().filter(candidate -> candidate.runningOn(today())).toList();
    }

    /** Topic collections with a visible article: pinned ones first, then the one with the newest article. */
    public List<TopicCollection> collections() {
        return collections.shown();
    }

    public Optional<TopicCollection> collection(String slug) {
        return collections.shown(slug);
    }

    /** A collection's visible articles: the chosen ones in the editor's order, then its rule's, newest first. */
    public List<Article> articlesInCollection(String collectionSlug) {
        return collections.articles(collectionSlug);
    }

    /** The collections an article is in, in {@link #collections()} order. */
    public List<TopicCollection> collectionsOf(Article article) {
        return collections.collectionsOf(article.slug());
    }

    /** Special editions readers may see (on sale by {@link #asOf()}), the newest on-sale day first. */
    public List<SpecialEdition> specials() {
        return specials;
    }

    public Optional<SpecialEdition> special(String slug) {
        return Optional.ofNullable(specialsBySlug.get(slug));
    }

    /** Special editions on sale today: 「好評発売中」. */
    public List<SpecialEdition> specialsOnSale() {
        return specials.stream().filter(special -> special.onSaleOn(today())).toList();
    }

    /** Related articles, best first: pinned ones, then by score; never the article itself. */
    public List<Article> related(String articleSlug) {
        return related.get().relatedTo(articleSlug).stream().map(articlesBySlug::get).toList();
    }

    /** For the next catalog to update rather than build anew. */
    RelatedIndex relatedIndex() {
        return related.get();
    }

    /** The full-text index, or the one it will be updated from, for the next catalog to update; or null (see {@link SearchIndexCell}). */
    SearchIndex searchIndexOrBase() {
        return search.indexOrBase();
    }

    /**
     * Published articles containing every word of {@code query} in their title, summary or body,
     * most relevant first (see {@link SearchIndex}), at most {@link SearchIndex#MAX_HITS}. The first
     * call builds the index unless {@link #buildSearchIndex()} already did.
     */
    public List<Article> search(String query) {
        return searchIndex().search(query).stream().map(articlesBySlug::get).toList();
    }

    /**
     * A passage of {@code article}'s body around the words of {@code query}, those words marked (see
     * {@link SearchIndex#snippet}).
     */
    public Snippet snippet(String query, Article article) {
        return searchIndex().snippet(query, article.slug());
    }

    /**
     * Builds the full-text index now if no one has yet. A server calls this on a background thread
     * right after loading a catalog, so the first search does not wait for the index.
     */
    public void buildSearchIndex() {
        searchIndex();
    }

    private SearchIndex searchIndex() {
        return search.get(() -> articles.stream()
                .map(article -> new SearchDocument(article.slug(), article.title(), article.summary(),
                        article.body().text()))
                .toList());
    }
}
