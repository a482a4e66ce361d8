package kiosk.content;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An article with its forward references resolved. Reverse references (a section's articles, an
 * author's articles) and related articles live in the catalog, which is built from these.
 *
 * @param updated       the last substantive update, or null
 * @param issue         the print issue it ran in, or null for web-only articles
 * @param image         the lead photo, or null
 * @param pinnedRelated slugs the editor pinned as related, in order
 * @param series        its place in a series, or null
 * @param sponsor       who paid for it, or null for the magazine's own content: its own {@code sponsored:},
 *                      else its series' sponsor
 * @param path          the source file, relative to the content folder
 */
public record Article(
        String slug,
        String title,
        String summary,
        OffsetDateTime date,
        OffsetDateTime updated,
        Section section,
        List<Author> authors,
        List<Tag> tags,
        Issue issue,
        Image image,
        String dateline,
        String source,
        List<String> pinnedRelated,
        SeriesPart series,
        Sponsor sponsor,
        boolean breaking,
        boolean draft,
        Body body,
        String path) {

    public Article {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(body, "body");
        summary = Objects.requireNonNullElse(summary, "");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        pinnedRelated = List.copyOf(pinnedRelated);
    }

    /** Published means not a draft and not dated after {@code now}. */
    public boolean isPublishedAt(Instant now) {
        return !draft && !date.toInstant().isAfter(now);
    }

    /** The same article in another issue, or in none ({@code null}). */
    public Article withIssue(Issue otherIssue) {
        return new Article(slug, title, summary, date, updated, section, authors, tags, otherIssue, image, dateline,
                source, pinnedRelated, series, sponsor, breaking, draft, body, path);
    }

    /** Sponsored content, which must be labelled 「PR」 wherever it appears. */
    public boolean isSponsored() {
        return sponsor != null;
    }

    public String url() {
        return "/articles/" + slug + "/";
    }
}
