package kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import kiosk.content.Archetype;
import kiosk.content.Author;
import kiosk.content.Content;
import kiosk.search.RomajiSlug;
import kiosk.content.Section;
import kiosk.content.check.Problem;
import kiosk.content.load.Archetypes;
import kiosk.content.load.ArticleCache;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk new article}: writes {@code articles/YYYY/MM/<slug>.md} dated now, from the section's archetype
 * ({@code content/archetypes/<section>.md}, else {@code default.md}, else Kiosk's own), as a draft with every
 * required field filled, so an editor starts from a file {@code check} accepts.
 */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = {"Scaffolds a draft article dated now in the site's time zone, from content/archetypes/<section>.md,",
                "else content/archetypes/default.md, else Kiosk's template."})
final class NewArticleCommand implements Callable<Integer> {

    private static final DateTimeFormatter SLUG_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    @Mixin
    ContentOption content;

    @Option(names = "--section", required = true, description = "Section slug, e.g. world.")
    String section;

    @Option(names = "--title", required = true, description = "The headline.")
    String title;

    @Option(names = "--slug", description = {"URL slug; default: the title's words in romaji as the Japanese analyzer",
            "reads them (日銀、追加利上げを決定: nichigin-tsuika-riage-kettei), else article-<date-time>."})
    String slug;

    @Option(names = "--date", paramLabel = "DATE",
            description = "When it goes out: 2026-12-01T06:00 or 2026-12-01 (midnight) in the site's time zone,"
                    + " or with an offset; default now.")
    String date;

    @Option(names = "--author", description = "Author slug; default: the first author of the section.")
    String author;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ArticleCache articles = new ArticleCache();
        Content existing = ContentLoader.load(content.folder, articles).content();
        Optional<Section> chosen = existing.sections().stream().filter(s -> s.slug().equals(section)).findFirst();
        if (chosen.isEmpty()) {
            err.println("unknown section '" + section + "'; sections: "
                    + String.join(", ", existing.sections().stream().map(Section::slug).toList()));
            return 2;
        }
        Optional<String> byline = author != null ? Optional.of(author) : existing.authors().stream()
                .filter(candidate -> section.equals(candidate.sectionSlug())).map(Author::slug).findFirst()
                .or(() -> existing.authors().stream().map(Author::slug).findFirst());
        if (byline.isEmpty()) {
            err.println("authors.yaml lists no author; add one first");
            return 2;
        }
        ZonedDateTime now;
        try {
            now = date == null ? clock.instant().atZone(existing.site().timeZone()).truncatedTo(ChronoUnit.MINUTES)
                    : dateOf(date, existing.site().timeZone());
        } catch (DateTimeParseException e) {
            err.println("--date " + date + ": write 2026-12-01T06:00, 2026-12-01 or 2026-12-01T06:00+09:00");
            return 2;
        }
        String fileSlug = slug != null ? slug : slugOf(title, now);
        Path file = content.folder.resolve("articles").resolve(String.format("%d/%02d", now.getYear(), now.getMonthValue()))
                .resolve(fileSlug + ".md");
        if (Files.exists(file) || existing.articles().stream().anyMatch(article -> article.slug().equals(fileSlug))) {
            err.println("an article with slug '" + fileSlug + "' exists already; choose another with --slug");
            return 2;
        }
        Files.createDirectories(file.getParent());
        String template = Archetypes.template(ContentLoader.folder(content.folder), section);
        Files.writeString(file, Archetype.fill(template, new Archetype.Values(title, fileSlug,
                now.toOffsetDateTime().toString(), section, byline.get())));
        return verify(file, articles, err);
    }

    /**
     * The new file must load without errors: otherwise the scaffold itself is wrong; say so and remove it.
     * The content is loaded again as a reload does, reading only the new file (the others are in {@code articles}).
     */
    private int verify(Path file, ArticleCache articles, PrintWriter err) throws IOException {
        LoadResult result = ContentLoader.load(content.folder, articles, Optional.of(Set.of(file)));
        String relative = content.folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        var problems = result.problems().stream().filter(Problem::isError)
                .filter(problem -> problem.path().equals(relative)).toList();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println(problem.format()));
            Files.delete(file);
            return 1;
        }
        spec.commandLine().getOut().println(file);
        return 0;
    }

    /** The title's words in romaji ({@link RomajiSlug}), else a date-time slug. */
    static String slugOf(String title, ZonedDateTime now) {
        String romaji = RomajiSlug.of(title);
        return romaji.length() >= 3 ? romaji : "article-" + now.format(SLUG_TIME);
    }

    /** {@code --date}: a date-time with an offset, else a local date-time or date in the site's zone. */
    private static ZonedDateTime dateOf(String text, ZoneId zone) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(zone);
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(zone);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(zone);
        }
    }
}
