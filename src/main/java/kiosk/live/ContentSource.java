package kiosk.live;

import java.nio.file.Path;
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

    public ContentSource(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    public LoadResult load() {
        long started = System.nanoTime();
        LoadResult result = ContentLoader.load(folder, articles);
        long loaded = System.nanoTime();
        ContentHistory history = GitHistory.read(folder);
        LOG.debug("files {} ms, git history {} ms", (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        return new LoadResult(result.content().withHistory(history), result.problems());
    }
}
