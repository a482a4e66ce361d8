package kiosk.api.http;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kiosk.catalog.CacheTags;
import kiosk.catalog.CacheTags.Kind;

/**
 * {@code Cache-Tag} (comma-separated, as Cloudflare and Akamai read it) and {@code Surrogate-Key}
 * (space-separated, as Fastly reads it) on public API answers and site pages: what the answer or page
 * shows, in {@link CacheTags}' names, so a CDN purges exactly what a change set names. Bounded by
 * {@link CacheTags#bounded}. Preview answers and pages never carry them: their tags could name drafts.
 */
final class CacheTagHeaders {

    static final String CACHE_TAG = "Cache-Tag";
    static final String SURROGATE_KEY = "Surrogate-Key";

    /** The site's folders of one thing's pages, and the kind of thing. */
    private static final Map<String, Kind> FOLDERS = Map.of("articles", Kind.ARTICLE, "sections", Kind.SECTION,
            "authors", Kind.AUTHOR, "tags", Kind.TAG, "issues", Kind.ISSUE, "series", Kind.SERIES,
            "collections", Kind.COLLECTION, "specials", Kind.SPECIAL);

    private CacheTagHeaders() {
    }

    static void set(Context ctx, Collection<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        Collection<String> bounded = CacheTags.bounded(tags);
        ctx.header(CACHE_TAG, String.join(",", bounded));
        ctx.header(SURROGATE_KEY, String.join(" ", bounded));
    }

    /** For a request of the baked site: the tags of the page at its path. */
    static void setForPage(Context ctx) {
        set(ctx, ofPage(ctx.path()));
    }

    /**
     * What a site page shows: the thing whose page it is ({@code /articles/<slug>/...}) or, for any
     * other page (the front page, lists, feeds), {@code home}, which every change names. Every page
     * shows the sections in its navigation; an article page its surroundings and the promotions (pinned collections, running
     * series, special editions on sale) as well.
     */
    static List<String> ofPage(String path) {
        List<String> tags = new ArrayList<>();
        String thing = ofThing(path);
        tags.add(thing);
        if (thing.startsWith(Kind.ARTICLE.tag(""))) {
            String slug = URLDecoder.decode(path.split("/")[2].replace("+", "%2B"), StandardCharsets.UTF_8);
            tags.addAll(List.of(CacheTags.related(slug), Kind.COLLECTION.list(), Kind.SERIES.list(),
                    Kind.SPECIAL.list()));
        }
        tags.add(Kind.SECTION.index());
        return tags;
    }

    /** The tag of the thing the page at {@code path} is about ({@code article:<slug>}), or {@code home} for any other. */
    static String ofThing(String path) {
        String[] segments = path.split("/");
        Kind kind = segments.length > 2 ? FOLDERS.get(segments[1]) : null;
        return kind == null ? CacheTags.HOME
                : kind.tag(URLDecoder.decode(segments[2].replace("+", "%2B"), StandardCharsets.UTF_8));
    }
}
