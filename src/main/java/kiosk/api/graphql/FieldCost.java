package kiosk.api.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;
import kiosk.catalog.Catalog;
import kiosk.search.SearchIndex;

/**
 * Estimates what a field costs on the catalog a request runs on, for the complexity limit. A unit is
 * about one field of one item (1.5 µs of CPU here): each field costs 1, plus what it goes through to
 * find its items, plus its selections once per item it returns.
 *
 * <p>What a field goes through: a search ranks up to {@link SearchIndex#MAX_HITS} matches, about
 * {@value #COST_PER_HIT} units each (7-8 ms for a search of 10,000 articles); an {@code articles}
 * list with a filter tests each of its candidates against each condition (those of nested
 * {@code AND}, {@code OR}, {@code NOT} filters too), {@value #FILTERED_PER_UNIT} tests to a unit (a
 * date filter of 10,000 articles takes 7 ms), an {@code UPDATED_*} order sorts them, a comparison
 * costing what a step of a walk does, an article's structured {@code body} or {@code headings} reads
 * its HTML, {@value #BODY_CHARACTERS_PER_UNIT} characters to a unit, and one with a cursor ({@code after}, {@code before}) or the
 * oldest-first order looks through or copies them, {@value #WALKED_PER_UNIT} to a unit. So
 * {@code first: 0} is cheap only where nothing is walked. Measured by {@code bench/cost.sh} on a
 * generated magazine of 10,000 articles: see the README's Figures.
 *
 * <p>Items: {@code first} or {@code last} (capped at the page size limit, which the field itself
 * enforces with a clearer error); a connection without them holds a page of the site's page size;
 * the root lists ({@code sections}, {@code authors}, {@code tags}, {@code issues}) as many as the
 * catalog has, {@code nodes} as many as it is given ids; any other list {@link #ASSUMED_LIST_SIZE},
 * except a connection's {@code edges} and {@code nodes}, whose size the connection field already
 * counted; a {@code body} a block per {@value #BODY_CHARACTERS_PER_BLOCK} characters of HTML. Which
 * article's body is known only for {@code article(slug:)}: elsewhere the longest body of the catalog is
 * counted. Introspection costs nothing here:
 * graphql-java's {@code GoodFaithIntrospection} already bounds it, and GraphiQL's own introspection
 * query would exceed any limit that still stops a hostile query on content.
 */
final class FieldCost implements FieldComplexityCalculator {

    static final int ASSUMED_LIST_SIZE = 10;
    static final int COST_PER_HIT = 5;
    static final int FILTERED_PER_UNIT = 2;
    static final int WALKED_PER_UNIT = 40;
    /** Reading a body's HTML into blocks: 100-150 ns a character measured here, a unit being 1.5 µs. */
    static final int BODY_CHARACTERS_PER_UNIT = 10;
    /**
     * A search result's snippet: Lucene's highlighter reads the words' offsets from the index and
     * scores the body's passages, 100-200 µs a snippet measured here on the sample magazine.
     */
    static final int SNIPPET_UNITS = 100;
    /** The sample magazine's bodies have a block per 100 characters of HTML. */
    static final int BODY_CHARACTERS_PER_BLOCK = 100;
    /** Analysing the query's words and setting the search up, beside the hits. */
    private static final int SEARCH_BASE = 10;

    private final int maxPageSize;
    private final Catalog catalog;
    /** The catalog's longest body HTML, found when a query first selects a body; -1 before. */
    private int longestBody = -1;

    FieldCost(int maxPageSize, Catalog catalog) {
        this.maxPageSize = maxPageSize;
        this.catalog = catalog;
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        String field = environment.getFieldDefinition().getName();
        String parent = environment.getParentType().getName();
        if (field.startsWith("__") || parent.startsWith("__")) {
            return 0;
        }
        long cost;
        if (parent.equals("Article") && (field.equals("body") || field.equals("headings"))) {
            long characters = bodyLength(environment.getParentEnvironment());
            long blocks = field.equals("body") ? Math.max(1, units(characters, BODY_CHARACTERS_PER_BLOCK)) : ASSUMED_LIST_SIZE;
            cost = 1 + units(characters, BODY_CHARACTERS_PER_UNIT) + blocks * childComplexity;
        } else {
            cost = 1 + walked(field, parent, environment.getArguments()) + items(environment) * childComplexity
                    + (isSearchSnippet(environment) ? SNIPPET_UNITS : 0);
        }
        return (int) Math.min(Integer.MAX_VALUE, cost);
    }

    /** The units a field spends finding its items, beyond returning them. */
    private long walked(String field, String parent, Map<String, Object> arguments) {
        boolean cursor = arguments.get("after") != null || arguments.get("before") != null;
        if (field.equals("search") && parent.equals("Query")) {
            long hits = Math.min(catalog.articles().size(), SearchIndex.MAX_HITS);
            ArticleFilter filter = filter(arguments);
            boolean byDate = arguments.get("sort") != null && !"RELEVANCE".equals(arguments.get("sort"));
            return SEARCH_BASE + COST_PER_HIT * hits + (cursor ? units(hits, WALKED_PER_UNIT) : 0)
                    + (filter == null ? 0 : units(hits * filter.conditionCount(catalog), FILTERED_PER_UNIT))
                    + (byDate ? units(catalog.articles().size(), WALKED_PER_UNIT) : 0);
        }
        if (!field.equals("articles")) {
            return 0;
        }
        if (!parent.equals("Query")) {
            // a section's, author's, tag's or issue's list: which one is not known yet, so the longest it could be
            return cursor ? units(catalog.articles().size(), WALKED_PER_UNIT) : 0;
        }
        ArticleFilter filter = filter(arguments);
        if (filter == null) {
            return 0; // the field answers with the error and runs no filter
        }
        long candidates = filter.candidates(catalog).size();
        ArticleSort sort = ArticleSort.of(arguments.get("sort"));
        int walks = (cursor ? 1 : 0) + (sort.copies() ? 1 : 0);
        long comparisons = sort.sorts() ? candidates * (64 - Long.numberOfLeadingZeros(candidates)) : 0;
        return units(candidates * filter.conditionCount(catalog), FILTERED_PER_UNIT)
                + walks * units(candidates, WALKED_PER_UNIT) + units(comparisons, WALKED_PER_UNIT);
    }

    /** Whether the field is {@code snippet} of a search's edge (elsewhere it is null and costs nothing). */
    private static boolean isSearchSnippet(FieldComplexityEnvironment environment) {
        FieldComplexityEnvironment edges = environment.getParentEnvironment();
        FieldComplexityEnvironment list = edges == null ? null : edges.getParentEnvironment();
        return environment.getFieldDefinition().getName().equals("snippet") && list != null
                && list.getFieldDefinition().getName().equals("search");
    }

    /** The field's {@code filter} argument, or null when it is not valid (the field answers with the error). */
    private static ArticleFilter filter(Map<String, Object> arguments) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) arguments.get("filter");
            return ArticleFilter.of(input);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /**
     * The length of the body HTML that an {@code Article} field reached through {@code article} reads:
     * that article's when it is {@code article(slug:)}, else the catalog's longest.
     */
    private long bodyLength(FieldComplexityEnvironment article) {
        if (article != null && article.getFieldDefinition().getName().equals("article")
                && article.getParentType().getName().equals("Query")
                && article.getArguments().get("slug") instanceof String slug) {
            return catalog.article(slug).map(found -> found.body().html().length()).orElse(0);
        }
        if (longestBody < 0) {
            longestBody = catalog.articles().stream().mapToInt(found -> found.body().html().length()).max().orElse(0);
        }
        return longestBody;
    }

    private static long units(long articles, int perUnit) {
        return (articles + perUnit - 1) / perUnit;
    }

    private long items(FieldComplexityEnvironment environment) {
        Object first = environment.getArguments().get("first");
        Object count = first != null ? first : environment.getArguments().get("last");
        if (count instanceof Integer n) {
            return Math.max(0, Math.min(n, maxPageSize));
        }
        GraphQLOutputType type = environment.getFieldDefinition().getType();
        if (GraphQLTypeUtil.unwrapAll(type).getName().endsWith("Connection")) {
            return Math.min(catalog.site().pageSize(), maxPageSize);
        }
        if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type))
                || environment.getParentType().getName().endsWith("Connection")) {
            return 1;
        }
        if (!environment.getParentType().getName().equals("Query")) {
            return ASSUMED_LIST_SIZE;
        }
        return switch (environment.getFieldDefinition().getName()) {
            case "sections" -> catalog.sections().size();
            case "authors" -> catalog.authors().size();
            case "tags" -> catalog.tags().size();
            case "issues" -> catalog.issues().size();
            case "nodes" -> environment.getArguments().get("ids") instanceof List<?> ids
                    ? Math.min(ids.size(), NodeLookup.MAX_IDS) : ASSUMED_LIST_SIZE;
            default -> ASSUMED_LIST_SIZE;
        };
    }
}
