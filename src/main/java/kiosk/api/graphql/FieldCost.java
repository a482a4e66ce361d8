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
 * list with a filter tests each of its candidates, {@value #FILTERED_PER_UNIT} to a unit (a date
 * filter of 10,000 articles takes 7 ms), and one with a cursor ({@code after}, {@code before}) or the
 * oldest-first order looks through or copies them, {@value #WALKED_PER_UNIT} to a unit. So
 * {@code first: 0} is cheap only where nothing is walked. Measured by {@code bench/cost.sh} on a
 * generated magazine of 10,000 articles: see the README's Figures.
 *
 * <p>Items: {@code first} or {@code last} (capped at the page size limit, which the field itself
 * enforces with a clearer error); a connection without them holds a page of the site's page size;
 * the root lists ({@code sections}, {@code authors}, {@code tags}, {@code issues}) as many as the
 * catalog has, {@code nodes} as many as it is given ids; any other list {@link #ASSUMED_LIST_SIZE}, except a connection's {@code edges} and
 * {@code nodes}, whose size the connection field already counted. Introspection costs nothing here:
 * graphql-java's {@code GoodFaithIntrospection} already bounds it, and GraphiQL's own introspection
 * query would exceed any limit that still stops a hostile query on content.
 */
final class FieldCost implements FieldComplexityCalculator {

    static final int ASSUMED_LIST_SIZE = 10;
    static final int COST_PER_HIT = 5;
    static final int FILTERED_PER_UNIT = 2;
    static final int WALKED_PER_UNIT = 40;
    /** Analysing the query's words and setting the search up, beside the hits. */
    private static final int SEARCH_BASE = 10;

    private final int maxPageSize;
    private final Catalog catalog;

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
        long cost = 1 + walked(field, parent, environment.getArguments()) + items(environment) * childComplexity;
        return (int) Math.min(Integer.MAX_VALUE, cost);
    }

    /** The units a field spends finding its items, beyond returning them. */
    private long walked(String field, String parent, Map<String, Object> arguments) {
        boolean cursor = arguments.get("after") != null || arguments.get("before") != null;
        if (field.equals("search") && parent.equals("Query")) {
            long hits = Math.min(catalog.articles().size(), SearchIndex.MAX_HITS);
            return SEARCH_BASE + COST_PER_HIT * hits + (cursor ? units(hits, WALKED_PER_UNIT) : 0);
        }
        if (!field.equals("articles")) {
            return 0;
        }
        if (!parent.equals("Query")) {
            // a section's, author's, tag's or issue's list: which one is not known yet, so the longest it could be
            return cursor ? units(catalog.articles().size(), WALKED_PER_UNIT) : 0;
        }
        @SuppressWarnings("unchecked")
        ArticleFilter filter = ArticleFilter.of((Map<String, Object>) arguments.get("filter"));
        int candidates = filter.candidates(catalog).size();
        int walks = (cursor ? 1 : 0) + ("OLDEST_FIRST".equals(arguments.get("sort")) ? 1 : 0);
        return (filter.filters(catalog) ? units(candidates, FILTERED_PER_UNIT) : 0) + walks * units(candidates, WALKED_PER_UNIT);
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
