package kiosk.api.graphql;

import static kiosk.api.graphql.Snapshot.read;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.idl.RuntimeWiring;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import kiosk.catalog.CacheTags;
import kiosk.catalog.CacheTags.Kind;
import kiosk.catalog.Catalog;
import kiosk.catalog.ChangeSet;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.CollectionRule;
import kiosk.content.Cover;
import kiosk.content.Image;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.SeriesPart;
import kiosk.content.SpecialEdition;
import kiosk.content.Tag;
import kiosk.content.TopicCollection;
import kiosk.content.git.RefName;
import kiosk.ranking.Period;
import kiosk.search.Snippet;

/**
 * Connects the schema's fields to the catalog of the request (see {@link Snapshot}), each naming the
 * cache tags of what it reads: a lookup by slug its thing's, a list its owner's or {@code list:<kind>}.
 * Fields whose name matches a record component (an article's {@code title}, a section's {@code name})
 * need no wiring: graphql-java reads records directly, and the field that produced the record named it.
 */
final class SchemaWiring {

    /** The GraphQLContext key saying whether the request comes from an editor holding the preview token. */
    static final String EDITOR = "kiosk.editor";
    /** {@code Query.ranking}'s default {@code first}, as the schema declares it. */
    private static final int DEFAULT_RANKING_SIZE = 10;
    /** {@code Query.changes}' default {@code first}, as the schema declares it. */
    private static final int DEFAULT_CHANGES = 20;
    /** A week, as {@code kiosk preview-link} allows. */
    private static final int MAX_PREVIEW_LINK_HOURS = 168;

    private final Pages pages;
    private final BodyTrees bodyTrees = new BodyTrees();

    SchemaWiring(Pages pages) {
        this.pages = pages;
    }

    RuntimeWiring wiring() {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .codeRegistry(IncrementalDelivery.hidden(GraphQLCodeRegistry.newCodeRegistry()))
                .scalar(TemporalScalar.DATE_TIME)
                .scalar(TemporalScalar.DATE)
                .type("Query", type -> type
                        .dataFetcher("article", bySlug(Kind.ARTICLE, Catalog::article))
                        .dataFetcher("articles", this::articles)
                        .dataFetcher("sections", environment -> read(environment, Kind.SECTION.index()).sections())
                        .dataFetcher("section", bySlug(Kind.SECTION, Catalog::section))
                        .dataFetcher("issues", environment -> read(environment, Kind.ISSUE.list()).issues())
                        .dataFetcher("issue", bySlug(Kind.ISSUE, Catalog::issue))
                        .dataFetcher("latestIssue", environment -> read(environment, Kind.ISSUE.list()).latestIssue().orElse(null))
                        .dataFetcher("authors", environment -> read(environment, Kind.AUTHOR.index()).authors())
                        .dataFetcher("author", bySlug(Kind.AUTHOR, Catalog::author))
                        .dataFetcher("tags", environment -> read(environment, Kind.TAG.index()).tags())
                        .dataFetcher("tag", bySlug(Kind.TAG, Catalog::tag))
                        .dataFetcher("series", bySlug(Kind.SERIES, Catalog::series))
                        .dataFetcher("allSeries", environment -> read(environment, Kind.SERIES.list()).series())
                        .dataFetcher("collection", bySlug(Kind.COLLECTION, Catalog::collection))
                        .dataFetcher("collections", environment -> read(environment, Kind.COLLECTION.list()).collections())
                        .dataFetcher("special", bySlug(Kind.SPECIAL, Catalog::special))
                        .dataFetcher("specials", environment -> read(environment, Kind.SPECIAL.list()).specials())
                        .dataFetcher("search", this::search)
                        .dataFetcher("site", environment -> SiteInfo.of(read(environment, CacheTags.REVISION)))
                        .dataFetcher("contentStatus", environment -> ContentStatusInfo.of(
                                LiveReads.live(environment).contentStatus().get(), read(environment, CacheTags.REVISION),
                                Boolean.TRUE.equals(environment.getGraphQlContext().get(EDITOR))))
                        .dataFetcher("ranking", this::ranking)
                        .dataFetcher("changes", this::changes)
                        .dataFetcher("previewLink", SchemaWiring::previewLink)
                        .dataFetcher("node", NodeLookup::node)
                        .dataFetcher("nodes", NodeLookup::nodes))
                .type("Change", type -> type
                        .dataFetcher("at", environment -> SchemaWiring.<ChangeSet>source(environment).at()
                                .atZone(Snapshot.site(environment).timeZone()).toOffsetDateTime()))
                .type("Node", type -> type.typeResolver(environment ->
                        environment.getSchema().getObjectType(NodeType.of(environment.getObject()).typeName())))
                .type("Article", type -> type
                        .dataFetcher("url", absoluteUrl(Article::url))
                        .dataFetcher("path", environment -> SchemaWiring.<Article>source(environment).url())
                        .dataFetcher("bodyHtml", environment -> SchemaWiring.<Article>source(environment).body().html())
                        .dataFetcher("bodyText", environment -> SchemaWiring.<Article>source(environment).body().text())
                        .dataFetcher("images", environment -> SchemaWiring.<Article>source(environment).body().images())
                        .dataFetcher("readingTimeMinutes",
                                environment -> SchemaWiring.<Article>source(environment).body().readingTimeMinutes())
                        .dataFetcher("body", environment -> bodyTree(environment).blocks())
                        .dataFetcher("headings", environment -> bodyTree(environment).headings())
                        .dataFetcher("related", this::related)
                        .dataFetcher("series", environment -> {
                            Article article = source(environment);
                            return article.series() == null ? null : new SeriesPlace(article);
                        })
                        .dataFetcher("sponsored", environment -> Sponsorship.of(source(environment)))
                        .dataFetcher("history", environment -> {
                            Article article = source(environment);
                            return read(environment, Kind.ARTICLE.tag(article.slug())).history(article)
                                    .map(history -> ArticleHistory.of(history, Snapshot.site(environment).timeZone()))
                                    .orElse(null);
                        }))
                .type("ArticleEdge", type -> type.dataFetcher("snippet", environment -> {
                    ArticleEdge edge = source(environment);
                    return edge.searchQuery() == null ? null
                            : read(environment, Kind.ARTICLE.list()).snippet(edge.searchQuery(), edge.node());
                }))
                .type("Snippet", type -> type.dataFetcher("html", environment -> SchemaWiring.<Snippet>source(environment).html()))
                .type("BodyBlock", type -> type.typeResolver(BodySchema::typeOf))
                .type("Inline", type -> type.typeResolver(BodySchema::typeOf))
                .type("ArticleCard", type -> type.dataFetcher("article", BodySchema::linkedArticle))
                .type("Link", type -> type.dataFetcher("article", BodySchema::linkedArticle))
                .type("ContentStatus", type -> type
                        .dataFetcher("lastReload", details(ContentStatusInfo::lastReload))
                        .dataFetcher("ok", details(ContentStatusInfo::ok))
                        .dataFetcher("problems", details(ContentStatusInfo::problems))
                        .dataFetcher("reasons", details(ContentStatusInfo::reasons)))
                .type("Image", ImageFields::wire)
                .type("Section", type -> type
                        .dataFetcher("url", absoluteUrl(Section::url))
                        .dataFetcher("articles", articlesOf(Kind.SECTION, Section::slug, Catalog::articlesInSection)))
                .type("Author", type -> type
                        .dataFetcher("url", absoluteUrl(Author::url))
                        .dataFetcher("section", bySlugOf(Author::sectionSlug, Kind.SECTION, Catalog::section))
                        .dataFetcher("articles", articlesOf(Kind.AUTHOR, Author::slug, Catalog::articlesBy)))
                .type("Tag", type -> type
                        .dataFetcher("url", absoluteUrl(Tag::url))
                        .dataFetcher("articles", articlesOf(Kind.TAG, Tag::slug, Catalog::articlesTagged)))
                .type("Issue", type -> type
                        .dataFetcher("url", absoluteUrl(Issue::url))
                        .dataFetcher("articles", articlesOf(Kind.ISSUE, Issue::slug, Catalog::articlesInIssue)))
                .type("Series", type -> type
                        .dataFetcher("url", absoluteUrl(Series::url))
                        .dataFetcher("running", environment -> SchemaWiring.<Series>source(environment)
                                .runningOn(read(environment, CacheTags.DATE).today()))
                        .dataFetcher("articles", this::seriesArticles))
                .type("SeriesPart", type -> type
                        .dataFetcher("series", environment -> place(environment).series())
                        .dataFetcher("season", environment -> place(environment).seasonInSeries().orElse(null))
                        .dataFetcher("part", environment -> place(environment).part())
                        .dataFetcher("previous", environment -> neighbour(environment, Catalog::previousPart))
                        .dataFetcher("next", environment -> neighbour(environment, Catalog::nextPart)))
                .type("Collection", type -> type
                        .dataFetcher("url", absoluteUrl(TopicCollection::url))
                        .dataFetcher("articles", articlesOf(Kind.COLLECTION, TopicCollection::slug,
                                Catalog::articlesInCollection)))
                .type("CollectionRule", type -> type
                        .dataFetcher("section", bySlugOf(CollectionRule::section, Kind.SECTION, Catalog::section)))
                .type("SpecialEdition", type -> type
                        .dataFetcher("url", absoluteUrl(SpecialEdition::url))
                        .dataFetcher("kind", environment -> special(environment).kind().name())
                        .dataFetcher("kindLabel", environment -> special(environment).kind().label())
                        .dataFetcher("onSaleNow", environment -> special(environment)
                                .onSaleOn(read(environment, CacheTags.DATE).today()))
                        .dataFetcher("purchaseLinks", environment -> special(environment).purchase()))
                .type("ContentsEntry", type -> type
                        .dataFetcher("page", environment -> {
                            int page = SchemaWiring.<SpecialEdition.ContentsEntry>source(environment).page();
                            return page == 0 ? null : page;
                        })
                        .dataFetcher("article", bySlugOf(SpecialEdition.ContentsEntry::articleSlug, Kind.ARTICLE,
                                Catalog::article)))
                .type("Cover", type -> type
                        .dataFetcher("section", bySlugOf(Cover::sectionSlug, Kind.SECTION, Catalog::section))
                        .dataFetcher("article", bySlugOf(Cover::articleSlug, Kind.ARTICLE, Catalog::article))
                        .dataFetcher("image", absoluteUrl((Cover cover) -> cover.image() == null ? null : cover.image().src()))
                        .dataFetcher("picture", environment -> {
                            Cover cover = source(environment);
                            return cover.image() == null ? null : cover.image().withAlt(cover.title());
                        }));
        for (NodeType node : NodeType.values()) {
            wiring.type(node.typeName(), type -> type.dataFetcher("id", environment -> node.id(environment.getSource())));
        }
        return wiring.build();
    }

    private ArticleConnection articles(DataFetchingEnvironment environment) {
        List<Article> matching = ArticleFilter.of(environment.getArgument("filter")).apply(read(environment, Kind.ARTICLE.list()));
        return pages.page(ArticleSort.of(environment.getArgument("sort")).order(matching), environment);
    }

    /**
     * The search's matches that pass the filter, most relevant first or in date order (the catalog's
     * newest-first list kept to the matches, then ordered as an article list would be).
     */
    private ArticleConnection search(DataFetchingEnvironment environment) {
        Catalog catalog = read(environment, Kind.ARTICLE.list());
        String query = environment.getArgument("query");
        List<Article> found = ArticleFilter.of(environment.getArgument("filter")).keep(catalog.search(query), catalog);
        String sort = Objects.requireNonNullElse(environment.getArgument("sort"), "RELEVANCE");
        if (!sort.equals("RELEVANCE")) {
            Set<Article> matches = new HashSet<>(found);
            found = ArticleSort.of(sort).order(catalog.articles().stream().filter(matches::contains).toList());
        }
        return pages.page(found, environment, query);
    }

    private BodyTree bodyTree(DataFetchingEnvironment environment) {
        // the tree resolves links to any article, so it reads the whole list
        return bodyTrees.of(source(environment), read(environment, Kind.ARTICLE.list()));
    }

    private List<RankedArticleInfo> ranking(DataFetchingEnvironment environment) {
        // An explicit null takes the schema's default too.
        int first = Objects.requireNonNullElse(pages.count(environment, "first"), DEFAULT_RANKING_SIZE);
        Period period = Period.valueOf(Objects.requireNonNullElse(environment.getArgument("period"), "DAY"));
        return RankedArticleInfo.of(LiveReads.live(environment).rankings()
                .ranking(period, first, environment.getArgument("section")), read(environment, Kind.ARTICLE.list()));
    }

    /** {@code Query.changes}: the change sets since a revision, up to the request's snapshot. */
    private ChangeFeedInfo changes(DataFetchingEnvironment environment) {
        String since = environment.getArgument("since");
        int first = Objects.requireNonNullElse(pages.count(environment, "first"), DEFAULT_CHANGES);
        String current = read(environment, CacheTags.REVISION).revision();
        if (since.equals(current)) {
            return new ChangeFeedInfo(since, false, List.of());
        }
        List<ChangeSet> after = LiveReads.live(environment).changes().after(since, current, first + 1)
                .orElseThrow(() -> new RevisionTooOldException(since, current));
        List<ChangeSet> page = after.subList(0, Math.min(first, after.size()));
        return new ChangeFeedInfo(page.isEmpty() ? since : page.get(page.size() - 1).revision(),
                after.size() > first, page);
    }

    /** A series' parts in reading order, of one season when the field asks for one. */
    private ArticleConnection seriesArticles(DataFetchingEnvironment environment) {
        Integer season = environment.getArgument("season");
        String series = SchemaWiring.<Series>source(environment).slug();
        List<Article> parts = read(environment, Kind.SERIES.tag(series)).articlesInSeries(series);
        return pages.page(season == null ? parts
                : parts.stream().filter(part -> part.series().season() == season).toList(), environment);
    }

    private static SpecialEdition special(DataFetchingEnvironment environment) {
        return source(environment);
    }

    private static SeriesPart place(DataFetchingEnvironment environment) {
        return SchemaWiring.<SeriesPlace>source(environment).article().series();
    }

    private List<Article> related(DataFetchingEnvironment environment) {
        String slug = SchemaWiring.<Article>source(environment).slug();
        List<Article> related = read(environment, CacheTags.related(slug)).related(slug);
        return related.subList(0, Math.min(related.size(), pages.count(environment, "first")));
    }

    /** A type's {@code articles} connection over the catalog's list for the source object, of {@code kind}. */
    private <T> DataFetcher<ArticleConnection> articlesOf(Kind kind, Function<T, String> slugOf, ListOf list) {
        return environment -> {
            String slug = slugOf.apply(source(environment));
            return pages.page(list.of(read(environment, kind.tag(slug)), slug), environment);
        };
    }

    private interface ListOf {
        List<Article> of(Catalog catalog, String slug);
    }

    /** The visible part before or after the source's article in its series. */
    private static Article neighbour(DataFetchingEnvironment environment,
                                     BiFunction<Catalog, Article, Optional<Article>> neighbour) {
        Article article = SchemaWiring.<SeriesPlace>source(environment).article();
        return neighbour.apply(read(environment, CacheTags.related(article.slug())), article).orElse(null);
    }

    /** A root field that looks an object of {@code kind} up by its {@code slug} argument. */
    private static <T> DataFetcher<T> bySlug(Kind kind, Lookup<T> lookup) {
        return environment -> {
            String slug = environment.getArgument("slug");
            return lookup.find(read(environment, kind.tag(slug)), slug).orElse(null);
        };
    }

    /** A field that looks an object of {@code kind} up by a slug the source holds, which may be null. */
    private static <S, T> DataFetcher<T> bySlugOf(Function<S, String> slug, Kind kind, Lookup<T> lookup) {
        return environment -> Optional.ofNullable(slug.apply(source(environment)))
                .flatMap(value -> lookup.find(read(environment, kind.tag(value)), value))
                .orElse(null);
    }

    private interface Lookup<T> {
        Optional<T> find(Catalog catalog, String slug);
    }

    /** A site path or {@code /media/...} reference as an absolute URL, for clients on other origins. */
    private static <S> DataFetcher<String> absoluteUrl(Function<S, String> path) {
        return environment -> Optional.ofNullable(path.apply(source(environment)))
                .map(value -> Snapshot.site(environment).absoluteUrl(value))
                .orElse(null);
    }

    /**
     * {@code previewLink(slug, expiresInHours, ref)}: a signed link to one article of the preview, for
     * editors; at {@code ref} when given, else at the content the request reads.
     */
    private static String previewLink(DataFetchingEnvironment environment) {
        PreviewLinks links = environment.getGraphQlContext().get(PreviewLinks.class);
        if (links == null) {
            throw new EditorsOnlyException("previewLink opens an unpublished article: it is for editors, who send"
                    + " the preview token in the X-Preview-Token header");
        }
        LiveReads.momentary(environment);
        String slug = environment.getArgument("slug");
        int hours = environment.getArgument("expiresInHours");
        if (hours < 1 || hours > MAX_PREVIEW_LINK_HOURS) {
            throw new InvalidInputException("expiresInHours must be between 1 and %d, was %d".formatted(
                    MAX_PREVIEW_LINK_HOURS, hours));
        }
        String refArgument = environment.getArgument("ref");
        RefName ref;
        try {
            ref = refArgument == null ? null : new RefName(refArgument);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("ref: " + e.getMessage());
        }
        if (ref == null && read(environment, Kind.ARTICLE.tag(slug)).article(slug).isEmpty()) {
            return null;
        }
        return links.path(slug, ref, Duration.ofHours(hours)).map(Snapshot.site(environment)::absoluteUrl).orElse(null);
    }

    /** A detail of the content status, which only editors may read. */
    private static DataFetcher<Object> details(Function<ContentStatusInfo, Object> detail) {
        return environment -> detail.apply(SchemaWiring.<ContentStatusInfo>source(environment).details());
    }

    private static <S> S source(DataFetchingEnvironment environment) {
        return environment.getSource();
    }
}
