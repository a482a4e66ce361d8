package kiosk.content.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kiosk.content.Author;
import kiosk.content.Cover;
import kiosk.content.Image;
import kiosk.content.Issue;
import kiosk.content.NewsletterConfig;
import kiosk.content.PublicAddresses;
import kiosk.content.Limits;
import kiosk.content.Section;
import kiosk.content.SiteConfig;
import kiosk.content.Tag;
import kiosk.content.UrlPaths;
import kiosk.content.check.Problems;

/** Readers for the YAML data files: site, sections, authors, tags and issues. */
final class DataReaders {

    static final List<String> SITE_KEYS = List.of("title", "baseUrl", "language", "timeZone", "description",
            "copyright", "pageSize", "api", "newsletter", "webhooks", "image", "logo", "images");
    static final List<String> IMAGES_KEYS = List.of("widths");
    /** Narrower variants are of no use on any screen; wider ones cost more than any screen shows. */
    private static final int MIN_IMAGE_WIDTH = 100;
    private static final int MAX_IMAGE_WIDTH = 4096;
    private static final int MAX_IMAGE_WIDTHS = 10;
    static final List<String> NEWSLETTER_KEYS = List.of("name", "from", "replyTo", "consent", "smtp", "starttls",
            "username");
    private static final List<String> STARTTLS = List.of("required", "optional", "off");
    static final List<String> SECTION_KEYS = List.of("slug", "name", "description", "weight");
    static final List<String> AUTHOR_KEYS = List.of("slug", "name", "bio", "section", "agency");
    static final List<String> TAG_KEYS = List.of("name", "slug", "description");
    static final List<String> ISSUE_KEYS = List.of("slug", "number", "title", "date", "onSale", "summary", "cover");
    static final List<String> COVER_KEYS = List.of("title", "section", "article", "image");

    private static final int MAX_PAGE_SIZE = 100;

    private DataReaders() {
    }

    static SiteConfig site(String text, Problems problems, ImageReader images) {
        SiteConfig defaults = SiteConfig.defaults();
        YamlNode root = YamlTreeReader.read(text, problems);
        if (root == null) {
            return defaults;
        }
        return Fields.of(root, problems, "site.yaml", SITE_KEYS).map(fields -> {
            String title = fields.text("title");
            URI baseUrl = fields.httpUrl("baseUrl", false, "e.g. baseUrl: https://magazine.example.jp/");
            URI api = fields.httpUrl("api", false, "e.g. api: https://api.magazine.example.jp");
            String language = fields.text("language");
            ZoneId zone = timeZone(fields);
            int pageSize = fields.integer("pageSize", false, SiteConfig.DEFAULT_PAGE_SIZE);
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                problems.error(fields.line(), fields.column(), "'pageSize' must be between 1 and " + MAX_PAGE_SIZE
                        + ", but is " + pageSize, "pageSize: " + SiteConfig.DEFAULT_PAGE_SIZE);
                pageSize = SiteConfig.DEFAULT_PAGE_SIZE;
            }
            return new SiteConfig(title == null ? defaults.title() : title,
                    baseUrl == null ? defaults.baseUrl() : baseUrl,
                    language == null ? defaults.language() : language,
                    zone == null ? defaults.timeZone() : zone,
                    orEmpty(fields.text("description")), orEmpty(fields.text("copyright")), pageSize,
                    // the API's routes are at the root of its host, whatever path was written
                    api == null ? null : UrlPaths.origin(api),
                    fields.nested("newsletter", NEWSLETTER_KEYS).map(DataReaders::newsletter).orElse(null),
                    webhooks(fields, problems),
                    fields.nested("images", IMAGES_KEYS).map(DataReaders::imageWidths).orElse(defaults.imageWidths()),
                    images.read(fields, "image"), images.read(fields, "logo"));
        }).orElse(defaults);
    }

    /**
     * {@code webhooks:}, a list of https URLs of the public internet (see {@link PublicAddresses}): any editor
     * writes site.yaml, and the server posts to what it names. Each other item is an error at its line.
     */
    private static List<URI> webhooks(Fields fields, Problems problems) {
        List<URI> webhooks = new ArrayList<>();
        for (Located<String> item : fields.textList("webhooks")) {
            URI url = null;
            try {
                url = new URI(item.value());
            } catch (URISyntaxException e) {
                // reported below
            }
            Optional<String> refused = url == null || !url.isAbsolute() ? Optional.of("it is not an absolute URL")
                    : PublicAddresses.whyNot(url);
            if (refused.isEmpty()) {
                webhooks.add(url);
            } else {
                problems.error(item.line(), item.column(), "each item of 'webhooks' must be an https URL of the"
                        + " public internet, but " + item.value() + " is not: " + refused.get(),
                        "webhooks: [https://front.example.jp/api/revalidate]; an endpoint on this machine or a private"
                                + " network is the operator's to give: kiosk serve --webhook URL");
            }
        }
        return webhooks;
    }

    /** {@code images: widths: [320, 640, ...]}: the widths variants are made at. */
    private static List<Integer> imageWidths(Fields fields) {
        List<Located<String>> texts = fields.textList("widths");
        List<Integer> widths = new ArrayList<>();
        for (Located<String> text : texts) {
            int width;
            try {
                width = Integer.parseInt(text.value().strip());
            } catch (NumberFormatException e) {
                width = -1;
            }
            if (width < MIN_IMAGE_WIDTH || width > MAX_IMAGE_WIDTH) {
                fields.problems().error(text.line(), text.column(), "an image width must be a number of pixels from "
                        + MIN_IMAGE_WIDTH + " to " + MAX_IMAGE_WIDTH + ", but is " + text.value(),
                        "e.g. widths: [320, 640, 960, 1280, 1920]");
            } else {
                widths.add(width);
            }
        }
        if (widths.size() > MAX_IMAGE_WIDTHS) {
            fields.problems().error(fields.line(), fields.column(), "at most " + MAX_IMAGE_WIDTHS
                    + " image widths, but " + widths.size() + " are given", "each width is a file per image and format");
            return SiteConfig.DEFAULT_IMAGE_WIDTHS;
        }
        return widths.isEmpty() ? SiteConfig.DEFAULT_IMAGE_WIDTHS : widths;
    }

    /** The {@code newsletter:} block: name, sender and consent text are required, the SMTP server optional. */
    private static NewsletterConfig newsletter(Fields fields) {
        String name = fields.requiredText("name");
        String from = fields.requiredText("from");
        String consent = fields.requiredText("consent");
        Located<String> smtp = fields.locatedText("smtp", false);
        URI server = null;
        if (smtp != null) {
            try {
                server = new URI(smtp.value());
            } catch (URISyntaxException e) {
                // reported below
            }
            if (server == null || !"smtp".equals(server.getScheme()) && !"smtps".equals(server.getScheme())
                    || server.getHost() == null) {
                fields.problems().error(smtp.line(), smtp.column(), "'smtp' must be an smtp:// or smtps:// URL: "
                        + smtp.value(), "e.g. smtp: smtp://smtp.example.jp:587 (the password goes to kiosk as"
                        + " KIOSK_SMTP_PASSWORD, never into the content)");
                server = null;
            }
        }
        Located<String> starttls = fields.locatedText("starttls", false);
        if (starttls != null && !STARTTLS.contains(starttls.value())) {
            fields.problems().error(starttls.line(), starttls.column(), "'starttls' must be one of "
                    + String.join(", ", STARTTLS) + ", but is " + starttls.value(), "starttls: required");
            starttls = null;
        }
        return name == null || from == null || consent == null ? null
                : new NewsletterConfig(name, from, fields.text("replyTo"), consent, server, value(starttls),
                fields.text("username"));
    }

    private static ZoneId timeZone(Fields fields) {
        Located<String> text = fields.locatedText("timeZone", false);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text.value());
        } catch (DateTimeException e) {
            fields.problems().error(text.line(), text.column(), "unknown time zone '" + text.value() + "'",
                    "use a region ID such as Asia/Tokyo");
            return null;
        }
    }

    static List<Section> sections(String text, Problems problems) {
        return ListFile.read(text, problems, "section", SECTION_KEYS, fields -> {
            Located<String> slug = fields.slug("slug", true);
            String name = fields.requiredText("name");
            int weight = fields.integer("weight", false, 0);
            return slug == null || name == null ? null
                    : new Section(slug.value(), name, fields.text("description"), weight);
        }, Section::slug, Limits.SECTIONS);
    }

    /** @param references receives each author's home section, to check once sections are known */
    static List<Author> authors(String text, Problems problems, Consumer<Reference> references) {
        return ListFile.read(text, problems, "author", AUTHOR_KEYS, fields -> {
            Located<String> slug = fields.slug("slug", true);
            String name = fields.requiredText("name");
            Located<String> section = fields.locatedText("section", false);
            boolean agency = fields.flag("agency");
            if (slug == null || name == null) {
                return null;
            }
            if (section != null) {
                references.accept(new Reference(Reference.Kind.SECTION, problems.path(), "section", section));
            }
            return new Author(slug.value(), name, fields.text("bio"), section == null ? null : section.value(), agency);
        }, Author::slug);
    }

    static List<Tag> tags(String text, Problems problems) {
        return ListFile.read(text, problems, "tag", TAG_KEYS, fields -> {
            Located<String> located = fields.locatedText("name", true);
            String name = located == null ? null : located.value();
            if (located != null) {
                Fields.checkTagName(located, false, problems);
            }
            Located<String> slug = fields.slug("slug", true);
            return slug == null || name == null ? null : new Tag(slug.value(), name, fields.text("description"));
        }, Tag::slug);
    }

    /**
     * @param fileSlug   the file name without {@code .yaml}, the slug unless the file names one
     * @param references receives the cover's section and article, to check once all is read
     * @param claims     the slugs the other issue files took
     */
    static Issue issue(String text, String fileSlug, Problems problems, ImageReader images,
                       NamedFile.Claims claims, Consumer<Reference> references) {
        return NamedFile.read(text, fileSlug, problems, "issue", ISSUE_KEYS, "2026-11-24.yaml", claims, (fields, slug) -> {
            int number = fields.integer("number", true, 0);
            String title = fields.requiredText("title");
            LocalDate date = fields.date("date", true);
            LocalDate onSale = fields.date("onSale", false);
            Cover cover = fields.nested("cover", COVER_KEYS).map(coverFields -> cover(coverFields, problems, images, references))
                    .orElse(null);
            if (!fields.has("cover")) {
                problems.error(fields.line(), fields.column(), "missing required field 'cover'",
                        "add 'cover:' with at least an indented 'title: ...' for the cover feature");
            }
            if (onSale != null && date != null && onSale.isAfter(date)) {
                problems.warning(fields.line(), fields.column(), "'onSale' is after the cover date",
                        "weeklies usually go on sale before their cover date; check both dates");
            }
            String summary = fields.text("summary");
            return () -> new Issue(slug, number, title, date, onSale, summary, cover);
        });
    }

    private static Cover cover(Fields fields, Problems problems, ImageReader images, Consumer<Reference> references) {
        String title = fields.requiredText("title");
        Located<String> section = fields.locatedText("section", false);
        Located<String> article = fields.locatedText("article", false);
        Located<String> image = fields.locatedText("image", false);
        if (section != null) {
            references.accept(new Reference(Reference.Kind.SECTION, problems.path(), "cover.section", section));
        }
        if (article != null) {
            references.accept(new Reference(Reference.Kind.ARTICLE, problems.path(), "cover.article", article));
        }
        Image picture = image == null ? null : images.byPath(image, fields);
        if (image != null && picture == null) {
            return null;
        }
        return title == null ? null : new Cover(title, value(section), value(article), picture);
    }

    private static String value(Located<String> located) {
        return located == null ? null : located.value();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
