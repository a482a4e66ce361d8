package kiosk.content.load;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import kiosk.content.Body;
import kiosk.content.Image;
import kiosk.content.Sponsor;
import kiosk.content.check.Problems;

/** Reads one Markdown article file: front matter, then the body rendered once. */
final class ArticleReader {

    static final List<String> KEYS = List.of("title", "slug", "date", "updated", "section", "authors", "tags",
            "issue", "summary", "image", "dateline", "source", "related", "series", "sponsored", "breaking", "draft");
    static final List<String> SERIES_KEYS = List.of("slug", "season", "part");

    /** How much of the body stands in for a missing summary. */
    private static final int SUMMARY_FALLBACK_LENGTH = 120;

    private final MarkdownRenderer markdown;
    private final ImageReader images;
    private final SponsorReader sponsors;
    private final ZoneId zone;

    ArticleReader(MarkdownRenderer markdown, ImageReader images, ZoneId zone) {
        this.markdown = markdown;
        this.images = images;
        this.sponsors = new SponsorReader(images);
        this.zone = zone;
    }

    /**
     * @param fileSlug the file name without {@code .md}, the slug unless the front matter names one
     * @return the article, or null when it has errors (all of them reported)
     */
    RawArticle read(String path, String fileSlug, String text, Problems problems) {
        FrontMatter frontMatter = FrontMatter.split(text, problems);
        if (frontMatter == null) {
            return null;
        }
        YamlNode root = YamlTreeReader.read(frontMatter.yaml(), frontMatter.yamlFirstLine(), problems);
        if (root == null && problems.hasErrors()) {
            return null;
        }
        return Fields.of(root, problems, "front matter", KEYS)
                .map(fields -> readFields(fields, path, fileSlugLocated(fields, fileSlug, problems), frontMatter.body()))
                .orElse(null);
    }

    private RawArticle readFields(Fields fields, String path, Located<String> fileSlug, String markdownBody) {
        Located<String> slug = fields.has("slug") ? fields.slug("slug", true) : fileSlug;
        String title = fields.requiredText("title");
        OffsetDateTime date = fields.dateTime("date", true, zone);
        OffsetDateTime updated = fields.dateTime("updated", false, zone);
        Located<String> section = fields.slug("section", true);
        List<Located<String>> authors = fields.textList("authors");
        if (authors.isEmpty()) {
            fields.problems().error(fields.line(), fields.column(), "missing required field 'authors'",
                    "name at least one author slug from authors.yaml: authors: [sato-misaki]");
        }
        List<String> tags = fields.textList("tags").stream().map(Located::value).distinct().toList();
        Located<String> issue = fields.locatedText("issue", false);
        String summary = fields.text("summary");
        Image image = images.read(fields, "image");
        String dateline = fields.text("dateline");
        String source = fields.text("source");
        List<Located<String>> related = fields.textList("related");
        RawArticle.InSeries series = fields.nested("series", SERIES_KEYS).map(ArticleReader::inSeries).orElse(null);
        Sponsor sponsored = sponsors.read(fields, "sponsored", "by");
        boolean breaking = fields.flag("breaking");
        boolean draft = fields.flag("draft");
        if (updated != null && date != null && updated.isBefore(date)) {
            fields.problems().warning(fields.line(), fields.column(), "'updated' is earlier than 'date'",
                    "an update comes after first publication; check both dates");
        }
        if (fields.problems().hasErrors() || slug == null || title == null || date == null || section == null) {
            return null;
        }
        Body body = markdown.render(markdownBody);
        if (summary == null) {
            fields.problems().warning(fields.line(), fields.column(), "missing 'summary'",
                    "write a one or two sentence summary; until then the start of the body is used");
            summary = body.excerpt(SUMMARY_FALLBACK_LENGTH);
        }
        return new RawArticle(slug, title, summary, date, updated, section, authors, tags, issue, image,
                dateline, source, related, series, sponsored, breaking, draft, body, path);
    }

    /** {@code series: {slug, season, part}}; whether the series has that season is checked when linking. */
    private static RawArticle.InSeries inSeries(Fields fields) {
        Located<String> slug = fields.slug("slug", true);
        Located<Integer> season = fields.locatedInteger("season", false);
        Located<Integer> part = fields.locatedInteger("part", true);
        for (Located<Integer> number : Arrays.asList(season, part)) {
            if (number != null && number.value() < 1) {
                fields.problems().error(number.line(), number.column(), "a series' season and part are numbered from 1, "
                        + "but this is " + number.value(), "series: {slug: ..., season: 1, part: 1}");
            }
        }
        return slug == null || part == null ? null : new RawArticle.InSeries(slug, season, part);
    }

    /** The slug the file name gives, or null (reported, on line 1 of the file) when it is not usable. */
    private static Located<String> fileSlugLocated(Fields fields, String fileSlug, Problems problems) {
        if (fields.has("slug")) {
            return null;
        }
        if (!Fields.isSlug(fileSlug)) {
            problems.error(1, 1, "the file name '" + fileSlug + "' is not a URL-safe slug",
                    "rename the file to lowercase ASCII with hyphens, or add 'slug: my-article' to the front matter");
            return null;
        }
        return new Located<>(fileSlug, 1, 1);
    }
}
