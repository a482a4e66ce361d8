package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import kiosk.api.graphql.GraphQlRequest;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.content.Content;
import kiosk.testing.ContentFolder;
import kiosk.testing.Heap;
import kiosk.testing.Http;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers kept by request across snapshots: reused for the same request while no change set names
 * what the answer read, bounded by the bytes of answers and requests, and never keeping a replaced
 * snapshot alive.
 */
class AnswerCacheTest {

    private static final Catalog CATALOG = SampleContent.catalog();
    private static final GraphQlRequest REQUEST = new GraphQlRequest("{ site { title } }", null, Map.of(), Map.of());
    private static final Answer OK = answer("article:first");

    private static Answer answer(String... tags) {
        return new Answer(new byte[] {1, 2, 3}, true, false, true, Set.of(tags));
    }

    private static AnswerCache cache(long bytes) {
        return new AnswerCache(bytes, List.of(new CatalogHolder(CATALOG)));
    }

    @Test
    void get_sameCatalogAndEqualRequest_answersWhatWasPut() {
        AnswerCache cache = cache(1024);
        cache.put(0, CATALOG, REQUEST, OK);

        assertSame(OK, cache.get(0, CATALOG, new GraphQlRequest("{ site { title } }", null, Map.of(), Map.of())));
    }

    @Test
    void get_otherVariables_answersNothing() {
        AnswerCache cache = cache(1024);
        cache.put(0, CATALOG, REQUEST, OK);

        assertNull(cache.get(0, CATALOG, new GraphQlRequest("{ site { title } }", null, Map.of("x", 1), Map.of())));
    }

    @Test
    void getAndPut_aSnapshotTheLaneDoesNotServe_answerAndKeepNothing() {
        AnswerCache cache = cache(1024);
        Catalog rebuilt = new CatalogBuilder().published(SampleContent.load().content(), SampleContent.NOW);
        cache.put(0, rebuilt, REQUEST, OK);
        assertNull(cache.get(0, CATALOG, REQUEST));

        cache.put(0, CATALOG, REQUEST, OK);
        assertNull(cache.get(0, rebuilt, REQUEST));
    }

    @Test
    void swap_keepsWhatTheChangeSetDoesNotNameAndDropsWhatItNames(@TempDir Path temp) {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .articleInBusiness("other");
        CatalogBuilder builder = new CatalogBuilder();
        CatalogHolder holder = new CatalogHolder(builder.published(folder.load().content(), SampleContent.NOW));
        AnswerCache cache = new AnswerCache(1 << 20, List.of(holder));
        GraphQlRequest aboutFirst = new GraphQlRequest("{ article(slug: \"first\") { title } }", null, Map.of(), Map.of());
        Answer first = answer("article:first");
        Answer other = answer("article:other");
        Answer list = answer("list:articles");
        cache.put(0, holder.get(), aboutFirst, first);
        cache.put(0, holder.get(), REQUEST, other);
        GraphQlRequest listing = new GraphQlRequest("{ articles { totalCount } }", null, Map.of(), Map.of());
        cache.put(0, holder.get(), listing, list);

        folder.articleWith("first", "2026-11-20T09:00:00+09:00", "breaking: true");
        holder.swap(builder.published(folder.load().content(), SampleContent.NOW, holder.get()));

        assertThat(holder.get().changes().articles().changed()).containsExactly("first");
        assertSame(other, cache.get(0, holder.get(), REQUEST));
        assertNull(cache.get(0, holder.get(), aboutFirst));
        assertNull(cache.get(0, holder.get(), listing));
    }

    @Test
    void put_answerWithErrors_isNotKept() {
        AnswerCache cache = cache(1024);
        cache.put(0, CATALOG, REQUEST, new Answer(new byte[] {1}, true, true, true, Set.of()));

        assertNull(cache.get(0, CATALOG, REQUEST));
    }

    @Test
    void put_answerThatReadLiveData_isNotKept() {
        AnswerCache cache = cache(1024);
        cache.put(0, CATALOG, REQUEST, new Answer(new byte[] {1}, true, false, false, Set.of()));

        assertNull(cache.get(0, CATALOG, REQUEST));
    }

    @Test
    void put_sizeZero_keepsNothing() {
        AnswerCache cache = cache(0);
        cache.put(0, CATALOG, REQUEST, OK);

        assertNull(cache.get(0, CATALOG, REQUEST));
    }

    @Test
    void reloads_answeredSnapshots_areLetGoOnceReplaced(@TempDir Path temp) {
        Content content = ContentFolder.create(temp).article("only", "2026-11-20T09:00:00+09:00").load().content();
        CatalogHolder holder = new CatalogHolder(new CatalogBuilder().published(content, SampleContent.NOW));
        KioskServer server = KioskServer.create(holder, ServerOptions.defaults(0)).start();
        List<WeakReference<Catalog>> replaced = new ArrayList<>();
        try {
            for (int reload = 0; reload < 30; reload++) {
                HttpResponse<String> answer = Http.get("http://localhost:" + server.port()
                        + "/graphql?query=%7Barticles%7BtotalCount%7D%7D");
                assertThat(answer.body()).isEqualTo("{\"data\":{\"articles\":{\"totalCount\":1}}}");
                replaced.add(new WeakReference<>(holder.swap(new CatalogBuilder().published(content, SampleContent.NOW))));
            }

            assertThat(Heap.alive(replaced)).as("replaced snapshots still reachable, of 30").isZero();
        } finally {
            server.stop();
        }
    }

    @Test
    void manyDistinctLongQueriesWithShortAnswers_keepNoMoreThanTheBound() {
        // Each answer is a few dozen bytes; the request that keys it is 19 KB of comment.
        String padding = "\n#" + "x".repeat(19_000);
        try (TestServer server = TestServer.start(SampleContent.catalog(),
                ServerOptions.defaults(0).withAnswerCacheBytes(1L << 20))) {
            server.data("{ site { title } }");
            long before = Heap.usedAfterGc();

            IntStream.range(0, 800).parallel().forEach(i -> assertThat(server.data(
                    "query Q" + i + " { site { title } }" + padding).at("/site/title").asText()).isEqualTo("週刊キオスク"));
            long growth = Heap.usedAfterGc() - before;

            // 1 MB of answers and 42 parsed documents (at their estimated 380 KB): 15 MB of query text
            // if the requests keying the answers weighed nothing
            assertThat(growth).as("heap kept: %d MB", growth >> 20).isLessThan(10L << 20);
        }
    }
}
