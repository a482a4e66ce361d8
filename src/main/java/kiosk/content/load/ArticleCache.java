package kiosk.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kiosk.content.check.Problem;
import kiosk.content.check.Problems;

/**
 * Articles parsed by an earlier load, kept across reloads: parsing front matter and rendering Markdown
 * is most of a load, and an edit touches a few files of thousands. An entry is reused only while the
 * file's bytes, the site's time zone (which dates depend on) and its lead image file are unchanged.
 * Articles with errors are never kept, so a fix elsewhere (a missing image added) is always seen.
 * Thread-safe.
 */
public final class ArticleCache {

    private record Entry(byte[] digest, ZoneId zone, long imageStamp, RawArticle article, List<Problem> problems) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The cached article for {@code path} when still valid, else what {@code parse} reads (kept when it
     * has no errors); either way the file's problems are reported to {@code problems}.
     */
    RawArticle get(String path, byte[] digest, ZoneId zone, MediaLibrary media, Problems problems,
                   Supplier<RawArticle> parse) {
        Entry entry = entries.get(path);
        if (entry != null && Arrays.equals(entry.digest(), digest) && entry.zone().equals(zone)
                && entry.imageStamp() == imageStamp(entry.article(), media)) {
            problems.replay(entry.problems());
            return entry.article();
        }
        RawArticle article = parse.get();
        if (article != null && !problems.hasErrors()) {
            entries.put(path, new Entry(digest, zone, imageStamp(article, media), article, problems.list()));
        } else {
            entries.remove(path);
        }
        return article;
    }

    /** Forgets files that no longer exist. */
    void retainOnly(Collection<String> paths) {
        entries.keySet().retainAll(Set.copyOf(paths));
    }

    private static long imageStamp(RawArticle article, MediaLibrary media) {
        if (article.image() == null || !MediaLibrary.isLocal(article.image().src())) {
            return 0;
        }
        Path file = media.fileOf(article.image().src());
        try {
            return file == null ? -1 : Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
