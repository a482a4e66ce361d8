package kiosk.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kiosk.content.Article;
import kiosk.content.Content;
import kiosk.content.FileHistory;
import kiosk.content.Issue;
import kiosk.content.Season;
import kiosk.content.Section;
import kiosk.content.SpecialEdition;
import kiosk.image.Renditions;
import kiosk.parallel.BalancedMap;
import kiosk.related.RelatedConfig;
import kiosk.related.RelatedDocument;
import kiosk.related.RelatedIndex;

/**
 * Builds a {@link Catalog} from loaded content: decides what is visible, orders every list, and
 * computes related articles once for the whole snapshot. Given the catalog it built before, it
 * updates that one's related and full-text indexes instead of building them anew, which after an
 * edit of a few articles costs a few articles' work.
 */
public final class CatalogBuilder {

    /** Newest first; same-instant articles by slug, so order never changes between runs. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::date,
            OffsetDateTime.timeLineOrder().reversed()).thenComparing(Article::slug);

    private static final DateTimeFormatter REVISION_INSTANT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final RelatedConfig relatedConfig;
    private final Supplier<Renditions> renditions;

    public CatalogBuilder(RelatedConfig relatedConfig) {
        this(relatedConfig, Renditions::none);
    }

    private CatalogBuilder(RelatedConfig relatedConfig, Supplier<Renditions> renditions) {
        this.relatedConfig = relatedConfig;
        this.renditions = renditions;
    }

    /** A builder whose catalogs carry the image variants {@code renditions} has when each is built. */
    public CatalogBuilder withRenditions(Supplier<Renditions> renditions) {
        return new CatalogBuilder(relatedConfig, Objects.requireNonNull(renditions, "renditions"));
    }

    public CatalogBuilder() {
        this(RelatedConfig.defaults());
    }

    /** The catalog readers see at {@code now}: published articles, issues and special editions on sale only. */
    public Catalog published(Content content, Instant now) {
        return published(content, now, null);
    }

    /**
     * The same, reusing what {@code previous} computed.
     *
     * @param previous a published catalog this builder built before, or null
     */
    public Catalog published(Content content, Instant now, Catalog previous) {
        LocalDate today = now.atZone(content.site().timeZone()).toLocalDate();
        return build(content, now, new Visibility(article -> article.isPublishedAt(now),
                issue -> !issue.publicFrom().isAfter(today), special -> !special.onSale().isAfter(today),
                published -> publishedRevision(published, now)), previous);
    }

    /** The catalog editors preview: drafts, scheduled articles, future issues and special editions included. */
    public Catalog preview(Content content, Instant now) {
        return preview(content, now, null);
    }

    /**
     * The same, reusing what {@code previous} computed.
     *
     * @param previous a preview catalog this builder built before, or null
     */
    public Catalog preview(Content content, Instant now, Catalog previous) {
        return build(content, now, new Visibility(article -> true, issue -> true, special -> true, Content::revision),
                previous);
    }

    /**
     * What a catalog shows, and the revision it names it by; series and collections show once one of
     * their articles does.
     */
    private record Visibility(Predicate<Article> article, Predicate<Issue> issue, Predicate<SpecialEdition> special,
                              Function<Content, String> revision) {
    }

    private Catalog build(Content content, Instant now, Visibility visible, Catalog previous) {
        List<Article> articles = content.articles().stream().filter(visible.article()).sorted(NEWEST_FIRST).toList();
        List<Section> sections = content.sections().stream()
                .sorted(Comparator.comparingInt(Section::weight).thenComparing(Section::slug)).toList();
        List<Issue> issues = content.issues().stream().filter(visible.issue())
                .sorted(Comparator.comparing(Issue::date).reversed().thenComparing(Issue::slug)).toList();
        Set<String> visibleIssues = issues.stream().map(Issue::slug).collect(Collectors.toSet());
        List<Article> linkedToVisibleIssues = articles.stream()
                .map(article -> article.issue() == null || visibleIssues.contains(article.issue().slug())
                        ? article : article.withIssue(null))
                .toList();
        Map<String, Article> bySlug = linkedToVisibleIssues.stream()
                .collect(Collectors.toMap(Article::slug, Function.identity()));
        SeriesShelf series = new SeriesShelf(content.series(), linkedToVisibleIssues);
        CollectionShelf collections = new CollectionShelf(content.collections(), linkedToVisibleIssues, bySlug,
                content.site().timeZone());
        List<SpecialEdition> specials = content.specials().stream().filter(visible.special())
                .sorted(Comparator.comparing(SpecialEdition::onSale).reversed().thenComparing(SpecialEdition::slug))
                .toList();
        SlugChanges articleChanges = previous == null ? null
                : SlugChanges.between(previous.articles(), linkedToVisibleIssues, Article::slug);
        RelatedDocuments relatedDocuments = new RelatedDocuments(series, collections, previous,
                articleChanges == null ? Set.of() : articleChanges.touched());
        // A first catalog's related index is built when first asked for (by the baker, a query): at 10,000
        // articles it was a fifth of serve's start. A later one updates its predecessor's at once, which
        // then need not be kept.
        Supplier<List<RelatedDocument>> documents = () -> BalancedMap.map(linkedToVisibleIssues, relatedDocuments::of);
        OnFirstUse<RelatedIndex> related = previous == null
                ? OnFirstUse.of(() -> RelatedIndex.build(documents.get(), relatedConfig))
                : OnFirstUse.done(previous.relatedIndex().update(documents.get()));
        return new Catalog(content.site(), visible.revision().apply(content), now, nextChange(content, now),
                linkedToVisibleIssues, sections, content.authors(), issues, series, collections, specials, related,
                content.history(), previous == null ? null : previous.searchIndexOrBase(), renditions.get(), previous,
                articleChanges);
    }

    /**
     * The content's revision, and when a scheduled article, issue or special edition went live (or a
     * sale or season ended) after the content's last commit, {@code -at-} and the last such instant in
     * UTC ({@code 3f2a9c1d0e4b-at-20260301T090000Z}): a publication by the clock changes the revision as
     * an edit does, and every server on the same commit names the same moment the same way. Outside git,
     * which has no commit time, every such instant up to now counts.
     */
    static String publishedRevision(Content content, Instant now) {
        Instant committed = content.history().files().values().stream().map(FileHistory::lastCommitted)
                .max(Comparator.naturalOrder()).orElse(Instant.MIN);
        return changeInstants(content)
                .filter(instant -> instant.isAfter(committed) && !instant.isAfter(now))
                .max(Comparator.naturalOrder())
                .map(instant -> content.revision() + "-at-" + REVISION_INSTANT.format(instant))
                .orElse(content.revision());
    }

    /**
     * The next instant after {@code now} at which readers should see something change without an edit:
     * a scheduled article's time, or the start of a day on which an issue or a special edition goes on
     * sale, or which follows the last day of a sale or of a season (running series are promoted).
     */
    private static Instant nextChange(Content content, Instant now) {
        return changeInstants(content)
                .filter(instant -> instant.isAfter(now))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Every instant at which what readers see changes by the clock (see {@link #nextChange}). */
    private static Stream<Instant> changeInstants(Content content) {
        ZoneId zone = content.site().timeZone();
        Stream<Instant> articles = content.articles().stream().filter(article -> !article.draft())
                .map(article -> article.date().toInstant());
        Stream<LocalDate> days = Stream.of(
                content.issues().stream().map(Issue::publicFrom),
                content.specials().stream().map(SpecialEdition::onSale),
                content.specials().stream().map(SpecialEdition::offSale).filter(Objects::nonNull)
                        .map(day -> day.plusDays(1)),
                content.series().stream().flatMap(series -> series.seasons().stream()).map(Season::end)
                        .filter(Objects::nonNull).map(day -> day.plusDays(1)))
                .flatMap(Function.identity());
        return Stream.concat(articles, days.map(day -> day.atStartOfDay(zone).toInstant()));
    }
}
