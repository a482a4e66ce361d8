package kiosk.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import kiosk.content.ContentHistory;
import kiosk.content.check.Messages;
import kiosk.content.check.Problem;
import kiosk.content.git.CommittedContent;
import kiosk.content.git.GitDirectories;
import kiosk.content.git.GitHistory;
import kiosk.content.load.ArticleCache;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;
import kiosk.content.proofread.Proofreading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A content folder read whole: its files, checked, and what git knows of them. Given a data folder, it
 * remembers there the last commit that loaded without errors, so that content with errors at start can
 * be replaced by that commit's ({@link #fallback}).
 */
public final class ContentSource {

    private static final Logger LOG = LoggerFactory.getLogger(ContentSource.class);
    /** Where, in the data folder, the last good commit's files are written to be served. */
    static final String LAST_GOOD_CONTENT = "last-good-content";

    private final Path folder;
    /** Parsed articles kept between loads, so a reload re-parses only the files that changed. */
    private final ArticleCache articles = new ArticleCache();
    private final GitHistory history;
    /** Null when nothing is remembered (kiosk bake, check). */
    private final Path dataFolder;
    private final LastGoodRevision lastGood;
    private boolean lastLoadCompleted;
    /** Null when loads do not proofread; else proofreads at each load what changed since the last. */
    private final Proofreading proofreading;

    /** A source that remembers nothing between runs. */
    public ContentSource(Path folder) {
        this(folder, null);
    }

    /**
     * @param dataFolder where the last commit that loaded without errors is remembered (created when
     *                   needed), or null to remember nothing
     */
    public ContentSource(Path folder, Path dataFolder) {
        this(folder, dataFolder, false);
    }

    /** @param proofread whether each load proofreads the articles too (warnings, in the site's language) */
    public ContentSource(Path folder, Path dataFolder, boolean proofread) {
        this.proofreading = proofread ? new Proofreading() : null;
        this.folder = folder.toAbsolutePath().normalize();
        this.history = new GitHistory(this.folder);
        this.dataFolder = dataFolder == null ? null : dataFolder.toAbsolutePath().normalize();
        this.lastGood = dataFolder == null ? null : new LastGoodRevision(this.dataFolder);
    }

    public Path folder() {
        return folder;
    }

    /**
     * What a watcher follows for this source: the folder, and where the folder is in git, the
     * repository's {@code HEAD} and branches (a commit moves them and changes no content file, yet
     * changes the revision and the articles' history).
     */
    public List<WatchTarget> watchTargets() {
        List<WatchTarget> targets = new ArrayList<>(List.of(WatchTarget.tree(folder)));
        GitDirectories.of(folder).ifPresent(git -> targets.addAll(WatchTarget.git(git)));
        return targets;
    }

    /** Reads the whole folder. */
    public LoadResult load() {
        return load(Changes.unknown());
    }

    /**
     * Reads the folder, looking only at the article files {@code changes} names among those the
     * previous load listed (data files are always read: they are few).
     */
    public LoadResult load(Changes changes) {
        long started = System.nanoTime();
        // a load that failed midway may have consumed changes it did not act on: the next one looks at everything
        boolean trustChanges = lastLoadCompleted;
        lastLoadCompleted = false;
        // git's history is read beside the files, which it does not need: after them, it took a tenth of
        // serve's start on the sample (this repository's history)
        CompletableFuture<ContentHistory> gitHistory = Background.start("kiosk-git-history", () -> {
            long reading = System.nanoTime();
            ContentHistory read = history.read();
            LOG.debug("git history {} ms", (System.nanoTime() - reading) / 1_000_000);
            return read;
        });
        LoadResult result = ContentLoader.load(folder, articles, trustChanges ? changes.known() : Optional.empty());
        lastLoadCompleted = true;
        LOG.debug("files {} ms", (System.nanoTime() - started) / 1_000_000);
        ContentHistory read = Background.join(gitHistory);
        if (lastGood != null && !result.hasErrors() && read.commit() != null && read.clean()) {
            lastGood.remember(read.commit());
        }
        List<Problem> problems = new ArrayList<>(result.problems());
        if (proofreading != null) {
            problems.addAll(proofreading.proofread(ContentLoader.folder(folder), result,
                    Messages.forLanguage(result.content().site().language())));
            LOG.debug("proofread {} of {} articles", proofreading.lastProofread(), result.content().articles().size());
        }
        return new LoadResult(result.content().withHistory(read), problems);
    }

    /**
     * What to serve when the folder's content has errors and nothing serves yet: the last commit that
     * loaded without errors, read from git, when it is remembered, still in the repository and still
     * loads without errors; else the content without the files that have errors.
     *
     * @param failed this folder's load, with errors
     * @throws ContentErrorsException when the folder does not exist: there is nothing to serve
     */
    public Fallback fallback(LoadResult failed) {
        if (!Files.isDirectory(folder)) {
            throw new ContentErrorsException(failed);
        }
        long errors = failed.errorCount();
        Optional<String> commit = lastGood == null ? Optional.empty() : lastGood.read();
        if (commit.isPresent()) {
            Path exported = dataFolder.resolve(LAST_GOOD_CONTENT);
            Optional<ContentHistory> committed = CommittedContent.export(folder, commit.get(), exported);
            if (committed.isPresent()) {
                LoadResult result = ContentLoader.load(exported);
                if (!result.hasErrors()) {
                    String revision = committed.get().revision("");
                    return new Fallback(result.content().withHistory(committed.get()), exported,
                            "serving revision " + revision + ", the last that loaded without errors: the content has "
                                    + ReloadStatus.count(errors, "error"));
                }
                LOG.warn("the last good revision {} has errors now; serving the content without its broken files",
                        commit.get());
            }
        }
        long broken = failed.problems().stream().filter(Problem::isError).map(Problem::path).distinct().count();
        return new Fallback(failed.content(), folder, "serving the content without what has errors: "
                + ReloadStatus.count(errors, "error") + " in " + ReloadStatus.count(broken, "file"));
    }
}
