package kiosk.api.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.util.Map;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/** What the GraphQL layer does without HTTP: the limits that only execution can enforce. */
class KioskGraphQlTest {

    @Test
    void execute_moreResultNodesThanTheLimit_isCutOffWithAnError() {
        QueryLimits defaults = QueryLimits.defaults();
        KioskGraphQl graphQl = KioskGraphQl.create(new QueryLimits(defaults.maxQueryCharacters(),
                defaults.maxQueryTokens(), defaults.maxDepth(), defaults.maxComplexity(), defaults.maxPageSize(), 100));

        ExecutionResult result = graphQl.execute(new GraphQlRequest(
                "{ tags { articles(first: 100) { nodes { slug title } } } }", null, Map.of(), Map.of()),
                SampleContent.catalog());

        assertEquals(1, result.getErrors().size(), result.getErrors()::toString);
        assertEquals("the answer would hold more than 100 fields and list items: ask for fewer",
                result.getErrors().get(0).getMessage());
        assertEquals("RESULT_TOO_LARGE", result.getErrors().get(0).getExtensions().get("code"));
    }

    @Test
    void execute_withinTheResultNodeLimit_answersFully() {
        ExecutionResult result = KioskGraphQl.create(QueryLimits.defaults()).execute(new GraphQlRequest(
                "{ tags { articles(first: 100) { nodes { slug title } } } }", null, Map.of(), Map.of()),
                SampleContent.catalog());

        assertTrue(result.getErrors().isEmpty(), result.getErrors()::toString);
    }
}
