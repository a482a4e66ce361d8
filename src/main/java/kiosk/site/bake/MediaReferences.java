package kiosk.site.bake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Body;
import kiosk.content.Image;
import kiosk.content.Issue;
import kiosk.content.Series;
import kiosk.content.Sponsor;

/**
 * The media files the published site uses: lead photos, issue covers, images and links in bodies,
 * the images of series and topic collections, special editions' covers and sponsors' logos. Only these are copied, so a draft's or an embargoed article's photo never reaches the host
 * before the article does.
 *
 * @param files    the referenced files, relative to the output folder ({@code media/2026/x.jpg})
 * @param inBodies the references found in each body, which the next bake reuses for bodies it shares:
 *                 scanning every body's HTML is most of the work of planning an update otherwise
 */
record MediaReferences(Set<String> files, Map<Body, List<String>> inBodies) {

    /** Where an attribute value in sanitised body HTML starts with {@code /media/}. */
    private static final String MEDIA_VALUE = "=\"/media/";

    MediaReferences {
        files = Set.copyOf(files);
        inBodies = Map.copyOf(inBodies);
    }

    /** @param previous the last bake's references, or null */
    static MediaReferences of(Catalog catalog, MediaReferences previous) {
        Map<Body, List<String>> known = previous == null ? Map.of() : previous.inBodies();
        Map<Body, List<String>> inBodies = new HashMap<>();
        Set<String> paths = new HashSet<>();
        for (Article article : catalog.articles()) {
            if (article.image() != null) {
                add(article.image().src(), paths);
            }
            Body body = article.body();
            List<String> found = inBodies.computeIfAbsent(body, unused -> known.containsKey(body) ? known.get(body)
                    : inBody(body));
            found.forEach(reference -> add(reference, paths));
        }
        for (Issue issue : catalog.issues()) {
            if (issue.cover().image() != null) {
                add(issue.cover().image().src(), paths);
            }
        }
        catalog.articles().forEach(article -> add(logoOf(article.sponsor()), paths));
        for (Series series : catalog.series()) {
            add(series.image(), paths);
            add(logoOf(series.sponsor()), paths);
        }
        catalog.collections().forEach(collection -> add(collection.image(), paths));
        catalog.specials().forEach(special -> add(special.cover(), paths));
        add(catalog.site().image(), paths);
        add(catalog.site().logo(), paths);
        return new MediaReferences(paths, inBodies);
    }

    /**
     * The paths of {@code src="/media/..."} and {@code href="/media/..."} attributes, up to a query or a
     * fragment. Found with {@link String#indexOf}, not a regular expression: a pattern tried at every
     * character of 10,000 bodies cost a bake half a second, twice (to list the images, then the files).
     */
    private static List<String> inBody(Body body) {
        String html = body.html();
        List<String> found = new ArrayList<>();
        for (int at = html.indexOf(MEDIA_VALUE); at >= 0; at = html.indexOf(MEDIA_VALUE, at + 1)) {
            if (html.startsWith("src", at - "src".length()) || html.startsWith("href", at - "href".length())) {
                int start = at + 2;
                int end = start + "/media/".length();
                while (end < html.length() && "\"#?".indexOf(html.charAt(end)) < 0) {
                    end++;
                }
                if (end > start + "/media/".length()) {
                    found.add(html.substring(start, end));
                }
            }
        }
        return found;
    }

    private static Image logoOf(Sponsor sponsor) {
        return sponsor == null ? null : sponsor.logo();
    }

    private static void add(Image image, Set<String> paths) {
        if (image != null) {
            add(image.src(), paths);
        }
    }

    private static void add(String reference, Set<String> paths) {
        if (reference.startsWith("/" + StaticFiles.MEDIA)) {
            paths.add(reference.substring(1));
        }
    }
}
