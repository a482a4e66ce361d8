package kiosk.newsletter.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.EditorNote;
import kiosk.content.Issue;
import kiosk.content.NewsletterConfig;
import kiosk.content.SiteConfig;

/**
 * Builds an edition from a catalog published as of the edition: the latest issue on sale and its cover
 * feature, the week's top stories of each section (published in the seven days up to the edition, most
 * read first, then newest), the week's ranking, and the editor's note.
 */
public final class EditionBuilder {

    /** Stories per section: a mail is read in a minute or two. */
    static final int STORIES_PER_SECTION = 3;
    /** Places of the ranking shown. */
    static final int RANKING_PLACES = 5;

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("M月d日", Locale.JAPAN);

    /** The moment an edition is taken at: the end of its day, or now for an edition of today or later. */
    public static Instant asOf(LocalDate date, ZoneId zone, Instant now) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(zone).toInstant();
        return endOfDay.isBefore(now) ? endOfDay : now;
    }

    /**
     * @param catalog   the content to pick from
     * @param end       the moment the edition is taken at (see {@link #asOf}): its week ends there
     * @param weekViews the week's most read articles, most read first (slugs; may name unpublished ones)
     * @param note      the editor's note, or empty
     * @throws EditionException when the note names an unknown author
     */
    public Edition build(Catalog catalog, LocalDate date, Instant end, List<String> weekViews, Optional<EditorNote> note) {
        SiteConfig site = catalog.site();
        NewsletterConfig newsletter = site.newsletter();
        if (newsletter == null) {
            throw new EditionException("site.yaml has no newsletter: block: add name, from and consent first");
        }
        ZoneId zone = site.timeZone();
        Instant start = date.minusDays(6).atStartOfDay(zone).toInstant();
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < weekViews.size(); i++) {
            place.putIfAbsent(weekViews.get(i), i);
        }
        Comparator<Article> mostReadThenNewest = Comparator
                .comparingInt((Article article) -> place.getOrDefault(article.slug(), Integer.MAX_VALUE))
                .thenComparing(Article::date, Comparator.reverseOrder())
                .thenComparing(Article::slug);
        List<Edition.SectionStories> sections = catalog.sections().stream()
                .map(section -> new Edition.SectionStories(section.slug(), section.name(), site.absoluteUrl(section.url()),
                        catalog.articlesInSection(section.slug()).stream()
                                .filter(article -> !article.date().toInstant().isBefore(start)
                                        && !article.date().toInstant().isAfter(end))
                                .sorted(mostReadThenNewest).limit(STORIES_PER_SECTION)
                                .map(article -> story(article, site, 0)).toList()))
                .filter(block -> !block.stories().isEmpty())
                .toList();
        List<Article> ranked = weekViews.stream().distinct().map(catalog::article).flatMap(Optional::stream)
                .limit(RANKING_PLACES).toList();
        List<Edition.Story> ranking = ranked.stream().map(article -> story(article, site, ranked.indexOf(article) + 1)).toList();
        Edition.IssueFeature issue = catalog.latestIssue().map(latest -> issue(latest, catalog, site)).orElse(null);
        Edition.Note editorNote = note.map(found -> note(found, catalog)).orElse(null);
        String heading = date.format(LONG_DATE);
        String subject = note.map(EditorNote::subject).orElseGet(() -> "【" + newsletter.name() + "】" + heading
                + (issue != null ? " 特集「" + issue.coverTitle() + "」" : ""));
        return new Edition(date.toString(), subject, heading, preheader(issue, sections), newsletter.name(), site.title(),
                site.baseUrl().toString(), editorNote, issue, sections, ranking);
    }

    /** What a mail client shows after the subject: the lead headlines. */
    private static String preheader(Edition.IssueFeature issue, List<Edition.SectionStories> sections) {
        String headlines = sections.stream().map(block -> block.stories().get(0).title()).limit(3)
                .collect(Collectors.joining("／"));
        return issue != null && issue.coverStory() != null ? issue.coverStory().title() + "／" + headlines : headlines;
    }

    private Edition.IssueFeature issue(Issue latest, Catalog catalog, SiteConfig site) {
        String image = latest.cover().image() == null ? null : site.absoluteUrl(latest.cover().image().src());
        return new Edition.IssueFeature(latest.title(), site.absoluteUrl(latest.url()), latest.cover().title(), image,
                latest.summary(), catalog.coverStory(latest).map(article -> story(article, site, 0)).orElse(null));
    }

    private static Edition.Note note(EditorNote note, Catalog catalog) {
        String byline = null;
        if (note.author() != null) {
            byline = catalog.author(note.author()).map(Author::name).orElseThrow(() -> new EditionException(
                    "the editor's note names an unknown author '" + note.author() + "': use a slug from authors.yaml"));
        }
        return new Edition.Note(note.title(), note.body().html(), note.body().text(), byline);
    }

    private Edition.Story story(Article article, SiteConfig site, int rank) {
        OffsetDateTime date = article.date().atZoneSameInstant(site.timeZone()).toOffsetDateTime();
        return new Edition.Story(article.title(), site.absoluteUrl(article.url()), article.summary(),
                article.section().name(), article.authors().stream().map(Author::name).collect(Collectors.joining("、")),
                date.format(SHORT_DATE), article.isSponsored(), rank); // sponsored stories carry 「PR」 in the mail too
    }

}
