package kiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;
import kiosk.live.Changes;
import kiosk.live.ContentSource;
import kiosk.live.Fallback;
import kiosk.testing.Commits;
import org.eclipse.jgit.api.Git;

/**
 * What keeping publishing going costs, on a generated corpus committed to a git repository, each
 * against a baseline measured in the same run:
 * <ul>
 *   <li>a reload after a commit (only git's refs moved: the history is walked again), against a reload
 *       after nothing changed;</li>
 *   <li>a start on content with errors, which reads the last good commit from git and loads it, against
 *       loading the work tree with an empty cache (what a start on good content does).</li>
 * </ul>
 *
 * <p>Usage: {@code PublishingBenchmark <workDir> <articleCount> [rounds]}
 */
public final class PublishingBenchmark {

    private PublishingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path repository = work.resolve("magazine");
        Path content = repository.resolve("content");
        CorpusGenerator.write(content, count);
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            long started = System.nanoTime();
            Commits.all(git, "the corpus");
            System.out.printf("commit of %d articles: %d ms (set-up)%n", count, millis(started));
            ContentSource source = new ContentSource(content, work.resolve("data"));
            source.load(); // remembers the commit as the last good revision
            Path head = repository.resolve(".git/refs/heads/main");
            for (int round = 1; round <= rounds; round++) {
                started = System.nanoTime();
                source.load(Changes.of(Set.of()));
                long nothing = millis(started);
                Commits.all(git, "round " + round);
                started = System.nanoTime();
                LoadResult afterCommit = source.load(Changes.of(Set.of(head)));
                long commit = millis(started);
                System.out.printf("round %d: reload after nothing changed %d ms (baseline) | after a commit %d ms"
                        + " (%.1fx) -> %s%n", round, nothing, commit, (double) commit / Math.max(1, nothing),
                        afterCommit.content().revision());
            }
            Files.writeString(content.resolve("articles/broken.md"), "---\ntitle: 閉じないフロントマター\n");
            for (int round = 1; round <= rounds; round++) {
                started = System.nanoTime();
                LoadResult failed = ContentLoader.load(content);
                long cold = millis(started);
                started = System.nanoTime();
                Fallback fallback = source.fallback(failed);
                long instead = millis(started);
                System.out.printf("round %d: cold load of the work tree %d ms (baseline) | last good revision read"
                                + " from git and loaded %d ms (%.1fx) -> %d articles, %s%n", round, cold, instead,
                        (double) instead / Math.max(1, cold), fallback.content().articles().size(), fallback.reason());
            }
        }
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
