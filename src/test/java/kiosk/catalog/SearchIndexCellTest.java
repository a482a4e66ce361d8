package kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import kiosk.search.SearchDocument;
import kiosk.search.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the next catalog gets from a catalog whose full-text index is being built. */
class SearchIndexCellTest {

    private static final List<SearchDocument> BEFORE = List.of(
            new SearchDocument("trade", "貿易交渉が再開", "要約。", "両国の貿易交渉が再開した。"));
    private static final List<SearchDocument> AFTER = List.of(
            new SearchDocument("trade", "貿易交渉が再開", "要約。", "両国の貿易交渉が再開した。"),
            new SearchDocument("harbor", "港湾の拡張", "要約。", "港湾の拡張工事が始まった。"));

    /** Documents that wait, once asked for, until the test lets them go: a build held in the middle. */
    private static final class HeldDocuments implements Supplier<List<SearchDocument>> {
        final CountDownLatch asked = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);

        @Override
        public List<SearchDocument> get() {
            asked.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AFTER;
        }
    }

    private final HeldDocuments documents = new HeldDocuments();

    /** A call blocked on the build's lock cannot be interrupted: the build is let go whatever the test did. */
    @AfterEach
    void releaseTheBuild() {
        documents.released.countDown();
    }

    private Thread building(SearchIndexCell cell, AtomicReference<SearchIndex> built) {
        return started(() -> built.set(cell.get(documents)));
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    // before the fix, the call below waited for the build, which waits for the test: it fails after 30 s
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void indexOrBase_whileAFirstIndexIsBuiltFromScratch_isNullAtOnce() throws InterruptedException {
        SearchIndexCell cell = new SearchIndexCell(null);
        AtomicReference<SearchIndex> built = new AtomicReference<>();
        Thread builder = building(cell, built);
        documents.asked.await();

        SearchIndex forTheNextCatalog = cell.indexOrBase();
        documents.released.countDown();
        builder.join();

        assertThat(forTheNextCatalog).as("the next catalog builds its own rather than wait").isNull();
        assertThat(cell.indexOrBase()).isSameAs(built.get());
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void indexOrBase_whileABaseIsUpdated_waitsForTheUpdate() throws InterruptedException {
        SearchIndex base = SearchIndex.build(BEFORE);
        SearchIndexCell cell = new SearchIndexCell(base);
        AtomicReference<SearchIndex> built = new AtomicReference<>();
        Thread builder = building(cell, built);
        documents.asked.await();

        AtomicReference<SearchIndex> forTheNextCatalog = new AtomicReference<>();
        Thread next = started(() -> forTheNextCatalog.set(cell.indexOrBase()));
        while (next.getState() != Thread.State.BLOCKED) {
            Thread.onSpinWait();
        }
        documents.released.countDown();
        builder.join();
        next.join();

        assertThat(forTheNextCatalog.get()).as("the updated index, not the base it consumed").isSameAs(built.get())
                .isNotSameAs(base);
        assertThat(built.get().search("港湾")).containsExactly("harbor");
    }

    @Test
    void indexOrBase_beforeAnyBuild_isTheBase_andNullWithoutOne() {
        SearchIndex base = SearchIndex.build(BEFORE);

        assertThat(new SearchIndexCell(base).indexOrBase()).isSameAs(base);
        assertThat(new SearchIndexCell(null).indexOrBase()).isNull();
    }
}
