package kiosk.live;

import java.nio.file.Path;
import kiosk.content.git.GitHistory;
import kiosk.content.load.ArticleCache;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;

/** A content folder read whole: its files, checked, and what git knows of them. */
public final class ContentSource {

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
        LoadResult result = ContentLoader.load(folder, articles);
        return new LoadResult(result.content().withHistory(GitHistory.read(folder)), result.problems());
    }
}
