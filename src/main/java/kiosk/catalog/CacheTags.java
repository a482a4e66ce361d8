package kiosk.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The names of what an answer or a page reads and what a {@link ChangeSet} changes, so that a cache
 * (Kiosk's answer cache, a CDN purging by {@code Cache-Tag} or {@code Surrogate-Key}) drops exactly what
 * a change names:
 * <ul>
 *   <li>{@code article:<slug>}, {@code section:<slug>}, {@code author:<slug>}, {@code tag:<slug>},
 *       {@code issue:<slug>}, {@code series:<slug>}, {@code collection:<slug>}, {@code special:<slug>}:
 *       the thing, and whatever its page shows (a section's tag changes when one of its articles does);
 *       an article's tag, the article itself and its git history;</li>
 *   <li>{@code related:<slug>}: what an article's page shows around it: its related articles and its
 *       series' previous and next parts;</li>
 *   <li>{@code list:<kind>}, such as {@code list:articles}: any of that kind, a list of them, or their order;</li>
 *   <li>{@code index:<kind>} for sections, authors and tags: the list itself, its members' own fields and
 *       their order, and not what each lists (an article edit leaves {@code index:sections} alone, so the
 *       answers and the navigation that show the sections' names outlive it);</li>
 *   <li>{@code home}: the front page, changed by any change; {@code date}: what depends on the day
 *       (running series, special editions on sale); {@code site}: site.yaml; {@code revision}: the
 *       revision itself, changed by every change set.</li>
 * </ul>
 * Slugs are percent-encoded where they hold anything but letters, digits and {@code -_.~} (Japanese
 * tag slugs do), so a tag never holds a space or a comma, which separate tags in headers.
 */
public final class CacheTags {

    public static final String HOME = "home";
    public static final String DATE = "date";
    public static final String SITE = "site";
    public static final String REVISION = "revision";
    /** What a header may hold at most: CDNs take 1-16 KB; beyond it, tags collapse into {@code list:<kind>}. */
    public static final int MAX_HEADER_LENGTH = 1024;

    /** The kinds of things tags name, as their tags spell them. */
    public enum Kind {
        ARTICLE("article", "articles"), SECTION("section", "sections"), AUTHOR("author", "authors"),
        TAG("tag", "tags"), ISSUE("issue", "issues"), SERIES("series", "series"),
        COLLECTION("collection", "collections"), SPECIAL("special", "specials");

        private final String prefix;
        private final String plural;

        Kind(String prefix, String plural) {
            this.prefix = prefix;
            this.plural = plural;
        }

        /** {@code article:<slug>} */
        public String tag(String slug) {
            return prefix + ":" + encode(slug);
        }

        /** {@code list:articles} */
        public String list() {
            return "list:" + plural;
        }

        /** {@code index:sections}: the list of them as a root field gives it (see the class comment). */
        public String index() {
            return "index:" + plural;
        }

        /** The kind a {@code <kind>:<slug>} tag names (articles for {@code related:}), or null for another tag. */
        static Kind of(String tag) {
            if (tag.startsWith(RELATED)) {
                return ARTICLE;
            }
            for (Kind kind : values()) {
                if (tag.startsWith(kind.prefix + ":")) {
                    return kind;
                }
            }
            return null;
        }
    }

    private static final String RELATED = "related:";

    private CacheTags() {
    }

    /** {@code related:<slug>}: the related articles and neighbouring parts an article's page shows. */
    public static String related(String articleSlug) {
        return RELATED + encode(articleSlug);
    }

    private static String encode(String slug) {
        StringBuilder out = new StringBuilder(slug.length());
        for (byte b : slug.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * {@code tags}, sorted, in at most {@link #MAX_HEADER_LENGTH} characters when joined by a comma or
     * a space: when they do not fit, the tags of the most numerous kind give way to its
     * {@code list:<kind>} tag (which every change of that kind names too, so a purge or a cache still
     * drops what read them), until they fit.
     */
    public static SortedSet<String> bounded(Collection<String> tags) {
        return bounded(tags, MAX_HEADER_LENGTH, 1);
    }

    /** {@code tags}, collapsed kind by kind into {@code list:<kind>} until they fit in {@code maxLength}. */
    static SortedSet<String> bounded(Collection<String> tags, int maxLength, int separatorLength) {
        SortedSet<String> result = new TreeSet<>(tags);
        while (length(result, separatorLength) > maxLength) {
            Kind most = null;
            long count = 0;
            for (Kind kind : Kind.values()) {
                long of = result.stream().filter(tag -> kind == Kind.of(tag)).count();
                if (of > count) {
                    most = kind;
                    count = of;
                }
            }
            if (most == null) {
                break; // only list and site-wide tags: a few dozen characters at most
            }
            Kind collapsing = most;
            result.removeIf(tag -> collapsing == Kind.of(tag));
            result.add(collapsing.list());
        }
        return result;
    }

    private static int length(Set<String> tags, int separatorLength) {
        int length = Math.max(0, tags.size() - 1) * separatorLength;
        for (String tag : tags) {
            length += tag.length();
        }
        return length;
    }

    /** Adds {@code list:<kind>} for every kind a {@code <kind>:<slug>} tag of {@code tags} names. */
    static void addLists(Set<String> tags) {
        List<String> lists = new ArrayList<>();
        for (String tag : tags) {
            Kind kind = Kind.of(tag);
            if (kind != null) {
                lists.add(kind.list());
            }
        }
        tags.addAll(lists);
    }
}
