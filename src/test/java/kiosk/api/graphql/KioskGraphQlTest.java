package kiosk.api.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kiosk.content.check.Problem;
import kiosk.content.check.Severity;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/** What the GraphQL layer does without HTTP: the limits that only execution can enforce, and live fields. */
class KioskGraphQlTest {

    @Test
    void execute_moreResultNodesThanTheLimit_isCutOffWithAnError() {
        KioskGraphQl graphQl = KioskGraphQl.create(QueryLimits.defaults().withMaxResultNodes(100), LiveData.NONE);

        ExecutionResult result = graphQl.execute(new GraphQlRequest(
                "{ tags { articles(first: 100) { nodes { slug title } } } }", null, Map.of(), Map.of()),
                SampleContent.catalog()).result();

        assertEquals(1, result.getErrors().size(), result.getErrors()::toString);
        assertEquals("the answer would hold more than 100 fields and list items: ask for fewer",
                result.getErrors().get(0).getMessage());
        assertEquals("RESULT_TOO_LARGE", result.getErrors().get(0).getExtensions().get("code"));
    }

    @Test
    void execute_withinTheResultNodeLimit_answersFully() {
        ExecutionResult result = KioskGraphQl.create(QueryLimits.defaults(), LiveData.NONE).execute(new GraphQlRequest(
                "{ tags { articles(first: 100) { nodes { slug title } } } }", null, Map.of(), Map.of()),
                SampleContent.catalog()).result();

        assertTrue(result.getErrors().isEmpty(), result.getErrors()::toString);
    }

    @Test
    void execute_contentStatus_answersTheLiveStatusAndIsNotReusable() {
        Problem broken = new Problem("articles/2026/broken.md", 3, 8, Severity.ERROR, "date: not a date", "write 2026-11-25");
        Instant reloaded = Instant.parse("2026-11-25T03:00:00Z");
        KioskGraphQl graphQl = KioskGraphQl.create(QueryLimits.defaults(),
                new LiveData(() -> new ContentStatus(reloaded, false, List.of(broken))));

        GraphQlResult executed = graphQl.execute(new GraphQlRequest(
                "{ contentStatus { status revision lastReload ok problems { file line column severity message hint formatted } } }",
                null, Map.of(), Map.of()), SampleContent.catalog(), true);

        assertTrue(executed.result().getErrors().isEmpty(), executed.result().getErrors()::toString);
        assertFalse(executed.reusable());
        Map<String, Object> status = executed.result().<Map<String, Map<String, Object>>>getData().get("contentStatus");
        assertEquals("DEGRADED", status.get("status"));
        assertEquals(SampleContent.catalog().revision(), status.get("revision"));
        assertEquals("2026-11-25T12:00:00+09:00", status.get("lastReload"));
        assertEquals(false, status.get("ok"));
        assertEquals(List.of(Map.of("file", "articles/2026/broken.md", "line", 3, "column", 8, "severity", "ERROR",
                "message", "date: not a date", "hint", "write 2026-11-25", "formatted", broken.format())),
                status.get("problems"));
    }

    @Test
    void execute_contentStatusDetailsForAReader_areRefused() {
        KioskGraphQl graphQl = KioskGraphQl.create(QueryLimits.defaults(), new LiveData(() -> new ContentStatus(
                Instant.parse("2026-11-25T03:00:00Z"), true, List.of(), List.of("the content folder cannot be watched"))));

        ExecutionResult result = graphQl.execute(new GraphQlRequest("{ contentStatus { status reasons } }", null,
                Map.of(), Map.of()), SampleContent.catalog()).result();

        assertEquals("DEGRADED", result.<Map<String, Map<String, Object>>>getData().get("contentStatus").get("status"));
        assertEquals(null, result.<Map<String, Map<String, Object>>>getData().get("contentStatus").get("reasons"));
        assertEquals("FORBIDDEN", result.getErrors().get(0).getExtensions().get("code"));
    }

    @Test
    void execute_snapshotFieldsOnly_isReusable() {
        GraphQlResult executed = KioskGraphQl.create(QueryLimits.defaults(), LiveData.NONE).execute(
                new GraphQlRequest("{ site { revision } }", null, Map.of(), Map.of()), SampleContent.catalog());

        assertTrue(executed.reusable());
    }
}
