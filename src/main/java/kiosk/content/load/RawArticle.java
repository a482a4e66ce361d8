package kiosk.content.load;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kiosk.content.Body;
import kiosk.content.Image;
import kiosk.content.Sponsor;

/**
 * An article as its file states it, before its slugs are resolved to sections, authors, issues and series.
 *
 * @param series    its place in a series as written, or null
 * @param sponsored its own {@code sponsored:}, or null
 */
record RawArticle(
        Located<String> slug,
        String title,
        String summary,
        OffsetDateTime date,
        OffsetDateTime updated,
        Located<String> section,
        List<Located<String>> authors,
        List<Located<String>> tags,
        Located<String> issue,
        Image image,
        String dateline,
        String source,
        List<Located<String>> related,
        InSeries series,
        Sponsor sponsored,
        boolean breaking,
        boolean draft,
        Body body,
        List<BodyLink> links,
        String path) {

    RawArticle {
        links = List.copyOf(links);
    }

    /** Every slug this article names, to be checked against what exists. */
    List<Reference> references() {
        return references(path, section, authors, issue, related, series);
    }

    /** The references of an article file's fields; a field that could not be read (null) names nothing. */
    static List<Reference> references(String path, Located<String> section, List<Located<String>> authors,
                                      Located<String> issue, List<Located<String>> related, InSeries series) {
        List<Reference> references = new ArrayList<>();
        if (section != null) {
            references.add(new Reference(Reference.Kind.SECTION, path, "section", section));
        }
        authors.forEach(author -> references.add(new Reference(Reference.Kind.AUTHOR, path, "authors", author)));
        if (issue != null) {
            references.add(new Reference(Reference.Kind.ISSUE, path, "issue", issue));
        }
        related.forEach(pinned -> references.add(new Reference(Reference.Kind.ARTICLE, path, "related", pinned)));
        if (series != null) {
            references.add(new Reference(Reference.Kind.SERIES, path, "series.slug", series.slug()));
        }
        return references;
    }

    /** Where the article is published, which relative links in its body start from. */
    String url() {
        return "/articles/" + slug.value() + "/";
    }

    /**
     * {@code series: {slug, season, part}} as written.
     *
     * @param season null when not given
     */
    record InSeries(Located<String> slug, Located<Integer> season, Located<Integer> part) {
    }
}
