package kiosk.api.graphql;

import static kiosk.api.graphql.Snapshot.catalog;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kiosk.catalog.Catalog;
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
import kiosk.ranking.Period;

/**
 * Connects the schema's fields to the catalog of the request (see {@link Snapshot}). Fields whose
 * name matches a record component (an article's {@code title}, a section's {@code name}) need no
 * wiring: graphql-java reads records directly.
 */
final class SchemaWiring {

    /** The GraphQLContext key saying whether the request comes from an editor holding the preview token. */
    static final String EDITOR = "kiosk.editor";
    /** {@code Query.ranking}'s default {@code first}, as the schema declares it. */
    private static final int DEFAULT_RANKING_SIZE = 10;

    private final Pages pages;

    SchemaWiring(Pages pages) {
        this.pages = pages;
    }

    RuntimeWiring wiring() {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .codeRegistry(IncrementalDelivery.hidden(GraphQLCodeRegistry.newCodeRegistry()))
                .scalar(TemporalScalar.DATE_TIME)
                .scalar(TemporalScalar.DATE)
                .type("Query", type -> type
                        .dataFetcher("article", bySlug(Catalog::article))
                        .dataFetcher("articles", this::articles)
                        .dataFetcher("sections", environment -> catalog(environment).sections())
                        .dataFetcher("section", bySlug(Catalog::section))
                        .dataFetcher("issues", environment -> catalog(environment).issues())
                        .dataFetcher("issue", bySlug(Catalog::issue))
                        .dataFetcher("latestIssue", environment -> catalog(environment).latestIssue().orElse(null))
                        .dataFetcher("authors", environment -> catalog(environment).authors())
                        .dataFetcher("author", bySlug(Catalog::author))
                        .dataFetcher("tags", environment -> catalog(environment).tags())
                        .dataFetcher("tag", bySlug(Catalog::tag))
                        .dataFetcher("series", bySlug(Catalog::series))
                        .dataFetcher("allSeries", environment -> catalog(environment).series())
                        .dataFetcher("collection", bySlug(Catalog::collection))
                        .dataFetcher("collections", environment -> catalog(environment).collections())
                        .dataFetcher("special", bySlug(Catalog::special))
                        .dataFetcher("specials", environment -> catalog(environment).specials())
                        .dataFetcher("search", environment -> pages.page(
                                catalog(environment).search(environment.getArgument("query")), environment))
                        .dataFetcher("site", environment -> SiteInfo.of(catalog(environment)))
                        .dataFetcher("contentStatus", environment -> ContentStatusInfo.of(
                                LiveReads.live(environment).contentStatus().get(), catalog(environment),
                                Boolean.TRUE.equals(environment.getGraphQlContext().get(EDITOR))))
                        .dataFetcher("ranking", this::ranking)
                        .dataFetcher("node", NodeLookup::node)
                        .dataFetcher("nodes", NodeLookup::nodes))
                .type("Node", type -> type.typeResolver(environment ->
                        environment.getSchema().getObjectType(NodeType.of(environment.getObject()).typeName())))
                .type("Article", type -> type
                        .dataFetcher("url", absoluteUrl(Article::url))
                        .dataFetcher("path", environment -> SchemaWiring.<Article>source(environment).url())
                        .dataFetcher("bodyHtml", environment -> SchemaWiring.<Article>source(environment).body().html())
                        .dataFetcher("bodyText", environment -> SchemaWiring.<Article>source(environment).body().text())
                        .dataFetcher("readingTimeMinutes",
                                environment -> SchemaWiring.<Article>source(environment).body().readingTimeMinutes())
                        .dataFetcher("related", this::related)
                        .dataFetcher("series", environment -> {
                            Article article = source(environment);
                            return article.series() == null ? null : new SeriesPlace(article);
                        })
                        .dataFetcher("sponsored", environment -> Sponsorship.of(source(environment)))
                        .dataFetcher("history", environment -> catalog(environment)
                                .history(SchemaWiring.<Article>source(environment))
                                .map(history -> ArticleHistory.of(history, catalog(environment).site().timeZone()))
                                .orElse(null)))
                .type("ContentStatus", type -> type
                        .dataFetcher("lastReload", details(ContentStatusInfo::lastReload))
                        .dataFetcher("ok", details(ContentStatusInfo::ok))
                        .dataFetcher("problems", details(ContentStatusInfo::problems))
                        .dataFetcher("reasons", details(ContentStatusInfo::reasons)))
                .type("Image", type -> type.dataFetcher("src", absoluteUrl(Image::src)))
                .type("Section", type -> type
                        .dataFetcher("url", absoluteUrl(Section::url))
                        .dataFetcher("articles", articlesOf((Catalog catalog, Section section) ->
                                catalog.articlesInSection(section.slug()))))
                .type("Author", type -> type
                        .dataFetcher("url", absoluteUrl(Author::url))
                        .dataFetcher("section", bySlugOf(Author::sectionSlug, Catalog::section))
                        .dataFetcher("articles", articlesOf((Catalog catalog, Author author) ->
                                catalog.articlesBy(author.slug()))))
                .type("Tag", type -> type
                        .dataFetcher("url", absoluteUrl(Tag::url))
                        .dataFetcher("articles", articlesOf((Catalog catalog, Tag tag) ->
                                catalog.articlesTagged(tag.slug()))))
                .type("Issue", type -> type
                        .dataFetcher("url", absoluteUrl(Issue::url))
                        .dataFetcher("articles", articlesOf((Catalog catalog, Issue issue) ->
                                catalog.articlesInIssue(issue.slug()))))
                .type("Series", type -> type
                        .dataFetcher("url", absoluteUrl(Series::url))
                        .dataFetcher("running", environment -> SchemaWiring.<Series>source(environment)
                                .runningOn(catalog(environment).today()))
                        .dataFetcher("articles", this::seriesArticles))
                .type("SeriesPart", type -> type
                        .dataFetcher("series", environment -> place(environment).series())
                        .dataFetcher("season", environment -> place(environment).seasonInSeries().orElse(null))
                        .dataFetcher("part", environment -> place(environment).part())
                        .dataFetcher("previous", environment -> catalog(environment)
                                .previousPart(SchemaWiring.<SeriesPlace>source(environment).article()).orElse(null))
                        .dataFetcher("next", environment -> catalog(environment)
                                .nextPart(SchemaWiring.<SeriesPlace>source(environment).article()).orElse(null)))
                .type("Collection", type -> type
                        .dataFetcher("url", absoluteUrl(TopicCollection::url))
                        .dataFetcher("articles", articlesOf((Catalog catalog, TopicCollection collection) ->
                                catalog.articlesInCollection(collection.slug()))))
                .type("CollectionRule", type -> type
                        .dataFetcher("section", bySlugOf(CollectionRule::section, Catalog::section)))
                .type("SpecialEdition", type -> type
                        .dataFetcher("url", absoluteUrl(SpecialEdition::url))
                        .dataFetcher("kind", environment -> special(environment).kind().name())
                        .dataFetcher("kindLabel", environment -> special(environment).kind().label())
                        .dataFetcher("onSaleNow", environment -> special(environment).onSaleOn(catalog(environment).today()))
                        .dataFetcher("purchaseLinks", environment -> special(environment).purchase()))
                .type("ContentsEntry", type -> type
                        .dataFetcher("page", environment -> {
                            int page = SchemaWiring.<SpecialEdition.ContentsEntry>source(environment).page();
                            return page == 0 ? null : page;
                        })
                        .dataFetcher("article", bySlugOf(SpecialEdition.ContentsEntry::articleSlug, Catalog::article)))
                .type("Cover", type -> type
                        .dataFetcher("section", bySlugOf(Cover::sectionSlug, Catalog::section))
                        .dataFetcher("article", bySlugOf(Cover::articleSlug, Catalog::article))
                        .dataFetcher("image", absoluteUrl(Cover::image)));
        for (NodeType node : NodeType.values()) {
            wiring.type(node.typeName(), type -> type.dataFetcher("id", environment -> node.id(environment.getSource())));
        }
        return wiring.build();
    }

    private ArticleConnection articles(DataFetchingEnvironment environment) {
        List<Article> matching = ArticleFilter.of(environment.getArgument("filter")).apply(catalog(environment));
        return pages.page("OLDEST_FIRST".equals(environment.getArgument("sort")) ? reversed(matching) : matching,
                environment);
    }

    private List<RankedArticleInfo> ranking(DataFetchingEnvironment environment) {
        // An explicit null takes the schema's default too.
        int first = Objects.requireNonNullElse(pages.count(environment, "first"), DEFAULT_RANKING_SIZE);
        Period period = Period.valueOf(Objects.requireNonNullElse(environment.getArgument("period"), "DAY"));
        return RankedArticleInfo.of(LiveReads.live(environment).rankings()
                .ranking(period, first, environment.getArgument("section")), catalog(environment));
    }

    /** A series' parts in reading order, of one season when the field asks for one. */
    private ArticleConnection seriesArticles(DataFetchingEnvironment environment) {
        Integer season = environment.getArgument("season");
        List<Article> parts = catalog(environment).articlesInSeries(SchemaWiring.<Series>source(environment).slug());
        return pages.page(season == null ? parts
                : parts.stream().filter(part -> part.series().season() == season).toList(), environment);
    }

    private static SpecialEdition special(DataFetchingEnvironment environment) {
        return source(environment);
    }

    private static SeriesPart place(DataFetchingEnvironment environment) {
        return SchemaWiring.<SeriesPlace>source(environment).article().series();
    }

    private static List<Article> reversed(List<Article> articles) {
        List<Article> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        return reversed;
    }

    private List<Article> related(DataFetchingEnvironment environment) {
        List<Article> related = catalog(environment).related(SchemaWiring.<Article>source(environment).slug());
        return related.subList(0, Math.min(related.size(), pages.count(environment, "first")));
    }

    /** A type's {@code articles} connection over the catalog's list for the source object. */
    private <T> DataFetcher<ArticleConnection> articlesOf(ListOf<T> list) {
        return environment -> pages.page(list.of(catalog(environment), source(environment)), environment);
    }

    private interface ListOf<T> {
        List<Article> of(Catalog catalog, T source);
    }

    /** A root field that looks an object up by its {@code slug} argument. */
    private static <T> DataFetcher<T> bySlug(Lookup<T> lookup) {
        return environment -> lookup.find(catalog(environment), environment.getArgument("slug")).orElse(null);
    }

    /** A field that looks an object up by a slug the source holds, which may be null. */
    private static <S, T> DataFetcher<T> bySlugOf(Function<S, String> slug, Lookup<T> lookup) {
        return environment -> Optional.ofNullable(slug.apply(source(environment)))
                .flatMap(value -> lookup.find(catalog(environment), value))
                .orElse(null);
    }

    private interface Lookup<T> {
        Optional<T> find(Catalog catalog, String slug);
    }

    /** A site path or {@code /media/...} reference as an absolute URL, for clients on other origins. */
    private static <S> DataFetcher<String> absoluteUrl(Function<S, String> path) {
        return environment -> Optional.ofNullable(path.apply(source(environment)))
                .map(value -> catalog(environment).site().absoluteUrl(value))
                .orElse(null);
    }

    /** A detail of the content status, which only editors may read. */
    private static DataFetcher<Object> details(Function<ContentStatusInfo, Object> detail) {
        return environment -> detail.apply(SchemaWiring.<ContentStatusInfo>source(environment).details());
    }

    private static <S> S source(DataFetchingEnvironment environment) {
        return environment.getSource();
    }
}
