package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.IntStream;
import kiosk.api.graphql.KioskGraphQl;
import kiosk.testing.Heap;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/**
 * The caches of parsed documents are bounded by the bytes they keep: a client sending many distinct
 * large queries, by text or as persisted queries, cannot fill the heap (a bound by count let 4,000
 * queries of 15 KB keep a gigabyte).
 */
class QueryCachesMemoryTest {

    private static final int QUERIES = 150;
    /**
     * The two caches may keep 16 MB each by their estimate, which errs on the heavy side; the documents
     * sent keep 150-230 KB each parsed, 56 MB in all, which a bound of 2,000 documents would keep.
     */
    private static final long MAX_GROWTH = 40L << 20;

    /** A valid query of at least {@code characters}, its own by {@code id}: aliases of one cheap field. */
    private static String query(int id, int characters) {
        StringBuilder query = new StringBuilder("query Q").append(id).append(" {");
        for (int i = 0; query.length() < characters; i++) {
            query.append(" s").append(i).append(": site { title }");
        }
        return query.append(" }").toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void manyDistinctLargeQueries_byTextAndPersisted_keepABoundedHeap() {
        // Without the answer cache, whose own bound is tested elsewhere, only the document caches keep anything.
        try (TestServer server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withAnswerCacheBytes(0))) {
            server.data("{ site { title } }");
            long before = Heap.usedAfterGc();

            // two at a time, one per core, to keep the test short
            IntStream.range(0, QUERIES).parallel().forEach(i -> {
                HttpResponse<String> byText = server.post(TestServer.json(Map.of("query", query(i, 15_000))));
                assertThat(byText.statusCode()).as(byText.body()).isEqualTo(200);
                String persisted = query(i, KioskGraphQl.MAX_PERSISTED_QUERY_CHARACTERS - 30);
                HttpResponse<String> byHash = server.post(TestServer.json(Map.of("query", persisted, "extensions",
                        Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(persisted))))));
                assertThat(byHash.body()).contains("\"s0\":{\"title\"").doesNotContain("errors");
            });
            long growth = Heap.usedAfterGc() - before;

            assertThat(growth).as("heap kept after %d distinct queries: %d MB", 2 * QUERIES, growth >> 20)
                    .isLessThan(MAX_GROWTH);
            assertThat(server.data("{ site { title } }").at("/site/title").asText()).isEqualTo("週刊キオスク");
        }
    }
}
