package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import kiosk.api.graphql.GraphQlRequest;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private static final Catalog CATALOG = SampleContent.catalog();
    private static final GraphQlRequest REQUEST = new GraphQlRequest("{ site { title } }", null, Map.of(), Map.of());
    private static final Answer OK = new Answer(new byte[] {1, 2, 3}, true, false, true);

    @Test
    void get_sameCatalogAndEqualRequest_answersWhatWasPut() {
        AnswerCache cache = new AnswerCache(1024);
        cache.put(CATALOG, REQUEST, OK);

        assertSame(OK, cache.get(CATALOG, new GraphQlRequest("{ site { title } }", null, Map.of(), Map.of())));
    }

    @Test
    void get_otherVariables_answersNothing() {
        AnswerCache cache = new AnswerCache(1024);
        cache.put(CATALOG, REQUEST, OK);

        assertNull(cache.get(CATALOG, new GraphQlRequest("{ site { title } }", null, Map.of("x", 1), Map.of())));
    }

    @Test
    void get_anotherSnapshotOfTheSameContent_answersNothing() {
        AnswerCache cache = new AnswerCache(1024);
        cache.put(CATALOG, REQUEST, OK);
        Catalog rebuilt = new CatalogBuilder().published(SampleContent.load().content(), SampleContent.NOW);

        assertNull(cache.get(rebuilt, REQUEST));
    }

    @Test
    void put_answerWithErrors_isNotKept() {
        AnswerCache cache = new AnswerCache(1024);
        cache.put(CATALOG, REQUEST, new Answer(new byte[] {1}, true, true, true));

        assertNull(cache.get(CATALOG, REQUEST));
    }

    @Test
    void put_answerThatReadLiveData_isNotKept() {
        AnswerCache cache = new AnswerCache(1024);
        cache.put(CATALOG, REQUEST, new Answer(new byte[] {1}, true, false, false));

        assertNull(cache.get(CATALOG, REQUEST));
    }

    @Test
    void put_sizeZero_keepsNothing() {
        AnswerCache cache = new AnswerCache(0);
        cache.put(CATALOG, REQUEST, OK);

        assertNull(cache.get(CATALOG, REQUEST));
    }
}
