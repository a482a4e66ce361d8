package kiosk.api.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Estimates what a field costs, for {@code MaxQueryComplexityInstrumentation}: each field costs 1
 * plus its selections, once per item it returns. A field with {@code first} or {@code last} returns
 * that many items (capped at the page size limit, which the field itself enforces with a clearer
 * error); a connection without them, and any other list, is assumed to hold
 * {@link #ASSUMED_LIST_SIZE}, except a connection's {@code edges} and {@code nodes}, whose size the
 * connection field already counted. A search also costs {@link #SEARCH_COST}, as it reads the
 * index rather than a ready list. Introspection costs nothing here: graphql-java's
 * {@code GoodFaithIntrospection} already bounds it, and GraphiQL's own introspection query would
 * exceed any limit that still stops a hostile query on content.
 */
final class FieldCost implements FieldComplexityCalculator {

    static final int ASSUMED_LIST_SIZE = 10;
    static final int SEARCH_COST = 50;

    private final int maxPageSize;

    FieldCost(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        if (environment.getFieldDefinition().getName().startsWith("__")
                || environment.getParentType().getName().startsWith("__")) {
            return 0;
        }
        long items = items(environment);
        long own = environment.getFieldDefinition().getName().equals("search")
                && environment.getParentType().getName().equals("Query") ? SEARCH_COST : 1;
        return (int) Math.min(Integer.MAX_VALUE, own + items * childComplexity);
    }

    private long items(FieldComplexityEnvironment environment) {
        Object first = environment.getArguments().get("first");
        Object count = first != null ? first : environment.getArguments().get("last");
        if (count instanceof Integer n) {
            return Math.max(0, Math.min(n, maxPageSize));
        }
        GraphQLOutputType type = environment.getFieldDefinition().getType();
        boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
        boolean connection = GraphQLTypeUtil.unwrapAll(type).getName().endsWith("Connection");
        boolean inConnection = environment.getParentType().getName().endsWith("Connection");
        return connection || list && !inConnection ? ASSUMED_LIST_SIZE : 1;
    }
}
