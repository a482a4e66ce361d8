package kiosk.site.bake;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Issue;

/**
 * The media files the published site uses: lead photos, issue covers, and images and links in
 * bodies. Only these are copied, so a draft's or an embargoed article's photo never reaches the host
 * before the article does.
 */
final class MediaReferences {

    /** Attributes in sanitised body HTML that point into {@code /media/}. */
    private static final Pattern IN_BODY = Pattern.compile("(?:src|href)=\"(/media/[^\"#?]+)");

    private MediaReferences() {
    }

    /** @return the referenced files, relative to the output folder ({@code media/2026/x.jpg}) */
    static Set<String> of(Catalog catalog) {
        Set<String> paths = new HashSet<>();
        for (Article article : catalog.articles()) {
            if (article.image() != null) {
                add(article.image().src(), paths);
            }
            Matcher matcher = IN_BODY.matcher(article.body().html());
            while (matcher.find()) {
                add(matcher.group(1), paths);
            }
        }
        for (Issue issue : catalog.issues()) {
            if (issue.cover().image() != null) {
                add(issue.cover().image(), paths);
            }
        }
        return paths;
    }

    private static void add(String reference, Set<String> paths) {
        if (reference.startsWith("/" + StaticFiles.MEDIA)) {
            paths.add(reference.substring(1));
        }
    }
}
