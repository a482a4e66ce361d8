package kiosk.content.load;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import kiosk.content.Image;
import kiosk.content.Placeholders;
import kiosk.content.Sponsor;
import kiosk.content.check.Message;
import kiosk.content.check.Problems;

/**
 * Reads one Markdown article file: front matter, then the body rendered once. Every problem of the
 * file is found in one read: the body is checked even when the front matter has errors, and what a
 * file with errors names (sections, authors, related articles, links) is handed on to be checked too.
 */
final class ArticleReader {

    static final List<String> KEYS = List.of("title", "slug", "date", "updated", "section", "authors", "tags",
            "issue", "summary", "image", "dateline", "source", "related", "series", "sponsored", "breaking", "draft", "proofread");
    static final List<String> SERIES_KEYS = List.of("slug", "season", "part");

    /** How much of the body stands in for a missing summary. */
    private static final int SUMMARY_FALLBACK_LENGTH = 120;

    /**
     * What a file that is not an article, because of its errors, still names: checked like an
     * article's references and links, so that fixing the errors reveals no new ones.
     *
     * @param slug the slug the article would have, which relative links start from
     */
    record Unlinked(String path, String slug, List<Reference> references, List<Located<String>> tags,
                    List<BodyLink> links) {

        String url() {
            return "/articles/" + slug + "/";
        }
    }

    private final MarkdownRenderer markdown;
    private final ImageReader images;
    private final SponsorReader sponsors;
    private final ZoneId zone;
    private final Consumer<Unlinked> unlinked;

    /** @param unlinked receives what each file with errors names */
    ArticleReader(MarkdownRenderer markdown, ImageReader images, ZoneId zone, Consumer<Unlinked> unlinked) {
        this.markdown = markdown;
        this.images = images;
        this.sponsors = new SponsorReader(images);
        this.zone = zone;
        this.unlinked = unlinked;
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
        Optional<Fields> fields = root == null && problems.hasErrors() ? Optional.empty()
                : Fields.of(root, problems, "front matter", KEYS);
        // the body is checked whatever the front matter holds
        MarkdownRenderer.Rendered body = markdown.render(frontMatter.body(), frontMatter.bodyFirstLine(), problems,
                images::sizeOf);
        if (fields.isEmpty()) {
            unlinked.accept(new Unlinked(path, fileSlug, List.of(), List.of(), body == null ? List.of() : body.links()));
            return null;
        }
        return readFields(fields.get(), path, fileSlug, body, frontMatter);
    }

    private RawArticle readFields(Fields fields, String path, String fileSlug, MarkdownRenderer.Rendered body,
                                  FrontMatter frontMatter) {
        Located<String> slug = fields.has("slug") ? fields.slug("slug", true) : fileSlugLocated(fileSlug, fields.problems());
        String title = fields.requiredText("title");
        OffsetDateTime date = fields.dateTime("date", true, zone);
        OffsetDateTime updated = fields.dateTime("updated", false, zone);
        Located<String> section = fields.slug("section", true);
        List<Located<String>> authors = fields.textList("authors");
        if (authors.isEmpty()) {
            fields.problems().error(fields.line(), fields.column(), "missing required field 'authors'",
                    "name at least one author slug from authors.yaml: authors: [sato-misaki]");
        }
        List<Located<String>> tags = tags(fields);
        Located<String> issue = fields.locatedText("issue", false);
        Located<String> summaryLocated = fields.locatedText("summary", false);
        String summary = summaryLocated == null ? null : summaryLocated.value();
        Image image = images.readLead(fields, "image");
        String dateline = fields.text("dateline");
        String source = fields.text("source");
        List<Located<String>> related = fields.textList("related");
        RawArticle.InSeries series = fields.nested("series", SERIES_KEYS).map(ArticleReader::inSeries).orElse(null);
        Sponsor sponsored = sponsors.read(fields, "sponsored", "by");
        boolean breaking = fields.flag("breaking");
        boolean draft = fields.flag("draft");
        // read to check it now; only `check --proofread` uses it (ProofreadTexts)
        ProofreadSettings.choice(fields.value("proofread"), fields.problems());
        if (!draft) {
            refusePlaceholders(frontMatter, fields.problems());
        }
        if (updated != null && date != null && updated.isBefore(date)) {
            fields.problems().warning(fields.line(), fields.column(), "'updated' is earlier than 'date'",
                    "an update comes after first publication; check both dates");
        }
        if (summary == null && body != null) {
            fields.problems().warning(fields.line(), fields.column(), "missing 'summary'",
                    "write a one or two sentence summary; until then the start of the body is used");
            summary = body.body().excerpt(SUMMARY_FALLBACK_LENGTH);
        }
        if (fields.problems().hasErrors() || slug == null || title == null || date == null || section == null
                || body == null) {
            unlinked.accept(new Unlinked(path, slug == null ? fileSlug : slug.value(),
                    RawArticle.references(path, section, authors, issue, related, series), tags,
                    body == null ? List.of() : body.links()));
            return null;
        }
        return new RawArticle(slug, title, summary, date, updated, section, authors, tags, issue, image,
                dateline, source, related, series, sponsored, breaking, draft, body.body(), body.links(), path);
    }

    /**
     * The placeholders of {@code kiosk new} (its own or an archetype's) left in the front matter or the body of
     * an article readers would see.
     */
    private static void refusePlaceholders(FrontMatter frontMatter, Problems problems) {
        // nearly every article holds none: its text is split into lines only to say where one stands
        String[] yaml = frontMatter.yaml().contains(Placeholders.MARK) ? frontMatter.yaml().split("\n", -1) : new String[0];
        for (int i = 0; i < yaml.length; i++) {
            Matcher left = Placeholders.PATTERN.matcher(yaml[i]);
            if (left.find()) {
                String key = yaml[i].substring(0, Math.max(0, yaml[i].indexOf(':'))).strip().replaceFirst("^- ", "");
                int column = yaml[i].codePointCount(0, left.start()) + 1;
                problems.error(frontMatter.yamlFirstLine() + i, column, key.equals("summary")
                        ? Message.of("placeholder.summary", left.group())
                        : Message.of("placeholder.field", key, left.group()));
            }
        }
        if (!frontMatter.body().contains(Placeholders.MARK) || !Placeholders.PATTERN.matcher(frontMatter.body()).find()) {
            return;
        }
        String[] lines = frontMatter.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher left = Placeholders.PATTERN.matcher(lines[i]);
            if (left.find()) {
                problems.error(frontMatter.bodyFirstLine() + i, lines[i].codePointCount(0, left.start()) + 1,
                        Message.of("placeholder.body", left.group()));
            }
        }
    }

    /** The tags, each once, each name checked for the page it gets. */
    private static List<Located<String>> tags(Fields fields) {
        Set<String> names = new HashSet<>();
        List<Located<String>> tags = new ArrayList<>();
        for (Located<String> tag : fields.textList("tags")) {
            if (names.add(tag.value())) {
                Fields.checkTagName(tag, true, fields.problems());
                tags.add(tag);
            }
        }
        return tags;
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
    private static Located<String> fileSlugLocated(String fileSlug, Problems problems) {
        Optional<String> trouble = Fields.fileNameTrouble(fileSlug);
        if (trouble.isPresent()) {
            problems.error(1, 1, "the file name '" + fileSlug + "' " + trouble.get(),
                    "rename the file to a few lowercase ASCII words with hyphens, or add 'slug: my-article' to the front matter");
            return null;
        }
        return Located.fileName(fileSlug);
    }
}
