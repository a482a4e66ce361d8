package kiosk.content.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.SeriesPart;
import kiosk.content.Sponsor;
import kiosk.content.Tag;
import kiosk.content.TagSlugs;
import kiosk.content.check.Message;
import kiosk.content.check.Problem;
import kiosk.content.check.Problems;
import kiosk.content.check.Suggestions;

/**
 * Resolves the slugs files name into the things they name, reporting each one that names nothing,
 * and turns raw articles into linked {@link Article}s. An article with an unresolved reference or a
 * duplicate slug is left out; everything else goes on.
 */
final class ContentLinker {

    private final Map<String, Section> sections;
    private final Map<String, Author> authors;
    private final Map<String, Issue> issues;
    private final Map<String, Series> series;
    private final Map<String, Tag> tagsByName;
    /** The slugs of tags tags.yaml does not list, derived once per name (a tag is on many articles). */
    private final Map<String, String> derivedSlugs = new HashMap<>();
    private final Map<String, Problems> problemsByPath = new LinkedHashMap<>();
    private final ArticleCache cache;
    private final LinkData data;
    private final ContentUses.Recorder uses = new ContentUses.Recorder();

    /**
     * What an article is linked against besides its own file: an article linked from the same raw
     * article against equal data comes out equal, so a reload need not link it again.
     */
    record LinkData(List<Section> sections, List<Author> authors, List<Issue> issues, List<Series> series,
                    List<Tag> listedTags) {
    }

    /** @param cache the articles earlier loads linked, to keep instead of new equal ones */
    ContentLinker(List<Section> sections, List<Author> authors, List<Issue> issues, List<Series> series,
                  List<Tag> listedTags, ArticleCache cache) {
        this.cache = cache;
        this.data = cache.linkingAgainst(new LinkData(sections, authors, issues, series, listedTags));
        this.sections = bySlug(sections, Section::slug);
        this.authors = bySlug(authors, Author::slug);
        this.issues = bySlug(issues, Issue::slug);
        this.series = bySlug(series, Series::slug);
        this.tagsByName = new LinkedHashMap<>();
        listedTags.forEach(tag -> tagsByName.putIfAbsent(tag.name(), tag));
    }

    /**
     * @param rawArticles in file path order: of two articles with one slug, the first is kept
     * @param references  the data files' references (author sections, issue covers, listed articles)
     */
    List<Article> link(List<RawArticle> rawArticles, List<Reference> references, List<ArticleReader.Unlinked> unlinked,
                       MediaLibrary media, Instant now) {
        Map<String, RawArticle> articlesBySlug = new HashMap<>();
        for (RawArticle raw : rawArticles) {
            RawArticle earlier = articlesBySlug.putIfAbsent(raw.slug().value(), raw);
            if (earlier != null) {
                // the clash is made by a 'slug:' line rather than by a file name: that file is the one left out
                boolean earlierClashes = raw.slug().fromFileName() && !earlier.slug().fromFileName();
                RawArticle clashing = earlierClashes ? earlier : raw;
                RawArticle other = earlierClashes ? raw : earlier;
                articlesBySlug.put(raw.slug().value(), other);
                reportDuplicate(clashing, other);
            }
        }
        List<RawArticle> unique = rawArticles.stream().filter(raw -> articlesBySlug.get(raw.slug().value()) == raw).toList();
        // an article with errors is reported in its own file; what names it need not say it is unknown
        Set<String> withErrors = unlinked.stream().map(ArticleReader.Unlinked::slug).collect(Collectors.toSet());
        Set<String> articleSlugs = new HashSet<>(articlesBySlug.keySet());
        articleSlugs.addAll(withErrors);
        SiteLinks links = new SiteLinks(articlesBySlug, withErrors, sections.keySet(), authors.keySet(), issues.keySet(),
                tagsAvailable(unique), media);
        references.forEach(reference -> check(reference, articleSlugs, articlesBySlug));
        Set<String> misplaced = SeriesPlacement.check(unique, series, this::problemsOf);
        Map<String, String> tagNameBySlug = new HashMap<>();
        tagsByName.values().forEach(tag -> tagNameBySlug.putIfAbsent(tag.slug(), tag.name()));
        List<Article> linked = new ArrayList<>();
        for (RawArticle raw : rawArticles) {
            recordUses(raw.path(), raw.url(), raw.tags(), raw.links());
            if (raw.image() != null) {
                uses.use(raw.path(), "media", raw.image().src());
            }
        }
        unlinked.forEach(file -> recordUses(file.path(), file.url(), file.tags(), file.links()));
        warnOfNearMissTags(rawArticles, unlinked);
        for (RawArticle raw : unique) {
            Instant publishAt = raw.draft() ? null : max(now, raw.date().toInstant());
            boolean resolved = raw.references().stream().map(reference -> check(reference, articleSlugs, articlesBySlug))
                    .reduce(true, Boolean::logicalAnd);
            for (BodyLink link : raw.links()) {
                resolved &= links.check(link, raw.url(), publishAt, problemsOf(raw.path()));
            }
            resolved &= tagsApart(raw.path(), raw.tags(), tagNameBySlug);
            if (resolved && !misplaced.contains(raw.path())) {
                linked.add(linked(raw));
            }
        }
        // after the articles: a file with errors never decides which spelling of a tag comes first
        for (ArticleReader.Unlinked file : unlinked) {
            file.references().forEach(reference -> check(reference, articleSlugs, articlesBySlug));
            file.links().forEach(link -> links.check(link, file.url(), null, problemsOf(file.path())));
            tagsApart(file.path(), file.tags(), tagNameBySlug);
        }
        return linked;
    }

    /**
     * A tag on one article only, not listed in tags.yaml, that differs from a tag in use by a letter
     * or by its width ({@code 半導休}, {@code ＡＩ規制}): most likely a slip that would make a page of
     * its own, so a warning with the tag it probably is.
     */
    private void warnOfNearMissTags(List<RawArticle> rawArticles, List<ArticleReader.Unlinked> unlinked) {
        Map<String, Integer> articlesByTag = new HashMap<>();
        List<Map.Entry<String, Located<String>>> uses = new ArrayList<>();
        rawArticles.forEach(raw -> raw.tags().forEach(tag -> uses.add(Map.entry(raw.path(), tag))));
        unlinked.forEach(file -> file.tags().forEach(tag -> uses.add(Map.entry(file.path(), tag))));
        uses.forEach(use -> articlesByTag.merge(use.getValue().value(), 1, Integer::sum));
        Set<String> established = new HashSet<>(tagsByName.keySet());
        articlesByTag.forEach((name, count) -> {
            if (count > 1) {
                established.add(name);
            }
        });
        for (Map.Entry<String, Located<String>> use : uses) {
            Located<String> tag = use.getValue();
            if (!established.contains(tag.value())) {
                // one that shares the other's page is an error of its own (tagsApart), not a near miss
                Suggestions.nearMiss(tag.value(), established).filter(like -> !tagSlug(like).equals(tagSlug(tag.value())))
                        .ifPresent(like -> problemsOf(use.getKey()).warning(tag.line(), tag.column(),
                                Message.of("tag.nearMiss", tag.value(), like)));
            }
        }
    }

    private void recordUses(String path, String url, List<Located<String>> tags, List<BodyLink> links) {
        tags.forEach(tag -> uses.use(path, "tag", tagSlug(tag.value())));
        links.forEach(link -> uses.address(path, SiteLinks.resolve(link.address(), url)));
    }

    /** Which file named what, as the last {@link #link} found. */
    ContentUses uses() {
        return uses.done();
    }

    private void reportDuplicate(RawArticle clashing, RawArticle other) {
        Located<String> slug = clashing.slug();
        problemsOf(clashing.path()).error(slug.line(), slug.column(), "duplicate article slug '" + slug.value() + "'"
                        + (slug.fromFileName() ? " (from the file name)" : "") + ": " + other.path() + " has it too"
                        + (other.slug().fromFileName() ? " (from its file name)" : " (line " + other.slug().line() + ")"),
                "give one of them another slug; until then this file is left out");
    }

    /** Each tag's slug, with the time its first published article is out. */
    private Map<String, Instant> tagsAvailable(List<RawArticle> articles) {
        Map<String, Instant> available = new HashMap<>();
        for (RawArticle article : articles) {
            Instant from = SiteLinks.availableFrom(article);
            for (Located<String> name : article.tags()) {
                available.merge(tagSlug(name.value()), from, ContentLinker::min);
            }
        }
        return available;
    }

    private String tagSlug(String name) {
        Tag listed = tagsByName.get(name);
        return listed == null ? derivedSlugs.computeIfAbsent(name, TagSlugs::derive) : listed.slug();
    }

    /**
     * Two tag names that would share one page ({@code AI} and {@code ai}, {@code C++} and {@code C}):
     * the later use is an error, or readers of one tag's page would find the other's articles.
     *
     * @return whether the article's tags each have a page of their own
     */
    private boolean tagsApart(String path, List<Located<String>> tags, Map<String, String> nameBySlug) {
        boolean apart = true;
        for (Located<String> tag : tags) {
            String slug = tagSlug(tag.value());
            String first = nameBySlug.putIfAbsent(slug, tag.value());
            if (first != null && !first.equals(tag.value())) {
                problemsOf(path).error(tag.line(), tag.column(), "the tag '" + tag.value()
                                + "' would share its page /tags/" + slug + "/ with the tag '" + first + "'",
                        "write it as '" + first + "', or list both in tags.yaml, each with a slug of its own");
                apart = false;
            }
        }
        return apart;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Tags as listed in tags.yaml, then the unlisted ones in the order articles first used them. */
    List<Tag> tags() {
        return List.copyOf(tagsByName.values());
    }

    List<Problem> problems() {
        return problemsByPath.values().stream().flatMap(problems -> problems.list().stream()).toList();
    }

    /**
     * @param articleSlugs every article slug, those of files with errors included (they are reported apart)
     * @param articles     the articles read without errors, by slug
     */
    private boolean check(Reference reference, Set<String> articleSlugs, Map<String, RawArticle> articles) {
        Set<String> known = switch (reference.kind()) {
            case SECTION -> sections.keySet();
            case AUTHOR -> authors.keySet();
            case ISSUE -> issues.keySet();
            case SERIES -> series.keySet();
            case ARTICLE, LISTED_ARTICLE -> articleSlugs;
        };
        String slug = reference.slug().value();
        uses.use(reference.path(), reference.kind().noun, slug);
        if (known.contains(slug)) {
            RawArticle listed = articles.get(slug);
            if (reference.kind() == Reference.Kind.LISTED_ARTICLE && listed != null && listed.draft()) {
                problemsOf(reference.path()).warning(reference.slug().line(), reference.slug().column(),
                        "'" + reference.key() + "' names the draft article '" + slug + "'",
                        "readers see it here once it is published; until then it is left out");
            }
            return true;
        }
        problemsOf(reference.path()).error(reference.slug().line(), reference.slug().column(),
                Message.of("unknown." + reference.kind().noun, reference.key(), slug,
                        Suggestions.didYouMeanMessage(slug, known)));
        return false;
    }

    /** The article an earlier load linked from this raw article against this data, else a new one. */
    private Article linked(RawArticle raw) {
        Article before = cache.linkedBefore(raw, data);
        if (before == null) {
            return cache.sameAsBefore(raw, data, toArticle(raw));
        }
        raw.tags().forEach(tag -> tagNamed(tag.value())); // as toArticle would: unlisted tags are listed in the order of first use
        return before;
    }

    private Article toArticle(RawArticle raw) {
        List<Tag> tags = raw.tags().stream().map(tag -> tagNamed(tag.value())).toList();
        SeriesPart part = raw.series() == null ? null
                : SeriesPlacement.part(raw.series(), series.get(raw.series().slug().value()));
        // an article's own sponsor wins over its series'
        Sponsor sponsor = raw.sponsored() != null ? raw.sponsored() : part == null ? null : part.series().sponsor();
        return new Article(raw.slug().value(), raw.title(), raw.summary(), raw.date(), raw.updated(),
                sections.get(raw.section().value()),
                raw.authors().stream().map(author -> authors.get(author.value())).distinct().toList(),
                tags,
                raw.issue() == null ? null : issues.get(raw.issue().value()),
                raw.image(), raw.dateline(), raw.source(),
                raw.related().stream().map(Located::value).filter(slug -> !slug.equals(raw.slug().value())).distinct().toList(),
                part, sponsor, raw.breaking(), raw.draft(), raw.body(), raw.path());
    }

    private Tag tagNamed(String name) {
        return tagsByName.computeIfAbsent(name, unlisted -> new Tag(TagSlugs.derive(unlisted), unlisted, ""));
    }

    private Problems problemsOf(String path) {
        return problemsByPath.computeIfAbsent(path, Problems::new);
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
        return items.stream().collect(Collectors.toMap(slug, Function.identity(), (first, second) -> first, LinkedHashMap::new));
    }
}
