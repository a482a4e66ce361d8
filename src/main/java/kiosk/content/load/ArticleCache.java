package kiosk.content.load;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kiosk.content.Article;
import kiosk.content.Image;
import kiosk.content.check.Problem;
import kiosk.content.check.Problems;

/**
 * Articles parsed by an earlier load, kept across reloads: parsing front matter and rendering Markdown
 * is most of a load, and an edit touches a few files of thousands. An entry is reused only while the
 * file's bytes, the site's time zone (which dates depend on) and its image files (lead photo, sponsor's
 * logo) are unchanged;
 * while the file's {@link FileStamp} is unchanged too, the file is not even read, so a reload of
 * 10,000 articles reads only the files that changed. Articles with errors are never kept, so a fix
 * elsewhere (a missing image added) is always seen. Thread-safe.
 */
public final class ArticleCache {

    /** @param stamp the file's stamp when it was read, or null when too fresh to be trusted */
    private record Entry(FileStamp stamp, byte[] digest, ZoneId zone, long imageStamp, RawArticle article,
                         List<Problem> problems) {
    }

    /** A cached article whose file need not be read again, the digest of its bytes and its problems. */
    record Unread(RawArticle article, byte[] digest, List<Problem> problems) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The media files earlier loads judged, which articles' images are checked against. */
    private final MediaCache media = new MediaCache();
    /** The article files the last load listed, or null before the first and after a failed listing. */
    private volatile NavigableMap<Path, FileStamp> listing;
    /**
     * What each file was last linked into, by path: the raw article, the data it was linked against
     * (an instance {@link #linkingAgainst} handed out) and the article.
     */
    private record Linked(RawArticle raw, Object against, Article article) {
    }

    private final Map<String, Linked> linked = new ConcurrentHashMap<>();
    /** The data articles were last linked against. */
    private volatile Object linkedAgainst;

    /**
     * The cached article for {@code path} when its file's stamp is unchanged (and trusted) and the
     * entry still valid; else empty, and the file must be read.
     */
    Optional<Unread> unchanged(String path, FileStamp stamp, ZoneId zone, MediaLibrary media) {
        Entry entry = entries.get(path);
        if (entry == null || entry.stamp() == null || !entry.stamp().equals(stamp) || !valid(entry, zone, media)) {
            return Optional.empty();
        }
        return Optional.of(new Unread(entry.article(), entry.digest(), entry.problems()));
    }

    /**
     * The cached article for {@code path} when still valid, else what {@code parse} reads (kept when it
     * has no errors); either way the file's problems are reported to {@code problems}.
     *
     * @param stamp  the file's stamp before it was read, or null when unknown
     * @param readAt when the file was read: a stamp this fresh is not trusted by {@link #unchanged}
     */
    RawArticle get(String path, FileStamp stamp, Instant readAt, byte[] digest, ZoneId zone, MediaLibrary media,
                   Problems problems, Supplier<RawArticle> parse) {
        FileStamp trusted = stamp != null && stamp.settledAt(readAt) ? stamp : null;
        Entry entry = entries.get(path);
        if (entry != null && Arrays.equals(entry.digest(), digest) && valid(entry, zone, media)) {
            problems.replay(entry.problems());
            entries.put(path, new Entry(trusted, digest, zone, entry.imageStamp(), entry.article(), entry.problems()));
            return entry.article();
        }
        RawArticle article = parse.get();
        if (article != null && !problems.hasErrors()) {
            entries.put(path, new Entry(trusted, digest, zone, imageStamp(article, media), article, problems.list()));
        } else {
            entries.remove(path);
        }
        return article;
    }

    private static boolean valid(Entry entry, ZoneId zone, MediaLibrary media) {
        return entry.zone().equals(zone) && entry.imageStamp() == imageStamp(entry.article(), media);
    }

    /**
     * {@code data}, or the equal instance the last load was linked against: articles linked against it
     * are then recognised by an identity check ({@link #linkedBefore}).
     */
    <T> T linkingAgainst(T data) {
        // read once: a load of another commit running at once (branch previews) may replace it meanwhile
        Object last = linkedAgainst;
        if (data.equals(last)) {
            @SuppressWarnings("unchecked") // equal to a T
            T same = (T) last;
            return same;
        }
        linkedAgainst = data;
        return data;
    }

    /**
     * The article an earlier load linked from this very raw article (a cached one: its file is unchanged)
     * against this very data, or null: linking it again would make an equal article.
     */
    Article linkedBefore(RawArticle raw, Object against) {
        Linked entry = linked.get(raw.path());
        return entry != null && entry.raw() == raw && entry.against() == against ? entry.article() : null;
    }

    /**
     * The article an earlier load linked from the same file when equal to {@code article}, else
     * {@code article}, remembered for the next load with what it was linked from. Unchanged articles
     * thus stay the same instances from one snapshot to the next: the catalog's change set, which is
     * what everything after a reload reads, then finds them equal at once, and two snapshots share
     * their memory. Nothing depends on it for being right.
     */
    Article sameAsBefore(RawArticle raw, Object against, Article article) {
        Linked before = linked.get(article.path());
        Article kept = before != null && article.equals(before.article()) ? before.article() : article;
        linked.put(article.path(), new Linked(raw, against, kept));
        return kept;
    }

    MediaCache media() {
        return media;
    }

    /** The article files the last load listed, with their stamps, for the next load to update. */
    Optional<NavigableMap<Path, FileStamp>> listing() {
        return Optional.ofNullable(listing);
    }

    /** @param files the files a load listed, or null when its listing failed: the next load lists afresh */
    void listed(NavigableMap<Path, FileStamp> files) {
        listing = files == null ? null : Collections.unmodifiableNavigableMap(files);
    }

    /**
     * Forgets files that no longer exist, when there are more entries than the {@code listed} files:
     * comparing 10,000 paths costs a reload more than keeping a few stale entries does (each file has
     * one entry at the most, so stale ones stay only while files with errors, which have none, hide them;
     * a stale entry is never used for another file than its own).
     */
    void forgetRemoved(int listed, Supplier<Collection<String>> paths) {
        if (entries.size() <= listed && linked.size() <= listed) {
            return;
        }
        Set<String> existing = Set.copyOf(paths.get());
        entries.keySet().retainAll(existing);
        linked.keySet().retainAll(existing);
    }

    /**
     * A stamp of the local image files the article reads the size of: its lead photo, its sponsor's logo and
     * the photos in its body.
     */
    private static long imageStamp(RawArticle article, MediaLibrary media) {
        long stamp = imageStamp(article.image(), media);
        if (article.sponsored() != null) {
            stamp = stamp * 31 + imageStamp(article.sponsored().logo(), media);
        }
        for (Image image : article.body().images()) {
            stamp = stamp * 31 + imageStamp(image, media);
        }
        return stamp;
    }

    private static long imageStamp(Image image, MediaLibrary media) {
        if (image == null || !MediaLibrary.isLocal(image.src())) {
            return 0;
        }
        return media.stampOf(image.src());
    }
}
