package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.git.RefName;
import kiosk.testing.Commits;
import kiosk.testing.ContentFolder;
import kiosk.testing.MutableClock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots of git refs: one build per commit, kept while the ref stays, rebuilt when it moves. */
class RefCatalogsTest {

    @TempDir
    Path temp;

    @Test
    void at_concurrentRequestsForOneCommit_shareOneBuild_andAMovedRefGetsANewSnapshot() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00");
            RevCommit first = Commits.all(git, "first");
            try (RefCatalogs refs = RefCatalogs.open(folder.root(), new CatalogBuilder(), Clock.systemUTC(),
                    RefCatalogs.SNAPSHOTS, 10).orElseThrow()) {
                List<Catalog> seen = concurrently(8, () -> refs.at(new RefName("main")).orElseThrow());

                assertThat(seen).allSatisfy(catalog -> assertThat(catalog).isSameAs(seen.get(0)));
                assertThat(seen.get(0).revision()).isEqualTo(first.abbreviate(12).name());
                assertThat(refs.at(new RefName("main")).orElseThrow()).as("kept").isSameAs(seen.get(0));

                folder.article("second", "2026-11-21T09:00:00+09:00");
                RevCommit second = Commits.all(git, "second");
                Catalog moved = refs.at(new RefName("main")).orElseThrow();

                assertThat(moved.revision()).isEqualTo(second.abbreviate(12).name());
                assertThat(moved.article("second")).isPresent();
                assertThat(refs.at(new RefName(first.name())).orElseThrow()).as("the old commit, by id")
                        .isSameAs(seen.get(0));
                assertThat(refs.at(new RefName("no-such-branch"))).isEmpty();
            }
        }
    }

    private static <T> List<T> concurrently(int threads, java.util.concurrent.Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void at_afterAScheduledArticleWentOut_buildsTheSnapshotAgainAsOfNow() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T00:00:00Z"));
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = ContentFolder.create(temp).article("out", "2026-11-20T09:00:00+09:00")
                    .article("scheduled", "2026-11-30T12:00:00+09:00");
            Commits.all(git, "a scheduled article");
            try (RefCatalogs refs = RefCatalogs.open(folder.root(), new CatalogBuilder(), clock,
                    RefCatalogs.SNAPSHOTS, 10).orElseThrow()) {
                Catalog before = refs.at(new RefName("main")).orElseThrow();
                assertThat(refs.at(new RefName("main")).orElseThrow()).isSameAs(before);

                clock.advance(Duration.ofHours(4)); // 2026-11-30T13:00+09:00
                Catalog after = refs.at(new RefName("main")).orElseThrow();

                assertThat(before.asOf()).isBefore(before.article("scheduled").orElseThrow().date().toInstant());
                assertThat(after).isNotSameAs(before);
                assertThat(after.asOf()).isAfter(after.article("scheduled").orElseThrow().date().toInstant());
                assertThat(refs.at(new RefName("main")).orElseThrow()).isSameAs(after);
            }
        }
    }
}
