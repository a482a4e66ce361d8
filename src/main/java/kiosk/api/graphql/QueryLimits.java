package kiosk.api.graphql;

/**
 * What one GraphQL request may ask for, so that no single request, slow or hostile, can take the
 * server down. Each limit, when exceeded, answers with a GraphQL error that names it.
 *
 * @param maxQueryCharacters the longest document accepted, checked while parsing
 * @param maxQueryTokens     the most tokens a document may have, checked while parsing
 * @param maxDepth           how deeply fields may nest
 * @param maxComplexity      the highest estimated cost (see {@link FieldCost}), checked before running
 * @param maxPageSize        the largest {@code first} or {@code last}
 * @param maxResultNodes     the most fields and list items an answer may hold, counted while executing
 * @param maxAnswerBytes     the largest answer, in bytes of JSON, counted while writing it
 */
public record QueryLimits(int maxQueryCharacters, int maxQueryTokens, int maxDepth, int maxComplexity,
                          int maxPageSize, int maxResultNodes, int maxAnswerBytes) {

    public QueryLimits {
        if (maxQueryCharacters < 1 || maxQueryTokens < 1 || maxDepth < 1 || maxComplexity < 1 || maxPageSize < 1
                || maxResultNodes < 1 || maxAnswerBytes < 1) {
            throw new IllegalArgumentException("every query limit must be positive: " + this);
        }
    }

    /**
     * The API's limits. The depth admits GraphiQL's introspection query (15 levels); the complexity
     * (about 15 ms of CPU here) admits three pages of 100 article cards with their authors and tags,
     * or one search of a 10,000-article magazine beside a page, or many on a small one; the answer
     * size a page of 100 long articles' bodies.
     */
    public static QueryLimits defaults() {
        return new QueryLimits(20_000, 5_000, 15, 10_000, 100, 50_000, 8 << 20);
    }

    public QueryLimits withMaxResultNodes(int nodes) {
        return new QueryLimits(maxQueryCharacters, maxQueryTokens, maxDepth, maxComplexity, maxPageSize, nodes,
                maxAnswerBytes);
    }
}
