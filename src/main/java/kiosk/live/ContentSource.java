package kiosk.live;

import java.nio.file.Path;
import java.util.Optional;
import kiosk.content.ContentHistory;
import kiosk.content.git.GitHistory;
import kiosk.content.load.ArticleCache;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A content folder read whole: its files, checked, and what git knows of them. */
public final class ContentSource {

    private static final Logger LOG = LoggerFactory.getLogger(ContentSource.class);

    private final Path folder;
    /** Parsed articles kept between loads, so a reload re-parses only the files that changed. */
    private final ArticleCache articles = new ArticleCache();
    private final GitHistory history;
    private boolean lastLoadCompleted;

    public ContentSource(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.history = new GitHistory(this.folder);
    }

    public Path folder() {
        return folder;
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
        LoadResult result = ContentLoader.load(folder, articles, trustChanges ? changes.known() : Optional.empty());
        lastLoadCompleted = true;
        long loaded = System.nanoTime();
        ContentHistory read = history.read();
        LOG.debug("files {} ms, git history {} ms", (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        return new LoadResult(result.content().withHistory(read), result.problems());
    }
}
