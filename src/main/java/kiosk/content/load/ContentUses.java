package kiosk.content.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import kiosk.content.Content;

/**
 * Which file names what: the sections, authors, issues, series, articles, tags and media files each
 * file refers to, whether the reference resolves or not. {@code check --changed} asks it which
 * files a change touches: the changed files, and the files that name something whose definition
 * changed (an author's entry in {@code authors.yaml}, an article's slug or date).
 */
public final class ContentUses {

    /** Nothing recorded: every file names nothing. */
    public static final ContentUses NONE = new ContentUses(List.of());

    /** One file naming one thing, such as {@code author:sato-misaki} or {@code media:/media/a.jpg}. */
    record Use(String path, String key) {
    }

    /**
     * The files a change touches.
     *
     * @param all whether every file is (a change of {@code site.yaml}, which every file is read against)
     */
    public record Affected(Set<String> paths, boolean all) {

        public boolean includes(String path) {
            return all || paths.contains(path);
        }
    }

    private final List<Use> uses;

    ContentUses(List<Use> uses) {
        this.uses = List.copyOf(uses);
    }

    /**
     * The files to check again after a change: the {@code changed} files themselves and every file
     * that names a thing defined differently in {@code before} and {@code after}, or a media file
     * among the changed files.
     *
     * @param changed paths relative to the content folder, with forward slashes
     */
    public Affected affectedBy(Set<String> changed, Content before, Content after) {
        Set<String> keys = new HashSet<>(changedKeys(before, after));
        changed.forEach(path -> keys.add(mediaKey("/" + path)));
        Set<String> affected = new HashSet<>(changed);
        uses.stream().filter(use -> keys.contains(use.key())).forEach(use -> affected.add(use.path()));
        return new Affected(Set.copyOf(affected), changed.contains("site.yaml") || !before.site().equals(after.site()));
    }

    /** The keys of the things that are not the same in both (added, removed or changed). */
    static Set<String> changedKeys(Content before, Content after) {
        Set<String> keys = new HashSet<>();
        differences(keys, "section:", before.sections(), after.sections(), section -> section.slug());
        differences(keys, "author:", before.authors(), after.authors(), author -> author.slug());
        differences(keys, "issue:", before.issues(), after.issues(), issue -> issue.slug());
        differences(keys, "series:", before.series(), after.series(), series -> series.slug());
        differences(keys, "tag:", before.tags(), after.tags(), tag -> tag.slug());
        differences(keys, "article:", before.articles(), after.articles(), article -> article.slug());
        return keys;
    }

    private static <T> void differences(Set<String> keys, String kind, Collection<T> before, Collection<T> after,
                                        Function<T, String> slug) {
        Map<String, T> earlier = new HashMap<>();
        before.forEach(item -> earlier.putIfAbsent(slug.apply(item), item));
        Map<String, T> later = new HashMap<>();
        after.forEach(item -> later.putIfAbsent(slug.apply(item), item));
        Set<String> slugs = new HashSet<>(earlier.keySet());
        slugs.addAll(later.keySet());
        slugs.stream().filter(key -> !Objects.equals(earlier.get(key), later.get(key)))
                .forEach(key -> keys.add(kind + key));
    }

    static String mediaKey(String src) {
        return "media:" + src;
    }

    /** Collects the uses while the content is linked; thread-safe. */
    static final class Recorder {

        private final List<Use> uses = new ArrayList<>();

        synchronized void use(String path, String kind, String slug) {
            uses.add(new Use(path, kind + ":" + slug));
        }

        /** A body link to a page of the site or a media file, by its resolved path. */
        void address(String path, String resolved) {
            if (resolved.startsWith(MediaLibrary.PREFIX)) {
                use(path, "media", resolved);
                return;
            }
            String[] segments = resolved.split("/");
            if (segments.length > 2) {
                String kind = switch (segments[1]) {
                    case "articles" -> "article";
                    case "sections" -> "section";
                    case "authors" -> "author";
                    case "issues" -> "issue";
                    case "tags" -> "tag";
                    default -> null;
                };
                if (kind != null) {
                    use(path, kind, BodyInspection.decode(segments[2]));
                }
            }
        }

        synchronized ContentUses done() {
            return new ContentUses(uses);
        }
    }
}
