package kiosk.content.load;

import java.time.OffsetDateTime;
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
        List<String> tags,
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
        String path) {

    /** Every slug this article names, to be checked against what exists. */
    List<Reference> references() {
        List<Reference> references = new java.util.ArrayList<>();
        references.add(new Reference(Reference.Kind.SECTION, path, "section", section));
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

    /**
     * {@code series: {slug, season, part}} as written.
     *
     * @param season null when not given
     */
    record InSeries(Located<String> slug, Located<Integer> season, Located<Integer> part) {
    }
}
